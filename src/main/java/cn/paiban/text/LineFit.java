package cn.paiban.text;

/**
 * How well glyphs [a, b) fit a line: shared by both breakers so that they judge lines alike.
 * Stretch is measured against a comfortable ⅛ em per inter-character gap plus the first-stage
 * flexibility of spaces; badness is Knuth's 100·r³.
 */
final class LineFit {
    static final double INFEASIBLE = Double.POSITIVE_INFINITY;
    /** Extra badness of a grid-mode line that cannot keep its Han characters on cells. */
    static final double GRID_MISS = 200;
    /**
     * Badness of an over-loose line: one whose inter-character gaps would each stretch by more than
     * 1/{@link #MAX_GAP_DENOMINATOR} em, or that could only be filled by letter-spacing a word. Above every
     * ordinary badness (at most 10,000), so a breaker takes such a line only when nothing else exists
     * (see {@link #overLooseBadness}).
     */
    static final double OVER_LOOSE = 100_000;
    /** The widest inter-character stretch of a justified line: ½ em (clreq: no 字距 wider than that). */
    static final int MAX_GAP_DENOMINATOR = 2;
    /** Looseness reported for a line that has no gap it may stretch: it stays short of the measure. */
    static final int NO_GAP = Integer.MAX_VALUE;

    private LineFit() {}

    /** Available width of line {@code index}. */
    static int available(int index, int measure, int firstIndent) {
        return index == 0 ? measure - firstIndent : measure;
    }

    /** Natural width minus all shrink: what must fit the measure. */
    static long tightest(PreparedParagraph p, int a, int b) {
        int e = Math.max(p.contentEnd[b], a);
        return p.width(a, e, a > 0) - p.shrink(a, e);
    }

    /**
     * Badness of [a, b) at {@code avail} as a justified non-final line: 0 for a perfect fit, about 100 when
     * every gap stretches by ⅛ em, {@link #INFEASIBLE} when it cannot shrink enough.
     */
    static double badness(PreparedParagraph p, int a, int b, int avail) {
        return badness(p, a, b, avail, 0);
    }

    /** As above; {@code lead} is where the line's content starts (the first line's indent), for grid mode. */
    static double badness(PreparedParagraph p, int a, int b, int avail, int lead) {
        int e = Math.max(p.contentEnd[b], a);
        long w = p.width(a, e, a > 0);
        if (w > avail) {
            long cap = p.shrink(a, e);
            if (w - cap > avail) return INFEASIBLE;
            double r = (double) (w - avail) / cap;
            return 100 * r * r * r;
        }
        if (w == avail) return 0;
        double ordinary = stretchBadness(p, a, e, avail - w);
        int loose = looseness(p, a, b, avail);
        if (!p.grid && loose > p.em / MAX_GAP_DENOMINATOR || loose == NO_GAP) return overLooseBadness(loose, p.em);
        // Grid mode: when the padded width fits, every Han character sits on a cell and what is left over
        // goes after the last one; that leftover is the line's looseness. A line that cannot keep the grid
        // costs a loose line more than it would otherwise.
        long left = avail - p.gridWidth(a, e, lead, a > 0);
        if (left < 0) return Math.min(10_000, ordinary + GRID_MISS);
        double r = (double) left / p.em;
        return Math.min(10_000, 100 * r * r * r);
    }

    /**
     * How far each inter-character gap of the justified non-final line [a, b) stretches, in millipoints, once
     * spaces and Han–Latin spaces have taken their share (LineSetter's order); {@link #NO_GAP} when the line
     * falls short and has no gap that may stretch (one word, never letter-spaced).
     */
    static int looseness(PreparedParagraph p, int a, int b, int avail) {
        int e = Math.max(p.contentEnd[b], a);
        long rest = avail - p.width(a, e, a > 0) - p.flex(a, e);
        if (rest <= 0) return 0;
        long widest = p.widestStretch(a, e, rest);
        if (widest < 0) return NO_GAP;
        return (int) Math.min(Integer.MAX_VALUE - 1, widest);
    }

    /**
     * Badness of an over-loose line: at least {@link #OVER_LOOSE}, growing with its looseness, so that where
     * one cannot be avoided the least loose is taken; a word alone that cannot be filled is the worst.
     */
    static double overLooseBadness(int loose, int em) {
        return OVER_LOOSE * (loose == NO_GAP ? 20 : 1 + Math.min(19.0, loose / (double) em));
    }

    /** Whether [a, b) as a justified non-final line spaces its characters wider than ½ em (or cannot fill). */
    static boolean overLoose(PreparedParagraph p, int a, int b, int avail) {
        return looseness(p, a, b, avail) > p.em / MAX_GAP_DENOMINATOR;
    }

    /** Badness of stretching the gaps inside [a, e) by {@code need} in all. */
    private static double stretchBadness(PreparedParagraph p, int a, int e, long need) {
        double cap = p.flex(a, e) + p.stretchableGaps(a, e) * (p.em / 8.0);
        if (cap <= 0) return 10_000; // one glyph or one word: it can only be spaced out letter by letter
        double r = need / cap;
        return Math.min(10_000, 100 * r * r * r);
    }

    /** Whether a last line [a, b) is a 孤字: one character alone, or one character and its marks. */
    static boolean isOrphan(PreparedParagraph p, int a, int b) {
        int e = p.contentEnd[b];
        int chars = 0;
        for (int i = a; i < e && chars < 2; i++) {
            CharKind k = p.kind[i];
            if (k == CharKind.HAN || (k == CharKind.WESTERN && p.box[i] > 0)) chars++;
        }
        return chars <= 1;
    }
}
