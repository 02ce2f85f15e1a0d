package cn.paiban.edit;

import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.util.HashSet;
import java.util.Set;

/**
 * Replaces the whole page plan in one step (自动规划, {@code paiban plan --apply}): every entry must name an
 * article of the issue, once, with pages as {@link SetPlanEntry} accepts them.
 */
public final class SetPagePlan extends IssueEdit {
    private final PagePlan plan;

    public SetPagePlan(PagePlan plan) {
        super(cn.paiban.i18n.Msg.get("plan.edit.auto", plan.entries().size()));
        this.plan = plan;
    }

    @Override
    Issue edit(Issue issue) {
        Set<String> seen = new HashSet<>();
        for (PagePlan.Entry e : plan.entries()) {
            Lookup.article(issue, e.articleId());
            if (!seen.add(e.articleId())) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.planned-twice", e.articleId()));
            if (e.startPage() != null && e.startPage() < 1) {
                throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.page-below-one", e.startPage()));
            }
            if (e.startPage() != null && e.continuesOn() != null && e.continuesOn() <= e.startPage()) {
                throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.jump-before-start", e.continuesOn(), e.startPage()));
            }
        }
        return issue.plan().equals(plan) ? issue : issue.withPlan(plan);
    }

    @Override
    String describe(Issue before) {
        return cn.paiban.i18n.Msg.get("plan.edit.auto", plan.entries().size());
    }
}
