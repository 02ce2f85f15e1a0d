package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.Author;
import cn.paiban.model.Issue;
import java.util.List;

/** Replaces an article's byline. */
public final class SetAuthors extends IssueEdit {
    private final String articleId;
    private final List<Author> authors;

    public SetAuthors(String articleId, List<Author> authors) {
        super(Msg.get("edit.step.authors.any"));
        this.articleId = articleId;
        this.authors = List.copyOf(authors);
    }

    @Override
    Issue edit(Issue issue) {
        for (Author au : authors) {
            if (au.name() == null || au.name().isBlank()) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.empty", cn.paiban.i18n.Msg.get("edit.what.author-name")));
        }
        Article a = Lookup.article(issue, articleId);
        if (a.authors().equals(authors)) return issue;
        return Lookup.replace(issue, new Article(a.id(), a.kind(), a.kicker(), a.title(), a.subtitle(), authors, a.lead(),
                a.body(), a.source(), a.signature()));
    }

    @Override
    String describe(Issue before) { return Msg.get("edit.step.authors", Lookup.article(before, articleId).title()); }
}
