package cn.paiban.display;

/**
 * Where a displayed item came from: article id, block index in the article (-1 for title, byline and
 * other article furniture; -2 for page furniture) and the char offset in that block's text.
 * A click in the preview and a preflight finding both resolve through it.
 */
public record SourceRef(String articleId, int block, int offset) {
    public static final SourceRef PAGE = new SourceRef("", -2, 0);
}
