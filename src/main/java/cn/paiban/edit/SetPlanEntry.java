package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pins an article's start page and its jump (continues on page N). Null leaves the choice to the
 * layout; with both null the article leaves the plan.
 */
public final class SetPlanEntry extends IssueEdit {
    private final String articleId;
    private final Integer startPage;
    private final Integer continuesOn;

    public SetPlanEntry(String articleId, Integer startPage, Integer continuesOn) {
        super(Msg.get("edit.step.plan-entry.any"));
        this.articleId = articleId;
        this.startPage = startPage;
        this.continuesOn = continuesOn;
    }

    @Override
    Issue edit(Issue issue) {
        Lookup.article(issue, articleId);
        if (startPage != null && startPage < 1) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.page-below-one", startPage));
        if (continuesOn != null && continuesOn < 1) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.page-below-one", continuesOn));
        if (startPage != null && continuesOn != null && continuesOn <= startPage) {
            throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.jump-before-start", continuesOn, startPage));
        }
        PagePlan plan = issue.plan();
        List<PagePlan.Entry> entries = new ArrayList<>(plan.entries());
        int at = -1;
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).articleId().equals(articleId)) at = i;
        PagePlan.Entry entry = new PagePlan.Entry(articleId, startPage, continuesOn);
        boolean empty = startPage == null && continuesOn == null;
        if (at >= 0 && Objects.equals(entries.get(at), entry)) return issue;
        if (at < 0 && empty) return issue;
        if (at >= 0 && empty) entries.remove(at);
        else if (at >= 0) entries.set(at, entry);
        else entries.add(entry);
        return issue.withPlan(plan.withEntries(entries));
    }

    @Override
    String describe(Issue before) {
        String title = Lookup.article(before, articleId).title();
        if (startPage == null && continuesOn == null) return Msg.get("edit.step.plan-entry.none", title);
        if (continuesOn == null) return Msg.get("edit.step.plan-entry.start", title, startPage);
        if (startPage == null) return Msg.get("edit.step.plan-entry.jump", title, continuesOn);
        return Msg.get("edit.step.plan-entry.start-jump", title, startPage, continuesOn);
    }
}
