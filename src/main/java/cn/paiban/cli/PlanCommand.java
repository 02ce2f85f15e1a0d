package cn.paiban.cli;

import cn.paiban.edit.SetPagePlan;
import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Issue;
import cn.paiban.plan.PagePlanner;
import cn.paiban.plan.PlanReport;
import cn.paiban.plan.Planning;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code paiban plan DIR [--pages N] [--apply]}: proposes the page plan from the typeset lengths and prints one
 * line per story; {@code --apply} writes it into the issue (the same edit as the editor's 自动规划). Exit 1 when
 * the text does not fit the pages.
 */
final class PlanCommand implements Command {
    @Override
    public String name() { return "plan"; }

    @Override
    public String summary() { return Msg.get("plan.cli.summary"); }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("--apply"), Set.of("--pages", "--template"));
        String dir = args.one(Msg.get("plan.cli.folder"));
        Integer pages = args.value("--pages") == null ? null : (int) args.number("--pages", 0, 1, 1000);
        Pipeline pipeline = Pipeline.standard(args);
        IssueStore.Read read = Pipeline.read(dir);
        Issue issue = read.issue();
        PagePlanner.Proposal p = Planning.propose(pipeline.typesetter(), issue, Path.of(dir), pages);
        out.println(Msg.get("plan.cli.title", dir, issue.journal().name(), issue.journal().year(),
                issue.journal().issueNumber(), p.lastPage() - issue.plan().firstPage() + 1));
        PlanReport.lines(p, issue).forEach(out::println);
        if (args.has("--apply")) {
            // --pages given is the issue's page count from now on, as 本期信息 ▸ 页数 sets it
            Issue planned = new SetPagePlan(pages == null ? p.plan() : p.plan().withPages(pages)).apply(issue);
            if (planned == issue) {
                out.println(Msg.get("plan.cli.unchanged"));
            } else {
                IssueStore.saveOver(planned, Path.of(dir), read);   // an editor's save while this typeset is kept
                out.println(Msg.get("plan.cli.applied", Path.of(dir).resolve("issue.json")));
            }
        } else {
            out.println(Msg.get("plan.cli.dryRun"));
        }
        return p.fits() ? 0 : 1;
    }
}
