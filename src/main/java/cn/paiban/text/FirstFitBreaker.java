package cn.paiban.text;

import java.util.Arrays;

/**
 * Line by line: each line takes as much as fits after compression (挤进 before 推出), then stretches.
 * Kept to compare against {@link TotalFitBreaker}; it does not look ahead, so it may leave a 孤字.
 */
final class FirstFitBreaker implements LineBreaker {
    @Override
    public int[] breaks(PreparedParagraph p, int measure, int firstIndent) {
        int[] ends = new int[16];
        int count = 0;
        int a = 0;
        while (a < p.n) {
            int avail = LineFit.available(count, measure, firstIndent);
            int b = longestFit(p, a, avail, true);
            if (b < 0) b = firstLegal(p, a);
            if (b < 0 || LineFit.tightest(p, a, b) > avail) {
                int any = longestFit(p, a, avail, false); // nothing legal fits: break where the measure ends
                b = any > 0 ? any : a + 1;
            }
            if (count == ends.length) ends = Arrays.copyOf(ends, count * 2);
            ends[count++] = b;
            a = b;
        }
        return Arrays.copyOf(ends, count);
    }

    /** The largest line end b > a, legal or (if {@code legal} is false) any, whose tightest width fits. */
    static int longestFit(PreparedParagraph p, int a, int avail, boolean legal) {
        int best = -1;
        for (int b = a + 1; b <= p.n; b++) {
            long tight = LineFit.tightest(p, a, b);
            if (tight > avail) {
                if (tight > avail + 2L * p.em) break; // widths only grow, up to a compressed mark or two
                continue;
            }
            if (b == p.n || !legal || p.canBreak[b - 1]) best = b;
        }
        return best;
    }

    static int firstLegal(PreparedParagraph p, int a) {
        for (int b = a + 1; b <= p.n; b++) if (b == p.n || p.canBreak[b - 1]) return b;
        return -1;
    }
}
