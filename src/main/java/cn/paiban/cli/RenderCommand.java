package cn.paiban.cli;

import cn.paiban.i18n.WriteFailure;

import cn.paiban.display.Page;
import cn.paiban.i18n.Msg;
import cn.paiban.layout.LayoutResult;
import cn.paiban.render.image.AwtFonts;
import cn.paiban.render.image.AwtImages;
import cn.paiban.render.image.ImageRenderer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code paiban render DIR --pages 1-4 -o OUTDIR [--dpi 80]}: pages as PNG proofs, named by folio (p017.png). */
final class RenderCommand implements Command {
    @Override
    public String name() { return "render"; }

    @Override
    public String summary() { return Msg.get("cli.summary.render"); }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of(), Set.of("--pages", "-o", "--output", "--dpi", "--template"));
        String dir = args.oneNamedBy("cli.args.issue-folder");
        String outDir = args.value("-o", args.value("--output"));
        if (outDir == null) throw new UsageException(Msg.get("cli.args.missing-option", "-o OUTDIR"));
        double dpi = args.number("--dpi", 80, 10, 1200);
        List<int[]> ranges = args.value("--pages") == null ? null : ranges(args.value("--pages"));
        Path target = Path.of(outDir);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UsageException(Msg.get("limits.render.not-a-folder", target));
        }
        Pipeline pipeline = Pipeline.standard(args);
        LayoutResult layout = pipeline.typeset(Pipeline.load(dir), dir);
        ImageRenderer renderer = new ImageRenderer(new AwtFonts(), new AwtImages(Path.of(dir)));
        Progress progress = Progress.forTerminal(err);
        int n = 0;
        Set<Integer> seen = new TreeSet<>();
        for (Page page : layout.document().pages()) {
            if (ranges != null && !contains(ranges, page.folio())) continue;
            progress.show("page " + page.folio());
            Path png = target.resolve(String.format("p%03d.png", page.folio()));
            if (n == 0) Files.createDirectories(target);   // --pages 99 of a 48-page issue makes no empty folder
            try {
                renderer.writePng(page, dpi, png);
            } catch (java.io.IOException e) {
                throw WriteFailure.of(png, e);
            }
            seen.add(page.folio());
            n++;
        }
        progress.done();
        if (n > 0 || ranges == null) out.println(Msg.get("cli.render.done", n, (int) dpi, target));   // not "0 页" before the error
        // a character no font has shows as a gap or a box in the PNG, which a proofreader may take for a typo: said here
        // as preflight and export say it (export refuses), never left to be found on paper
        List<cn.paiban.layout.Finding> unprinted = layout.findings().stream()
                .filter(f -> NOT_PRINTED.contains(f.key()) && (f.page() > 0 ? seen.contains(f.page()) : ranges == null)).toList();
        if (!unprinted.isEmpty()) {
            err.println("paiban render: " + Msg.get("cli.render.not-printed", unprinted.size()));
            unprinted.forEach(f -> err.println("  " + Findings.describe(f)));
        }
        if (ranges != null) {
            // what was asked for and is not there, said as ranges: --pages 1-2147483647 is one line, not a hang
            List<String> missing = new ArrayList<>();
            int last = layout.document().pages().stream().mapToInt(Page::folio).max().orElse(0);
            for (int[] r : ranges) {
                int from = -1;
                for (int p = r[0]; p <= Math.min(r[1], last) + 1 && p > 0; p++) {
                    boolean absent = p <= Math.min(r[1], last) && !seen.contains(p);
                    if (absent && from < 0) from = p;
                    if (!absent && from >= 0) {
                        missing.add(from == p - 1 ? String.valueOf(from) : from + "-" + (p - 1));
                        from = -1;
                    }
                    if (p == Integer.MAX_VALUE) break;
                }
                if (r[1] > last) {
                    int f = Math.max(r[0], last + 1);
                    missing.add(f == r[1] ? String.valueOf(f) : f + "-" + r[1]);
                }
            }
            if (!missing.isEmpty()) {
                err.println("paiban render: " + Msg.get("cli.render.no-pages", String.join(", ", missing)));
                return 1;
            }
        }
        return unprinted.isEmpty() ? 0 : 1;
    }

    /** The findings of text that would not print: a character no font has, a template's text in no font. */
    private static final Set<String> NOT_PRINTED = Set.of("findings.glyph.missing", "limits.missing-glyph",
            "findings.front.no-glyph", "findings.front.blank");

    private static boolean contains(List<int[]> ranges, int folio) {
        for (int[] r : ranges) if (folio >= r[0] && folio <= r[1]) return true;
        return false;
    }

    /** "1-4,17,46" → [1,4], [17,17], [46,46]; any page number up to Integer.MAX_VALUE, never expanded. */
    static List<int[]> ranges(String spec) {
        List<int[]> out = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            String p = part.trim();
            try {
                int dash = p.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).trim());
                int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1).trim());
                if (from < 1 || to < from) throw new UsageException(Msg.get("cli.render.bad-range", p, spec));
                out.add(new int[] {from, to});
            } catch (NumberFormatException e) {
                throw new UsageException(Msg.get("cli.render.bad-range", p, spec));
            }
        }
        return out;
    }

    /** "1-4,17,46" → {1,2,3,4,17,46}. */
    static Set<Integer> pages(String spec) {
        Set<Integer> pages = new TreeSet<>();
        for (int[] r : ranges(spec)) for (long i = r[0]; i <= Math.min(r[1], 9999); i++) pages.add((int) i);
        return pages;
    }
}
