package cn.paiban.proof;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.edit.BlockText;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where a mark's words are now. {@link #resolve} re-finds an {@link Anchor} in the current text as a diff tool anchors
 * a hunk: EXACT when the offsets still hold the quote with its context; MOVED when the quote (for a point: its context) is
 * found again elsewhere in the article, best context first, then the nearest block and offset; ORPHANED when it is gone,
 * which the marks panel shows, never drops. {@link #place} maps resolved words to the pages of a layout: page, line in
 * its column and the boxes to draw on, derived each time from the display list's source references, so a mark follows
 * its words to another page.
 */
public final class Anchors {
    private Anchors() {}

    public enum State { EXACT, MOVED, ORPHANED }

    /** Where the words are: block and offsets in its text ({@link BlockText}), or ORPHANED with the anchor's old place. */
    public record Resolved(State state, String articleId, int block, int start, int end) {
        public boolean orphaned() { return state == State.ORPHANED; }
    }

    /** A piece of a resolved range on one line of one page: x from/to, baseline and size in millipoints. */
    public record Span(int page, int x1, int x2, int baseline, int size) {}

    /** Where the words stand in a layout: page index, printed folio, line in its column (from 1), the spans to draw. */
    public record Place(int page, int folio, int line, List<Span> spans) {}

    /** Quote and matched context together must reach this many chars (or all there is) for a MOVED match to count. */
    static final int ENOUGH = 8;

    /** The block's text as marks address it: body blocks through {@link BlockText}, block -1 the title; null if none. */
    public static String text(Article a, int block) {
        if (block == -1) return a.title();
        if (block < 0 || block >= a.body().size()) return null;
        return BlockText.of(a.body().get(block));
    }

    /** Where {@code mark}'s (first) range is now in {@code issue}. */
    public static Resolved resolve(Issue issue, Mark mark) { return resolve(issue, mark.anchor()); }

    public static Resolved resolve(Issue issue, Anchor a) {
        Resolved lost = new Resolved(State.ORPHANED, a.articleId(), a.block(), a.start(), a.end());
        Optional<Article> art = issue == null ? Optional.empty() : issue.article(a.articleId());
        if (art.isEmpty()) return lost;
        Article article = art.get();
        int full = a.before().length() + a.after().length();
        String here = text(article, a.block());
        if (here != null && a.end() <= here.length() && here.startsWith(a.quote(), a.start()) && context(here, a, a.start()) == full) {
            return new Resolved(State.EXACT, a.articleId(), a.block(), a.start(), a.end());
        }
        int need = Math.min(ENOUGH, a.quote().length() + full);
        // the anchor's block first, then the others by distance; the title only for title anchors
        List<Integer> order = new ArrayList<>();
        if (a.block() == -1) order.add(-1);
        else {
            int n = article.body().size();
            for (int d = 0; d < n; d++) {
                if (a.block() - d >= 0 && a.block() - d < n) order.add(a.block() - d);
                if (d > 0 && a.block() + d < n && a.block() + d >= 0) order.add(a.block() + d);
            }
        }
        int bestScore = -1, bestBlock = 0, bestAt = 0, bestDist = Integer.MAX_VALUE;
        for (int b : order) {
            String t = text(article, b);
            if (t == null) continue;
            int blockDist = Math.abs(b - a.block());
            if (a.quote().isEmpty()) {
                for (int at = 0; at <= t.length(); at++) {
                    int score = context(t, a, at);
                    int dist = blockDist * 1_000_000 + Math.abs(at - a.start());
                    if (score >= need && (score > bestScore || (score == bestScore && dist < bestDist))) {
                        bestScore = score; bestBlock = b; bestAt = at; bestDist = dist;
                    }
                }
            } else {
                for (int at = t.indexOf(a.quote()); at >= 0; at = t.indexOf(a.quote(), at + 1)) {
                    int score = context(t, a, at);
                    int dist = blockDist * 1_000_000 + Math.abs(at - a.start());
                    if (a.quote().length() + score >= need && (score > bestScore || (score == bestScore && dist < bestDist))) {
                        bestScore = score; bestBlock = b; bestAt = at; bestDist = dist;
                    }
                }
            }
        }
        if (bestScore < 0) return lost;
        return new Resolved(State.MOVED, a.articleId(), bestBlock, bestAt, bestAt + a.quote().length());
    }

    /** How many chars of the anchor's context stand around {@code at} (before the quote, after it) in {@code t}. */
    private static int context(String t, Anchor a, int at) {
        int n = 0;
        String before = a.before();
        while (n < before.length() && at - 1 - n >= 0 && t.charAt(at - 1 - n) == before.charAt(before.length() - 1 - n)) n++;
        int m = 0;
        int end = at + a.quote().length();
        String after = a.after();
        while (m < after.length() && end + m < t.length() && t.charAt(end + m) == after.charAt(m)) m++;
        return n + m;
    }

    /**
     * Where the resolved words stand in {@code doc}, the layout of {@code issue}: as {@link #place(Document, Resolved)},
     * taking only the runs that print the block's text where their source says. This keeps a mark in a title (block -1)
     * off the subtitle, byline and source line, which the layout also gives block -1 with offsets from 0.
     */
    public static Optional<Place> place(Document doc, Issue issue, Resolved r) {
        String text = issue == null ? null : issue.article(r.articleId()).map(a -> text(a, r.block())).orElse(null);
        if (text == null) return r.block() == -1 ? Optional.empty() : place(doc, r);
        return place(doc, r, g -> text.startsWith(g.text(), g.source().offset()));
    }

    /** Whether {@code run} prints the text of its source block where it says (a title run, not a subtitle's). */
    public static boolean printsBlockText(Issue issue, Item.GlyphRun run) {
        String text = issue == null ? null : issue.article(run.source().articleId()).map(a -> text(a, run.source().block())).orElse(null);
        return text != null && text.startsWith(run.text(), run.source().offset());
    }

    /**
     * Where the resolved words stand in {@code doc}, or empty when they are on no page (orphaned, not set, overset).
     * For a title (block -1) prefer {@link #place(Document, Issue, Resolved)}.
     */
    public static Optional<Place> place(Document doc, Resolved r) { return place(doc, r, g -> true); }

    private static Optional<Place> place(Document doc, Resolved r, java.util.function.Predicate<Item.GlyphRun> ours) {
        if (r.orphaned()) return Optional.empty();
        List<Span> spans = new ArrayList<>();
        Item.GlyphRun first = null;
        int firstPage = -1;
        List<Run> runs = runs(doc).getOrDefault(key(r.articleId(), r.block()), List.of());
        for (Run run : runs) {
            Item.GlyphRun g = run.glyphs();
            if (!ours.test(g)) continue;
            int from = g.source().offset(), to = from + g.text().length();
            boolean point = r.start() == r.end();
            boolean hit = point ? r.start() >= from && (r.start() < to || (r.start() == to && !continues(runs, to)))
                    : r.start() < to && r.end() > from;
            if (!hit) continue;
            int s = Math.max(r.start(), from) - from, e = Math.min(r.end(), to) - from;
            int x1 = xAt(g, s), x2 = point ? x1 : xAt(g, e);
            spans.add(new Span(run.page(), x1, x2, g.baseline(), g.size()));
            if (first == null) {
                first = g;
                firstPage = run.page();
            }
        }
        if (first == null) return Optional.empty();
        Page page = doc.pages().get(firstPage);
        return Optional.of(new Place(firstPage, page.folio(), lineOf(page, first), List.copyOf(spans)));
    }

    /** Whether another run of the block starts at offset {@code at} (a point there belongs to that run). */
    private static boolean continues(List<Run> runs, int at) {
        for (Run run : runs) if (run.glyphs().source().offset() == at) return true;
        return false;
    }

    /** A glyph run and the index of its page. */
    private record Run(int page, Item.GlyphRun glyphs) {}

    /** The runs of the last document asked about, by article and block, in page order: placing many marks walks it once. */
    private static volatile Object[] lastIndex = {null, null};

    private static String key(String articleId, int block) { return articleId + "\u0000" + block; }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, List<Run>> runs(Document doc) {
        Object[] last = lastIndex;
        if (last[0] == doc) return (java.util.Map<String, List<Run>>) last[1];   // by identity: a document never changes
        java.util.Map<String, List<Run>> index = new java.util.HashMap<>();
        for (int p = 0; p < doc.pages().size(); p++) {
            for (Item it : doc.pages().get(p).items()) {
                if (it instanceof Item.GlyphRun g && g.source().block() >= -1 && !g.source().articleId().isEmpty()) {
                    index.computeIfAbsent(key(g.source().articleId(), g.source().block()), k -> new ArrayList<>()).add(new Run(p, g));
                }
            }
        }
        lastIndex = new Object[] {doc, index};
        return index;
    }

    /** The x of the left edge of char {@code chars} of the run, or of its right edge past the last char. */
    static int xAt(Item.GlyphRun g, int chars) {
        String t = g.text();
        int cps = t.codePointCount(0, Math.min(chars, t.length()));
        int[] xs = g.xs();
        if (cps < xs.length) return g.xAt(cps);
        int last = t.codePointBefore(t.length());
        int width = last >= 0x2E80 || Character.isIdeographic(last) ? g.size() : g.size() / 2;
        return g.xAt(xs.length - 1) + width;
    }

    /**
     * The run's line in its column, from 1: distinct baselines above it of the text runs that share its column. Lines
     * of text count, not the running head nor the titles and bylines over the columns (unless the run is one of them).
     */
    static int lineOf(Page page, Item.GlyphRun run) {
        int[] own = extent(run);
        TreeSet<Integer> above = new TreeSet<>();
        boolean inTitle = run.source().block() == -1;
        for (Item it : page.items()) {
            if (!(it instanceof Item.GlyphRun g) || g.source().block() == -2 || g.baseline() >= run.baseline()) continue;
            if (g.source().block() == -1 && !inTitle) continue;
            int[] e = extent(g);
            if (e[0] < own[1] && e[1] > own[0]) above.add(g.baseline());
        }
        return above.size() + 1;
    }

    private static int[] extent(Item.GlyphRun g) {
        return new int[] {g.x(), xAt(g, g.text().length())};
    }
}
