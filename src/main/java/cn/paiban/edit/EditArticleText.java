package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import java.util.Objects;

/**
 * Sets one text field of an article (kicker, title, subtitle, lead, source, signature). A blank
 * value removes an optional part; the title cannot be blank. Typing in one field merges into one
 * undo step.
 */
public final class EditArticleText extends IssueEdit {
    private final String articleId;
    private final ArticleField field;
    private final String value;

    public EditArticleText(String articleId, ArticleField field, String value) {
        super(Msg.get("edit.step.field.any", field.label()));
        this.articleId = articleId;
        this.field = field;
        this.value = value == null || value.isBlank() ? null : value;
    }

    @Override
    Issue edit(Issue issue) {
        if (field == ArticleField.TITLE) Lookup.requireTitle(value, "article-title");
        Article a = Lookup.article(issue, articleId);
        if (Objects.equals(field.get(a), value)) return issue;
        return Lookup.replace(issue, field.set(a, value));
    }

    @Override
    String describe(Issue before) {
        return Msg.get("edit.step.field", Lookup.article(before, articleId).title(), field.label());
    }

    @Override
    public EditCommand mergedWith(EditCommand next) {
        if (next instanceof EditArticleText e && e.articleId.equals(articleId) && e.field == field) {
            return new EditArticleText(articleId, field, e.value).describedAs(description());
        }
        return null;
    }
}
