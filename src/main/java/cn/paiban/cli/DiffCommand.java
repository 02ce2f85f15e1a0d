package cn.paiban.cli;

import cn.paiban.display.Document;
import cn.paiban.front.FrontMatter;
import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueFormatException;
import cn.paiban.io.IssueStore;
import cn.paiban.io.ProofRounds;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import cn.paiban.proof.Anchors;
import cn.paiban.proof.Carried;
import cn.paiban.proof.DiffOverlay;
import cn.paiban.proof.Mark;
import cn.paiban.proof.Marks;
import cn.paiban.proof.RoundDiff;
import cn.paiban.proof.RoundNames;
import cn.paiban.render.pdf.PdfOptions;
import cn.paiban.typeset.ExportTarget;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code paiban diff DIR --from N [--to M|now] [--json] [-o FILE.pdf]}: typesets round N's snapshot and the issue now
 * (or round M's snapshot) with the same template and fonts and says which pages changed, and on each which lines
 * changed in words and which only moved by reflow; {@code -o} writes the new pages with the changes drawn on them.
 * Exit 0 when nothing changed, 1 when something did.
 */
final class DiffCommand implements Command {
    @Override
    public String name() { return "diff"; }

    @Override
    public String summary() { return Msg.get("proof.diff.summary"); }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("--json", "--force"), Set.of("--from", "--to", "-o", "--output", "--template"));
        String dir = args.one(Msg.get("proof.diff.folder"));
        Path issueDir = Path.of(dir);
        if (!Files.isDirectory(issueDir)) throw new UsageException(Msg.get("cli.no-issue-folder", dir));
        if (args.value("--from") == null) throw new UsageException(Msg.get("cli.args.missing-option", "--from N"));
        int from = ProofCommand.round(args, "--from");
        String toArg = args.value("--to", "now");
        Integer to = toArg.equals("now") ? null : ProofCommand.round(args, "--to");
        String file = args.value("-o", args.value("--output"));
        Path target = file == null ? null : ExportTarget.check(Path.of(file), issueDir, args.has("--force"));

        Pipeline pipeline = target == null ? Pipeline.standard(args) : Pipeline.writingPdf(args);
        Issue then = snapshot(issueDir, from);
        Issue now = to == null ? Pipeline.load(dir) : snapshot(issueDir, to);
        Compared c = compare(pipeline, then, now, dir);
        String fromName = RoundNames.round(from), toName = to == null ? Msg.get("proof.diff.now") : RoundNames.round(to);
        String title = Msg.get("proof.diff.title", fromName, toName);
        List<Map<String, Object>> marks = marks(issueDir, from, then, now, c.then().document());

        if (args.has("--json")) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("from", from);
            root.put("to", to == null ? "now" : to);
            root.put("pages", json(c.diff()));
            root.put("marks", marks);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else {
            out.println(c.diff().pages().isEmpty() ? Msg.get("proof.diff.none", dir, title)
                    : Msg.get("proof.diff.head", dir, title, c.diff().pages().size()));
            for (RoundDiff.PageChange pc : c.diff().pages()) {
                long changed = pc.lines().stream().filter(l -> l.kind() == RoundDiff.Kind.CHANGED).count();
                out.println(Msg.get("proof.diff.page", pc.folio(), changed, pc.lines().size() - changed,
                        pc.drawings() ? Msg.get("proof.diff.drawings") : ""));
                for (RoundDiff.LineChange l : pc.lines()) {
                    if (l.kind() == RoundDiff.Kind.CHANGED) {
                        out.println(Msg.get(l.ordinal() == 0 ? "proof.diff.front" : "proof.diff.changed",
                                l.column(), l.lineInColumn(), l.oldText(), l.newText()));
                    } else {
                        out.println(l.ordinal() == 0 ? Msg.get("proof.diff.moved-away", l.oldText())
                                : Msg.get("proof.diff.moved", l.column(), l.lineInColumn(), l.newText()));
                    }
                }
            }
        }
        if (!args.has("--json") && !marks.isEmpty()) {
            long carried = marks.stream().filter(m -> Boolean.TRUE.equals(m.get("carried"))).count();
            long queries = marks.stream().filter(m -> m.get("carried") == null).count();
            out.println(Msg.get("proof.diff.marks", fromName, marks.size(), carried, marks.size() - carried - queries, queries));
            for (Map<String, Object> m : marks) {
                // a query asks no change; what the next round needs to know is whether it was answered
                String verdict = m.get("carried") == null
                        ? Msg.get("answered".equals(m.get("status")) ? "proof.diff.mark.query" : "proof.diff.mark.query-open")
                        : (Boolean) m.get("carried") ? Msg.get("proof.diff.mark.carried") : Msg.get("proof.diff.mark.not-carried");
                out.println(Msg.get("proof.diff.mark", m.get("page") == null ? "–" : m.get("page"), m.get("label"), m.get("quote"),
                        m.get("reader"), verdict));
            }
        }
        if (target != null) {
            Document drawn = DiffOverlay.draw(c.now().document(), c.diff(), pipeline.fonts(), title);
            var r = pipeline.writePdf(drawn, new PdfOptions(false, false, issueDir), target, i -> { });
            (args.has("--json") ? err : out).println(Msg.get("proof.diff.written", target, r.pages()));
        }
        return c.diff().pages().isEmpty() ? 0 : 1;
    }

    /** Both typesettings and what changed between them. */
    record Compared(LayoutResult then, LayoutResult now, RoundDiff.Result diff) {}

    /** Typesets both with one pipeline (images and fonts from the issue folder) and compares them, front matter too. */
    static Compared compare(Pipeline pipeline, Issue then, Issue now, String dir) {
        LayoutResult a = pipeline.typeset(then, dir);
        LayoutResult b = pipeline.typeset(now, dir);
        FrontMatter front = new FrontMatter(pipeline.typesetter().templateDir(), pipeline.fonts());
        RoundDiff.Result diff = RoundDiff.compare(a.document(), b.document(), frontTexts(front, then, a), frontTexts(front, now, b));
        return new Compared(a, b, diff);
    }

    /** The printed texts of the front-matter pages by page index. */
    private static Map<Integer, List<String>> frontTexts(FrontMatter front, Issue issue, LayoutResult layout) {
        Map<Integer, Integer> indexOfFolio = new HashMap<>();
        var pages = layout.document().pages();
        for (int i = 0; i < pages.size(); i++) indexOfFolio.putIfAbsent(pages.get(i).folio(), i);
        Map<Integer, List<String>> out = new HashMap<>();
        for (FrontMatter.PrintedPage p : front.printedText(issue, layout.startPages())) {
            Integer index = indexOfFolio.get(p.folio());
            if (index != null) out.put(index, p.blocks());
        }
        return out;
    }

    /**
     * 核红 of the marks of round {@code round}: each with whether the text now reads as it asked ({@link Carried}), and the
     * page of the round's proof it was made on.
     */
    static List<Map<String, Object>> marks(Path issueDir, int round, Issue then, Issue now, Document thenDoc) throws IOException {
        Marks marks;
        try {
            marks = Marks.load(issueDir);
        } catch (IssueFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Mark m : marks.ofRound(round)) {
            Carried.Verdict v = Carried.check(m, then, now);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", m.id());
            o.put("reader", m.reader());
            o.put("kind", m.kind().json());
            o.put("label", m.label());
            o.put("article", m.anchor().articleId());
            o.put("quote", m.anchor().quote());
            o.put("text", m.text());
            o.put("status", m.status().json());
            o.put("carried", v == Carried.Verdict.QUERY ? null : v == Carried.Verdict.CARRIED);
            o.put("page", Anchors.place(thenDoc, then, Anchors.resolve(then, m)).map(Anchors.Place::folio).orElse(null));
            out.add(o);
        }
        return out;
    }

    static Issue snapshot(Path issueDir, int round) throws IOException {
        Path snap = ProofRounds.snapshot(issueDir, round);
        if (!Files.isDirectory(snap)) throw new UsageException(Msg.get("proof.diff.no-snapshot", round, snap));
        try {
            return IssueStore.load(snap);
        } catch (IssueFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static List<Object> json(RoundDiff.Result diff) {
        List<Object> pages = new ArrayList<>();
        for (RoundDiff.PageChange pc : diff.pages()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("page", pc.folio());
            p.put("drawings", pc.drawings());
            List<Object> lines = new ArrayList<>();
            for (RoundDiff.LineChange l : pc.lines()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT));
                o.put("column", l.ordinal() == 0 ? null : l.column());
                o.put("line", l.ordinal() == 0 ? null : l.lineInColumn());
                o.put("article", l.line() == null || l.line().articleId().isEmpty() ? null : l.line().articleId());
                o.put("old", l.oldText());
                o.put("new", l.newText());
                o.put("added", added(l));
                lines.add(o);
            }
            p.put("lines", lines);
            pages.add(p);
        }
        return pages;
    }

    /** The added characters of a changed line, run by run. */
    private static List<String> added(RoundDiff.LineChange l) {
        List<String> out = new ArrayList<>();
        int[] cps = l.newText().codePoints().toArray();
        boolean[] ins = l.inserted();
        for (int i = 0; i < ins.length && i < cps.length; i++) {
            if (!ins[i]) continue;
            int j = i;
            while (j < ins.length && ins[j]) j++;
            out.add(new String(cps, i, j - i));
            i = j - 1;
        }
        return out;
    }
}
