package cn.paiban.cli;

import cn.paiban.display.Page;
import cn.paiban.layout.LayoutResult;
import cn.paiban.render.image.AwtFonts;
import cn.paiban.render.image.AwtImages;
import cn.paiban.render.image.ImageRenderer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code paiban render DIR --pages 1-4 -o OUTDIR [--dpi 80]}: pages as PNG proofs, named by folio (p017.png). */
final class RenderCommand implements Command {
    @Override
    public String name() { return "render"; }

    @Override
    public String summary() { return "DIR --pages 1-4,17 -o OUTDIR [--dpi 80]: pages as PNG proofs"; }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of(), Set.of("--pages", "-o", "--output", "--dpi", "--template"));
        String dir = args.one("issue folder");
        String outDir = args.value("-o", args.value("--output"));
        if (outDir == null) throw new UsageException("missing -o OUTDIR");
        double dpi = args.number("--dpi", 80, 10, 1200);
        Set<Integer> wanted = args.value("--pages") == null ? null : pages(args.value("--pages"));
        Pipeline pipeline = Pipeline.standard(args);
        LayoutResult layout = pipeline.typeset(Pipeline.load(dir), dir);
        Path target = Path.of(outDir);
        Files.createDirectories(target);
        ImageRenderer renderer = new ImageRenderer(new AwtFonts(), new AwtImages(Path.of(dir)));
        Progress progress = Progress.forTerminal(err);
        int n = 0;
        Set<Integer> seen = new TreeSet<>();
        for (Page page : layout.document().pages()) {
            if (wanted != null && !wanted.contains(page.folio())) continue;
            progress.show("page " + page.folio());
            renderer.writePng(page, dpi, target.resolve(String.format("p%03d.png", page.folio())));
            seen.add(page.folio());
            n++;
        }
        progress.done();
        out.println(n + " page(s) at " + (int) dpi + " dpi in " + target);
        if (wanted != null && !seen.containsAll(wanted)) {
            Set<Integer> missing = new TreeSet<>(wanted);
            missing.removeAll(seen);
            err.println("paiban render: no page(s) " + missing + " in this issue");
            return 1;
        }
        return 0;
    }

    /** "1-4,17,46" → {1,2,3,4,17,46}. */
    static Set<Integer> pages(String spec) {
        Set<Integer> pages = new TreeSet<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            try {
                int dash = p.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).trim());
                int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1).trim());
                if (from < 1 || to < from) throw new UsageException("bad page range '" + p + "' in --pages " + spec);
                for (int i = from; i <= to; i++) pages.add(i);
            } catch (NumberFormatException e) {
                throw new UsageException("bad page range '" + p + "' in --pages " + spec + " (e.g. 1-4,17)");
            }
        }
        return pages;
    }
}
