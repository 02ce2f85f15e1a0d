package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Issue;

/** Changes what an article is (feature, news item, filler …), which decides how it is set and listed. */
public final class SetArticleKind extends IssueEdit {
    private final String articleId;
    private final ArticleKind kind;

    public SetArticleKind(String articleId, ArticleKind kind) {
        super(Msg.get("edit.step.kind.any"));
        this.articleId = articleId;
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    @Override
    Issue edit(Issue issue) {
        Article a = Lookup.article(issue, articleId);
        if (a.kind() == kind) return issue;
        return Lookup.replace(issue, new Article(a.id(), kind, a.kicker(), a.title(), a.subtitle(), a.authors(), a.lead(),
                a.body(), a.source(), a.signature()));
    }

    @Override
    String describe(Issue before) { return Msg.get("edit.step.kind", Lookup.article(before, articleId).title()); }
}
