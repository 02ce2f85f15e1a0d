package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import java.util.ArrayList;

/**
 * Moves an article within its list or to another (another section, the short items, the notices).
 * {@code index} is its position in the destination list once it has left its old place.
 */
public final class MoveArticle extends IssueEdit {
    private final String articleId;
    private final ArticleList to;
    private final int index;

    public MoveArticle(String articleId, ArticleList to, int index) {
        super(Msg.get("edit.step.move-article.any"));
        this.articleId = articleId;
        this.to = to;
        this.index = index;
    }

    public String articleId() { return articleId; }

    public ArticleList to() { return to; }

    public int index() { return index; }

    @Override
    Issue edit(Issue issue) {
        ArticleList from = Lookup.listOf(issue, articleId);
        var source = new ArrayList<>(Lookup.articles(issue, from));
        int fromIndex = Lookup.indexIn(source, articleId);
        Article article = source.remove(fromIndex);
        if (from.equals(to)) {
            Lookup.checkIndex(index, source.size(), "article index");
            if (index == fromIndex) return issue;
            source.add(index, article);
            return Lookup.withArticles(issue, from, source);
        }
        var target = new ArrayList<>(Lookup.articles(issue, to));
        Lookup.checkIndex(index, target.size(), "article index");
        target.add(index, article);
        return Lookup.withArticles(Lookup.withArticles(issue, from, source), to, target);
    }

    @Override
    String describe(Issue before) {
        String title = Lookup.article(before, articleId).title();
        if (Lookup.listOf(before, articleId).equals(to)) return Msg.get("edit.step.move-article", title);
        return to instanceof ArticleList.InSection s ? Msg.get("edit.step.move-article.to-section", title, Lookup.section(before, s.sectionId()).title())
                : Msg.get(to instanceof ArticleList.ShortItems ? "edit.step.move-article.to-short-items" : "edit.step.move-article.to-notices", title);
    }
}
