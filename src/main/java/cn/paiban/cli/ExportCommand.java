package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import cn.paiban.render.pdf.PdfOptions;
import cn.paiban.render.pdf.PdfRenderer;
import cn.paiban.trace.StartTrace;
import cn.paiban.typeset.ExportGate;
import cn.paiban.typeset.ExportTarget;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code paiban export DIR -o FILE.pdf [--pdfx] [--crop-marks]}: the print-ready PDF. */
final class ExportCommand implements Command {
    @Override
    public String name() { return "export"; }

    @Override
    public String summary() { return Msg.get("cli.summary.export"); }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("--pdfx", "--crop-marks", "--force"), Set.of("-o", "--output", "--template"));
        String dir = args.oneNamedBy("cli.args.issue-folder");
        String file = args.value("-o", args.value("--output"));
        if (file == null) throw new UsageException(Msg.get("cli.args.missing-option", "-o FILE.pdf"));
        // before anything is typeset: a PDF over issue.json, a device or a link is refused, nothing written
        Path target = ExportTarget.check(Path.of(file), Path.of(dir), args.has("--force"));
        long t0 = System.nanoTime();
        StartTrace.mark("export: start");
        Progress progress = Progress.forTerminal(err);
        progress.show("loading " + dir);
        Pipeline pipeline = Pipeline.writingPdf(args);
        Issue issue = Pipeline.load(dir);
        StartTrace.mark("issue loaded");
        progress.show("typesetting");
        LayoutResult layout = pipeline.typeset(issue, dir);
        StartTrace.mark("typeset done");
        List<Finding> errors;
        try {
            errors = ExportGate.check(layout, args.has("--force"));   // the editor's 导出 asks the same gate
        } catch (ExportGate.Refused refused) {
            progress.done();
            err.println("paiban export: " + Msg.get("cli.export-refused", refused.errors().size(), dir));
            refused.errors().forEach(f -> err.println("  " + Findings.describe(f)));
            return 1;
        }
        int pages = layout.document().pages().size();
        PdfOptions options = new PdfOptions(args.has("--pdfx"), args.has("--crop-marks"), Path.of(dir));
        PdfRenderer.Result r = pipeline.writePdf(layout.document(), options, target,
                i -> progress.show("writing page " + (i + 1) + "/" + pages));
        progress.done();
        StartTrace.mark("PDF written");
        StartTrace.threads("PDF written");
        long warnings = layout.findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).count()
                + r.warnings().size();
        out.println(Msg.get("cli.export.done", file, r.pages(), String.format(java.util.Locale.ROOT, "%.1f", r.bytes() / 1e6),
                String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - t0) / 1e9), errors.size(), warnings,
                options.pdfx() ? Msg.get("cli.export.pdfx") : ""));
        layout.findings().stream().filter(f -> f.severity() != Finding.Severity.INFO)
                .forEach(f -> out.println("  " + Findings.describe(f)));
        r.warnings().forEach(w -> out.println("  " + Msg.get("cli.cover.warning", w)));
        return errors.isEmpty() ? 0 : 1;
    }
}
