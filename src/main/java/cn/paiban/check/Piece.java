package cn.paiban.check;

import cn.paiban.edit.ArticleField;

/**
 * One run of printed text the checks read, and where it stands: an article's field ({@code field} set), a piece of
 * a body block ({@code block} ≥ 0, {@code piece} as {@link cn.paiban.edit.TextSearch#pieces}), a byline, or text
 * the issue prints outside the articles (front-matter pages, running heads: {@code articleId} empty, {@code label}
 * naming the template or "running head"). {@code page} is the folio where known, else 0.
 */
public record Piece(Kind kind, String articleId, ArticleField field, int block, int piece, String text, int page, String label) {
    public enum Kind { FIELD, BODY, BYLINE, SECTION, FRONT, HEAD }

    public static Piece field(String articleId, ArticleField f, String text) {
        return new Piece(Kind.FIELD, articleId, f, -1, -1, text, 0, f.name().toLowerCase(java.util.Locale.ROOT));
    }

    public static final String SUBHEADING = "subheading";

    public static Piece body(String articleId, int block, int piece, String text) {
        return new Piece(Kind.BODY, articleId, null, block, piece, text, 0, "body");
    }

    /** A line of a subheading: set as a title, its halves may stand apart. */
    public static Piece subheading(String articleId, int block, int piece, String text) {
        return new Piece(Kind.BODY, articleId, null, block, piece, text, 0, SUBHEADING);
    }

    public Piece atPage(int folio) {
        return new Piece(kind, articleId, field, block, piece, text, folio, label);
    }

    /** Whether an edit of the article can change this text (the one-click fix needs it). */
    public boolean editable() { return kind == Kind.FIELD || kind == Kind.BODY; }
}
