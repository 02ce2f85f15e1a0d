package cn.paiban.plan;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.List;

/** The planner's proposal as lines of text: one per story (start, pages, jump, over/under), then what to do. */
public final class PlanReport {
    private PlanReport() {}

    public static List<String> lines(PagePlanner.Proposal p, Issue issue) {
        List<String> out = new ArrayList<>();
        out.add(Msg.get("plan.report.header"));
        for (PagePlanner.Row r : p.rows()) {
            String jump = r.continuesOn() == null ? "" : r.jumpFrom() + "→" + r.continuesOn();
            String fit = r.overLines() > 0 ? "+" + r.overLines() : r.freeLines() > 0 ? "-" + r.freeLines() : "0";
            String title = r.title();
            if (r.articleIds().size() > 1) title = Msg.get("plan.report.run", title, r.articleIds().size() - 1);
            out.add(String.format("  %-5d %-5d %-8s %-6s %s", r.startPage(), r.pages(), jump, fit, title));
        }
        for (String id : p.jumped()) {
            PagePlanner.Row r = p.row(id);
            out.add(Msg.get("plan.report.jump", r.title(), r.jumpFrom(), r.continuesOn()));
        }
        if (p.fits()) {
            out.add(Msg.get("plan.report.fits", p.usedPages(), p.lastPage()));
        } else {
            out.add(Msg.get("plan.report.over", p.usedPages(), p.lastPage(), p.usedPages() - p.lastPage()));
            for (String id : p.unfitted()) {
                PagePlanner.Row r = p.row(id);
                out.add(Msg.get("plan.report.unfitted", r.title(),
                        r.continuesOn() != null ? r.tailPage() : r.endPage(), r.overLines()));
            }
        }
        if (p.leftoverPages() > 0) {
            int lines = p.free().stream().mapToInt(PagePlanner.FreeSpace::lines).sum();
            out.add(Msg.get("plan.report.leftover", p.leftoverPages(), lines));
        }
        List<PagePlanner.FreeSpace> free = p.free();
        for (int i = 0; i < free.size(); i++) {
            PagePlanner.FreeSpace f = free.get(i);
            // whole free pages in a row are one line: a new issue has twenty of them, one a line drowned the rest
            int j = i;
            while (j + 1 < free.size() && wholeAndUnfilled(free.get(j)) && wholeAndUnfilled(free.get(j + 1))
                    && free.get(j + 1).page() == free.get(j).page() + 1) j++;
            if (j > i) {
                out.add(Msg.get("plan.report.freePages", f.page(), free.get(j).page(), j - i + 1));
                i = j;
                continue;
            }
            List<String> titles = f.fillers().stream()
                    .map(id -> issue.article(id).map(a -> "《" + a.title().strip() + "》").orElse(id)).toList();
            out.add(titles.isEmpty() ? Msg.get("plan.report.free", f.page(), f.lines(), f.pageLines())
                    : Msg.get("plan.report.freeFilled", f.page(), f.lines(), f.pageLines(), String.join("、", titles)));
        }
        return out;
    }

    private static boolean wholeAndUnfilled(PagePlanner.FreeSpace f) {
        return f.lines() == f.pageLines() && f.fillers().isEmpty();
    }
}
