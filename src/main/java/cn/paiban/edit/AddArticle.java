package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import java.util.ArrayList;

/** Inserts a new article at {@code index} (0 … size) of a section, the short items or the notices. */
public final class AddArticle extends IssueEdit {
    private final ArticleList to;
    private final int index;
    private final Article article;

    public AddArticle(ArticleList to, int index, Article article) {
        super(Msg.get("edit.step.add-article", article.title()));
        this.to = to;
        this.index = index;
        this.article = article;
    }

    @Override
    Issue edit(Issue issue) {
        Lookup.checkNewArticleId(issue, article.id());
        Lookup.requireTitle(article.title(), "article-title");
        var articles = new ArrayList<>(Lookup.articles(issue, to));
        Lookup.checkIndex(index, articles.size(), "article index");
        articles.add(index, article);
        return Lookup.withArticles(issue, to, articles);
    }

    @Override
    String describe(Issue before) { return Msg.get("edit.step.add-article", article.title()); }
}
