package cn.paiban.edit;

import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import java.util.ArrayList;

/** Inserts a new article at {@code index} (0 … size) of a section, the short items or the notices. */
public final class AddArticle extends IssueEdit {
    private final ArticleList to;
    private final int index;
    private final Article article;

    public AddArticle(ArticleList to, int index, Article article) {
        super("新建文章《" + article.title() + "》");
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
    String describe(Issue before) { return "新建文章《" + article.title() + "》"; }
}
