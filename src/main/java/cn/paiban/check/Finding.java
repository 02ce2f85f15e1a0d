package cn.paiban.check;

/**
 * What a rule found: the rule's id and the clause it applies, the piece of text and the char offset of the
 * quoted text in it, the suggested text to stand in its place (null when there is none to offer) and whether that
 * replacement is certain enough for a one-click fix. {@code message} is a message key of the check area, with
 * {@code args}.
 */
public record Finding(String rule, String clause, Piece place, int offset, String quote, String suggestion, boolean certain,
                      String message, java.util.List<String> args) {
    public Finding {
        args = java.util.List.copyOf(args);
        if (certain && (suggestion == null || !place.editable())) certain = false;
    }

    public String articleId() { return place.articleId(); }

    public int page() { return place.page(); }

    /** The quote with a few characters either side, for the list and the terminal. */
    public String context(int around) {
        String t = place.text();
        int from = Math.max(0, offset - around), to = Math.min(t.length(), offset + quote.length() + around);
        return (from > 0 ? "…" : "") + t.substring(from, to) + (to < t.length() ? "…" : "");
    }

    /**
     * The key a dismissal is stored under: rule, article and the quoted text with up to {@value #KEY_CONTEXT}
     * characters either side (not the offset, which edits elsewhere move; the context tells apart two ，， of one
     * article).
     */
    public Dismissals.Key key() {
        String t = place.text();
        int from = Math.max(0, offset - KEY_CONTEXT), to = Math.min(t.length(), offset + quote.length() + KEY_CONTEXT);
        return new Dismissals.Key(rule, articleId(), t.substring(from, to));
    }

    static final int KEY_CONTEXT = 4;

    public Finding withPage(int folio) {
        return new Finding(rule, clause, place.atPage(folio), offset, quote, suggestion, certain, message, args);
    }
}
