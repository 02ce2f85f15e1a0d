package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;

/** The one-line text fields of an article that the editor edits in place. */
public enum ArticleField {
    KICKER, TITLE, SUBTITLE, LEAD, SOURCE, SIGNATURE;

    /** The field's name as the office says it (引题, 标题 …), in the language in use. */
    public String label() { return Msg.get("edit.field." + name().toLowerCase(java.util.Locale.ROOT)); }

    public String get(Article a) {
        return switch (this) {
            case KICKER -> a.kicker();
            case TITLE -> a.title();
            case SUBTITLE -> a.subtitle();
            case LEAD -> a.lead();
            case SOURCE -> a.source();
            case SIGNATURE -> a.signature();
        };
    }

    /** The article with this field set; {@code value} null means the article has no such part. */
    public Article set(Article a, String value) {
        return new Article(a.id(), a.kind(),
                this == KICKER ? value : a.kicker(),
                this == TITLE ? value : a.title(),
                this == SUBTITLE ? value : a.subtitle(),
                a.authors(),
                this == LEAD ? value : a.lead(),
                a.body(),
                this == SOURCE ? value : a.source(),
                this == SIGNATURE ? value : a.signature());
    }
}
