package cn.paiban.proof;

import java.util.Arrays;

/**
 * A character diff of two texts (code points): which characters of the old text are gone and which of the new one
 * are new, by Myers' O((N+M)D) shortest edit script after the common head and tail are set aside. An edit script
 * longer than {@link #MAX_EDITS} is not searched for: the middle counts as replaced whole (a rewritten article, not
 * a proofreader's correction).
 */
public final class TextDiff {
    static final int MAX_EDITS = 3000;

    private final boolean[] deleted;
    private final boolean[] inserted;
    private final int[] oldAt;
    private final int[] deletedBefore;

    private TextDiff(boolean[] deleted, boolean[] inserted) {
        this.deleted = deleted;
        this.inserted = inserted;
        this.oldAt = new int[inserted.length + 1];
        this.deletedBefore = new int[inserted.length + 1];
        int i = 0;
        for (int j = 0; j < inserted.length; j++) {
            oldAt[j] = i;
            while (i < deleted.length && deleted[i]) {
                i++;
                deletedBefore[j]++;
            }
            if (!inserted[j]) i++;
        }
        oldAt[inserted.length] = i;
        deletedBefore[inserted.length] = deleted.length - i;
    }

    public static TextDiff of(int[] a, int[] b) {
        int n = a.length, m = b.length;
        int head = 0;
        while (head < n && head < m && a[head] == b[head]) head++;
        int tail = 0;
        while (tail < n - head && tail < m - head && a[n - 1 - tail] == b[m - 1 - tail]) tail++;
        boolean[] del = new boolean[n], ins = new boolean[m];
        int[] x = Arrays.copyOfRange(a, head, n - tail), y = Arrays.copyOfRange(b, head, m - tail);
        if (!myers(x, y, del, ins, head)) {
            Arrays.fill(del, head, n - tail, true);
            Arrays.fill(ins, head, m - tail, true);
        }
        return new TextDiff(del, ins);
    }

    public static TextDiff of(String a, String b) { return of(a.codePoints().toArray(), b.codePoints().toArray()); }

    /** Whether old code point {@code i} is gone. */
    public boolean deleted(int i) { return deleted[i]; }

    /** Whether new code point {@code j} was added. */
    public boolean inserted(int j) { return inserted[j]; }

    public boolean same() {
        for (boolean d : deleted) if (d) return false;
        for (boolean i : inserted) if (i) return false;
        return true;
    }

    /**
     * The old position where the old characters deleted just before new position {@code j} (0 … new length) start;
     * {@code oldAt(j) + deletedBefore(j)} is the old position of new character j when it was kept.
     */
    public int oldAt(int j) { return oldAt[j]; }

    /** How many old characters were removed right before new position {@code j} (0 … new length). */
    public int deletedBefore(int j) { return deletedBefore[j]; }

    /** The added code points of {@code b} against {@code a}. */
    public static boolean[] insertedIn(String a, String b) { return of(a, b).inserted.clone(); }

    /** Marks the edits of x → y (offset {@code base} in the whole texts); false when there are more than MAX_EDITS. */
    private static boolean myers(int[] x, int[] y, boolean[] del, boolean[] ins, int base) {
        int n = x.length, m = y.length;
        if (n == 0 || m == 0) {
            Arrays.fill(del, base, base + n, true);
            Arrays.fill(ins, base, base + m, true);
            return true;
        }
        int max = Math.min(n + m, MAX_EDITS);
        int off = max + 1;
        int[] v = new int[2 * max + 3];
        int[][] trace = new int[max + 1][];
        for (int d = 0; d <= max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int px;
                if (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) px = v[off + k + 1];
                else px = v[off + k - 1] + 1;
                int py = px - k;
                while (px < n && py < m && x[px] == y[py]) {
                    px++;
                    py++;
                }
                v[off + k] = px;
                if (px >= n && py >= m) {
                    trace[d] = Arrays.copyOfRange(v, off - d - 1, off + d + 2);
                    backtrack(trace, d, n, m, del, ins, base);
                    return true;
                }
            }
            trace[d] = Arrays.copyOfRange(v, off - d - 1, off + d + 2);
        }
        return false;
    }

    /** trace[d][k + d + 1] is v[k] after step d. */
    private static void backtrack(int[][] trace, int dEnd, int n, int m, boolean[] del, boolean[] ins, int base) {
        int px = n, py = m;
        for (int d = dEnd; d > 0; d--) {
            int[] prev = trace[d - 1];
            int k = px - py;
            int pk;
            if (k == -d || (k != d && vAt(prev, d - 1, k - 1) < vAt(prev, d - 1, k + 1))) pk = k + 1;
            else pk = k - 1;
            int prevX = vAt(prev, d - 1, pk);
            int prevY = prevX - pk;
            while (px > prevX && py > prevY) {   // the diagonal: kept characters
                px--;
                py--;
            }
            if (pk == k + 1) ins[base + prevY] = true;   // down: y[prevY] added
            else del[base + prevX] = true;              // right: x[prevX] gone
            px = prevX;
            py = prevY;
        }
    }

    private static int vAt(int[] row, int d, int k) {
        int idx = k + d + 1;
        return idx < 0 || idx >= row.length ? -1 : row[idx];
    }
}
