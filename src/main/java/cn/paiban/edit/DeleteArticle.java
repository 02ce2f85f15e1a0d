package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.Set;

/** Deletes an article and its plan entry; its pinned start passes to the next article of its section when that one followed on. */
public final class DeleteArticle extends IssueEdit {
    private final String articleId;

    public DeleteArticle(String articleId) {
        super(Msg.get("edit.step.delete-article.any"));
        this.articleId = articleId;
    }

    @Override
    Issue edit(Issue issue) {
        ArticleList list = Lookup.listOf(issue, articleId);
        var articles = new ArrayList<>(Lookup.articles(issue, list));
        articles.remove(Lookup.indexIn(articles, articleId));
        Issue out = Lookup.withArticles(issue, list, articles);
        cn.paiban.model.PagePlan plan = PlanDeal.withoutArticle(issue, articleId);
        return plan == issue.plan() ? Lookup.withoutPlanEntries(out, Set.of(articleId)) : out.withPlan(plan);
    }

    @Override
    String describe(Issue before) { return Msg.get("edit.step.delete-article", Lookup.article(before, articleId).title()); }
}
