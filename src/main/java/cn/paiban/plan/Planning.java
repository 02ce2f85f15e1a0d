package cn.paiban.plan;

import cn.paiban.layout.StoryLength;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.typeset.Typesetter;
import java.nio.file.Path;
import java.util.List;

/** The one road to a proposed plan, for {@code paiban plan} and the editor's 自动规划 alike. */
public final class Planning {
    private Planning() {}

    /**
     * Measures the issue's stories with {@code typesetter} and plans them on {@code pages} pages (null: the
     * plan's own page count, else as many as it reaches, else the pages the text needs, rounded up to a multiple of 4).
     */
    public static PagePlanner.Proposal propose(Typesetter typesetter, Issue issue, Path issueDir, Integer pages) {
        return propose(issue, typesetter.measure(issue, issueDir), pages);
    }

    /** The same from stories already measured. */
    public static PagePlanner.Proposal propose(Issue issue, List<StoryLength> lengths, Integer pages) {
        int n = pages != null ? pages : defaultPages(issue, lengths);
        return new PagePlanner(issue, lengths, n).propose();
    }

    /**
     * The pages the plan fixes (本期信息 ▸ 页数, {@code plan --pages N --apply}); else the last page the previous plan
     * names; with no plan, what the text needs rounded up to a multiple of 4.
     */
    static int defaultPages(Issue issue, List<StoryLength> lengths) {
        PagePlan plan = issue.plan();
        if (plan.pages() != null) return plan.pages();
        int last = plan.lastNamedPage();
        if (last > 0) return last - plan.firstPage() + 1;
        int used = new PagePlanner(issue, lengths, 10_000).propose().usedPages() - plan.firstPage() + 1;
        return Math.max(4, (used + 3) / 4 * 4);
    }
}
