package cn.paiban.proof;

import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import java.util.Optional;

/**
 * 核红's second question: was a mark carried out? A mark was made on its round's text (the snapshot); it was carried when
 * the text now reads as it asked around the same words — the replacement between the quote's neighbours (改), the
 * neighbours joined (删), the insertion between them (增), the two ranges in each other's place (调), a paragraph ending
 * before the point and the next starting after it (另起段), the paragraph run on after the one before (接排) — and the
 * old reading is gone. A query (疑) asks for no change: it has no verdict.
 */
public final class Carried {
    /** How many chars of context on each side must stand around the new reading. */
    static final int NEAR = 4;

    public enum Verdict { CARRIED, NOT_CARRIED, QUERY }

    private Carried() {}

    /** {@code then}: the issue the mark was made on (its round's snapshot); {@code now}: the issue to check. */
    public static Verdict check(Mark m, Issue then, Issue now) {
        if (m.kind() == MarkKind.QUERY) return Verdict.QUERY;
        Anchor a = m.anchor();
        Optional<Article> art = now.article(a.articleId());
        if (art.isEmpty()) return Verdict.NOT_CARRIED;
        String all = joined(art.get());
        String before = tail(a.before()), after = head(a.after());
        boolean carried = switch (m.kind()) {
            case REPLACE -> all.contains(before + m.text() + after) && !all.contains(before + a.quote() + after);
            case DELETE -> all.contains(before + after) && !all.contains(before + a.quote() + after);
            case INSERT -> all.contains(before + m.text() + after);
            case SWAP -> {
                Anchor b = m.second();
                yield all.contains(tail(a.before()) + b.quote()) && all.contains(a.quote() + head(b.after()))
                        && !all.contains(tail(a.before()) + a.quote());
            }
            case SPLIT -> all.contains(before + "\n" + after) || (before.isEmpty() && all.contains("\n" + after));
            case JOIN -> {
                // the paragraph's first words, wherever in it the 接排 was drawn (a point at its start, or a range)
                String prev = previousTail(then, a), first = firstWords(then, a);
                yield prev != null && all.contains(prev + first) && !all.contains(prev + "\n" + first);
            }
            case QUERY -> false;
        };
        return carried ? Verdict.CARRIED : Verdict.NOT_CARRIED;
    }

    /** The article's title and body blocks, one a line, as marks address them. */
    private static String joined(Article a) {
        StringBuilder sb = new StringBuilder(a.title());
        for (int b = 0; b < a.body().size(); b++) sb.append('\n').append(Anchors.text(a, b));
        return sb.toString();
    }

    /** The end of the paragraph before the one a 接排 was marked at, in the text it was marked on. */
    private static String previousTail(Issue then, Anchor a) {
        if (then == null || a.block() < 1) return null;
        Optional<Article> art = then.article(a.articleId());
        if (art.isEmpty()) return null;
        String prev = Anchors.text(art.get(), a.block() - 1);
        return prev == null ? null : tail(prev);
    }

    /** The start of the paragraph a 接排 was marked in, in the text it was marked on. */
    private static String firstWords(Issue then, Anchor a) {
        String text = then == null ? null : then.article(a.articleId()).map(art -> Anchors.text(art, a.block())).orElse(null);
        return head(text != null ? text : a.quote() + a.after());
    }

    private static String tail(String s) { return s.substring(Math.max(0, s.length() - NEAR)); }

    private static String head(String s) { return s.substring(0, Math.min(NEAR, s.length())); }
}
