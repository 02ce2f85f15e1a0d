package cn.paiban.edit;

import cn.paiban.model.Article;

/** The one-line text fields of an article that the editor edits in place. */
public enum ArticleField {
    KICKER("引题"), TITLE("标题"), SUBTITLE("副题"), LEAD("核心阅读"), SOURCE("文章来源"), SIGNATURE("署名");

    private final String label;

    ArticleField(String label) {
        this.label = label;
    }

    /** The field's name as the office says it. */
    public String label() { return label; }

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
