package cn.paiban.text;

/**
 * Grid mode (版心网格): Han characters sit on whole em cells counted from the line's left edge. Where
 * compressed marks or a Latin run leave a Han character off its cell, the gap before it takes the
 * padding up to the next cell; what stretch is left goes after the line's last Han character, so a
 * trimmed line-end mark is what moves, not the text.
 */
final class GridAligner {
    private GridAligner() {}

    /**
     * Adds grid padding for glyphs [a, e) whose first untrimmed box starts at {@code startLeft}, spending at
     * most {@code need}; if {@code fill}, the rest goes after the last Han character. Returns the stretch
     * still to distribute (0 when the grid took it all).
     */
    static long align(PreparedParagraph p, int a, int e, long startLeft, long need, int[] extra, boolean fill) {
        int em = p.em;
        long x = startLeft;
        long remaining = need;
        int lastHan = -1;
        for (int i = a; i < e; i++) {
            if (i > a) x += p.box[i - 1] + p.gap[i - 1] + extra[i - 1 - a];
            if (p.kind[i] != CharKind.HAN) continue;
            lastHan = i;
            long r = Math.floorMod(x, em);
            if (i > a && r != 0 && em - r <= remaining) {
                extra[i - 1 - a] += (int) (em - r);
                x += em - r;
                remaining -= em - r;
            }
        }
        if (fill && remaining > 0 && lastHan >= a && lastHan < e - 1) {
            int from = lastHan - a, to = e - 1 - a; // gaps after the last Han character
            int[] w = new int[extra.length];
            for (int g = from; g < to; g++) w[g] = 1;
            LineSetter.addWeighted(remaining, w, extra);
            remaining = 0;
        }
        return remaining;
    }
}
