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
        if (!p.grid) return ordinary;
        // Grid mode: when the padded width fits, every Han character sits on a cell and what is left over
        // goes after the last one; that leftover is the line's looseness. A line that cannot keep the grid
        // costs a loose line more than it would otherwise.
        long left = avail - p.gridWidth(a, e, lead, a > 0);
        if (left < 0) return Math.min(10_000, ordinary + GRID_MISS);
        double r = (double) left / p.em;
        return Math.min(10_000, 100 * r * r * r);
    }

    /** Badness of stretching the gaps inside [a, e) by {@code need} in all. */
    private static double stretchBadness(PreparedParagraph p, int a, int e, long need) {
        double cap = p.flex(a, e) + p.stretchGaps(a, e) * (p.em / 8.0);
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
