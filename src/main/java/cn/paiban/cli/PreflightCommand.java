package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code paiban preflight DIR}: every problem the printer or the editor must know about before export —
 * the layout's findings (overset and underset per article, jumps, missing glyphs), plus what this command
 * checks on the display list itself: glyphs the PDF would drop, articles off their planned page, the page
 * count, the fonts. Exit 1 when there is any error.
 */
final class PreflightCommand implements Command {
    @Override
    public String name() { return "preflight"; }

    @Override
    public String summary() { return Msg.get("cli.summary.preflight"); }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of(), Set.of("--template"));
        String dir = args.oneNamedBy("cli.args.issue-folder");
        Pipeline pipeline = Pipeline.standard(args);
        Issue issue = Pipeline.load(dir);
        LayoutResult layout = pipeline.typeset(issue, dir);
        List<Finding> findings = new ArrayList<>(layout.findings()); // Preflight's: the same as export's
        findings.addAll(cn.paiban.plan.Copyfit.findings(layout, issue)); // copyfitting: over/under and remedies
        findings.sort(Comparator.comparing(Finding::severity).thenComparingInt(Finding::page));
        Document doc = layout.document();
        out.println(Msg.get("cli.preflight.title", dir, doc.title()));
        out.println(Msg.get("cli.preflight.pages", doc.pages().size(), doc.pages().isEmpty() ? ""
                : Msg.get("cli.preflight.folios", doc.pages().get(0).folio(), doc.pages().get(doc.pages().size() - 1).folio())));
        out.println(Msg.get("cli.preflight.fonts"));
        fonts(doc).forEach((face, n) -> out.printf("  %-24s %s%n", face.name(), Msg.get("cli.preflight.font",
                face.file().getFileName() + (face.index() > 0 ? " face " + face.index() : ""), n)));
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
        out.println(Msg.get("cli.preflight.findings", errors, warnings));
        findings.forEach(f -> out.println("  " + Findings.describe(f)));
        return errors > 0 ? 1 : 0;
    }

    static Map<Face, Integer> fonts(Document doc) {
        Map<Face, Integer> used = new LinkedHashMap<>();
        for (Page page : doc.pages()) {
            for (Item item : page.items()) {
                if (item instanceof Item.GlyphRun run) {
                    used.merge(run.face(), run.text().codePointCount(0, run.text().length()), Integer::sum);
                }
            }
        }
        return used;
    }
}
