package cn.paiban.text;

import java.util.Arrays;

/**
 * Paragraph-wide breaking in the manner of Knuth and Plass: the break sequence with the least total
 * demerits, where demerits grow with each line's badness (loose or tight lines) and a last line that is a
 * 孤字 costs as much as a very loose line. Chinese text may break almost anywhere, so from each break only
 * the few ends that fill the measure are tried: linear in the paragraph length.
 */
final class TotalFitBreaker implements LineBreaker {
    /** A line looser than this (every gap stretched by about ¼ em) is tried only when nothing else fits. */
    static final double MAX_BADNESS = 800;
    static final double LINE_PENALTY = 10;
    static final double ORPHAN_DEMERITS = 1_000_000;

    @Override
    public int[] breaks(PreparedParagraph p, int measure, int firstIndent) {
        int[] ends = solve(p, measure, firstIndent, MAX_BADNESS);
        if (ends == null) ends = solve(p, measure, firstIndent, LineFit.OVER_LOOSE - 1); // loose, never over-loose
        if (ends == null) ends = solve(p, measure, firstIndent, Double.MAX_VALUE); // as few over-loose lines as can be
        if (ends == null) ends = new FirstFitBreaker().breaks(p, measure, firstIndent); // overfull: emergency
        return ends;
    }

    private static int[] solve(PreparedParagraph p, int measure, int firstIndent, double maxBadness) {
        int n = p.n;
        double[] best = new double[n + 1];
        int[] prev = new int[n + 1];
        int[] lineNo = new int[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int a = 0; a < n; a++) {
            if (best[a] == Double.POSITIVE_INFINITY) continue;
            int avail = LineFit.available(lineNo[a], measure, firstIndent);
            for (int b = a + 1; b <= n; b++) {
                boolean last = b == n;
                long tight = LineFit.tightest(p, a, b);
                if (tight > avail) {
                    if (tight > avail + 2L * p.em) break;
                    continue;
                }
                if (!last && !p.canBreak[b - 1]) continue;
                double d;
                if (last) {
                    d = LINE_PENALTY * LINE_PENALTY;
                    if (a > 0 && LineFit.isOrphan(p, a, b)) d += ORPHAN_DEMERITS;
                } else {
                    double bad = LineFit.badness(p, a, b, avail, lineNo[a] == 0 ? firstIndent : 0);
                    if (bad > maxBadness) continue;
                    d = (LINE_PENALTY + bad) * (LINE_PENALTY + bad);
                }
                double total = best[a] + d;
                if (total <= best[b]) { // on a tie the later start wins: earlier lines fuller
                    best[b] = total;
                    prev[b] = a;
                    lineNo[b] = lineNo[a] + 1;
                }
            }
        }
        if (best[n] == Double.POSITIVE_INFINITY) return null;
        int[] ends = new int[lineNo[n]];
        for (int b = n, k = ends.length - 1; b > 0; b = prev[b], k--) ends[k] = b;
        return ends;
    }
}
