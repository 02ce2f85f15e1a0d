package cn.paiban.cli;

import cn.paiban.check.Dismissals;
import cn.paiban.check.Finding;
import cn.paiban.check.IssueCheck;
import cn.paiban.check.WordList;
import cn.paiban.front.FrontMatter;
import cn.paiban.i18n.Msg;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code paiban check DIR [--json]}: the proofreading checks (GB/T 15834 punctuation, GB/T 15835 numbers, the
 * issue's own consistency, the colophon, the office's word list) over everything the issue prints, as the editor's
 * 校对 tab runs them; findings the editor dismissed stay out. Exit 1 when anything is found.
 */
final class CheckCommand implements Command {
    @Override
    public String name() { return "check"; }

    @Override
    public String summary() { return Msg.get("cli.summary.check"); }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("--json"), Set.of("--template"));
        String dir = args.oneNamedBy("cli.args.issue-folder");
        Pipeline pipeline = Pipeline.standard(args);
        Issue issue = Pipeline.load(dir);
        Path templateDir = Pipeline.templateDir(args.value("--template"));
        WordList words = WordList.load(templateDir);
        Dismissals dismissals = IssueCheck.dismissals(Path.of(dir));
        LayoutResult layout = pipeline.typeset(issue, dir);
        IssueCheck.Result r = IssueCheck.run(issue, layout, new FrontMatter(templateDir, pipeline.fonts()), words, dismissals);
        if (args.has("--json")) {
            List<Object> list = new ArrayList<>();
            for (Finding f : r.findings()) list.add(json(f));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list));
        } else {
            out.println(Msg.get("check.cli.head", dir, r.findings().size(), r.dismissed()));
            for (Finding f : r.findings()) out.println("  " + describe(f));
        }
        return r.findings().isEmpty() ? 0 : 1;
    }

    static Map<String, Object> json(Finding f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rule", f.rule());
        o.put("clause", f.clause());
        o.put("article", f.articleId());
        o.put("part", f.place().kind().name().toLowerCase(java.util.Locale.ROOT));
        o.put("field", f.place().field() == null ? null : f.place().field().name().toLowerCase(java.util.Locale.ROOT));
        o.put("label", f.place().label());
        o.put("block", f.place().block());
        o.put("piece", f.place().piece());
        o.put("offset", f.offset());
        o.put("quote", f.quote());
        o.put("context", f.context(8));
        o.put("suggestion", f.suggestion());
        o.put("certain", f.certain());
        o.put("message", Msg.get(f.message(), f.args().toArray()));
        o.put("page", f.page() == 0 ? null : f.page());
        return o;
    }

    static String describe(Finding f) {
        String page = f.page() == 0 ? "" : Msg.get("check.cli.page", f.page()) + " ";
        String where = f.articleId().isEmpty() ? f.place().label()
                : f.place().block() >= 0 ? f.articleId() + " " + Msg.get("check.cli.block", f.place().block() + 1)
                : f.articleId() + " " + f.place().label();
        return page + where + " +" + f.offset() + "  " + f.rule() + " (" + f.clause() + ")  「" + f.context(8) + "」  "
                + Msg.get(f.message(), f.args().toArray())
                + (f.suggestion() == null ? "" : "  → " + (f.suggestion().isEmpty() ? "∅" : f.suggestion()) + (f.certain() ? " ✓" : ""));
    }
}
