package cn.paiban.proof;

import java.util.Objects;

/**
 * Where a mark was made, in the text, not on the page: the article, the body block (its index; -1 for the article's
 * title), the char offsets {@code start}…{@code end} in the block's text ({@link cn.paiban.edit.BlockText}; equal for a
 * point between characters), the quoted text between them and up to {@link #CONTEXT} chars before and after it.
 * The quote and its context re-find the words after edits ({@link Anchors}).
 */
public record Anchor(String articleId, int block, int start, int end, String quote, String before, String after) {
    /** How many chars of context an anchor keeps on each side. */
    public static final int CONTEXT = 10;

    public Anchor {
        Objects.requireNonNull(articleId, "articleId");
        quote = quote == null ? "" : quote;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        if (block < -1) throw new IllegalArgumentException("block " + block);
        if (start < 0 || end < start) throw new IllegalArgumentException("offsets " + start + "…" + end);
        if (quote.length() != end - start) throw new IllegalArgumentException("the quote is " + quote.length() + " chars, the range " + (end - start));
    }

    /** The anchor of {@code start}…{@code end} in {@code text}, the block's text, with its quote and context. */
    public static Anchor in(String articleId, int block, String text, int start, int end) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("offsets " + start + "…" + end + " outside a text of " + text.length());
        }
        int b = Math.max(0, start - CONTEXT), a = Math.min(text.length(), end + CONTEXT);
        // never cut a surrogate pair in half
        if (b > 0 && Character.isLowSurrogate(text.charAt(b))) b--;
        if (a < text.length() && Character.isLowSurrogate(text.charAt(a))) a++;
        return new Anchor(articleId, block, start, end, text.substring(start, end), text.substring(b, start), text.substring(end, a));
    }

    /** A point between characters (增, 另起段), no range. */
    public boolean isPoint() { return start == end; }
}
