package cn.paiban.layout;

import java.util.List;

/**
 * Breaks a run of units into columns of whole grid lines. The rules, all "where avoidable":
 * a heading keeps with the heading lines after it and with the next two body lines; the first line of a
 * paragraph is not left alone at a column bottom (orphan) nor its last line alone at a column top (widow);
 * a source or signature line keeps with the paragraph before it; an image and its caption are never parted. When no allowed break is within
 * {@link #LOOK_BACK} lines of the full column, the column is filled and the rule gives way.
 */
public final class ColumnFlow {
    static final int LOOK_BACK = 4;

    private ColumnFlow() {}

    /** May a column end after unit {@code i}? */
    public static boolean canBreakAfter(List<Unit> u, int i) {
        if (i >= u.size() - 1) return true;
        Unit a = u.get(i);
        Unit b = u.get(i + 1);
        if (a instanceof Unit.Space) return true;
        boolean captionNext = b instanceof Unit.Text n && n.kind() == Unit.Kind.CAPTION;
        if (a instanceof Unit.Figure) return !captionNext; // an image keeps its caption with it
        if (a instanceof Unit.Inset) return true;
        Unit.Text t = (Unit.Text) a;
        if (t.kind() == Unit.Kind.CAPTION) return !captionNext;
        if (t.kind() == Unit.Kind.HEADING || t.kind() == Unit.Kind.TITLE || t.kind() == Unit.Kind.JUMP_FROM) return false;
        if (b instanceof Unit.Text n && (n.kind() == Unit.Kind.SOURCE || n.kind() == Unit.Kind.SIGNATURE
                || n.kind() == Unit.Kind.JUMP_TO)) {
            return false;
        }
        if (t.kind() == Unit.Kind.BODY) {
            if (t.paraLines() >= 2 && t.indexInPara() == 0) return false;
            if (t.paraLines() >= 2 && t.indexInPara() == t.paraLines() - 2) return false;
            // keep-with-next: the first body line after a heading keeps the second with it too
            if (t.indexInPara() == 0 && i > 0 && u.get(i - 1) instanceof Unit.Text p
                    && (p.kind() == Unit.Kind.HEADING || p.kind() == Unit.Kind.TITLE)) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first unit to set in a column starting at {@code from}: blank lines at a column top are dropped. */
    public static int skipSpace(List<Unit> u, int from) {
        while (from < u.size() && u.get(from) instanceof Unit.Space) from++;
        return from;
    }

    /** Fills one column of {@code cap} lines from {@code from}; returns the end index (exclusive). */
    public static int fill(List<Unit> u, int from, int cap) {
        return fill(u, from, cap, false);
    }

    /** As {@link #fill}; when {@code strict}, -1 instead of breaking where no rule allows it. */
    private static int fill(List<Unit> u, int from, int cap, boolean strict) {
        int i = skipSpace(u, from);
        int start = i;
        int used = 0;
        while (i < u.size() && used + u.get(i).height() <= cap) {
            used += u.get(i).height();
            i++;
        }
        if (i >= u.size()) return u.size();
        for (int k = i; k > start && k >= i - LOOK_BACK; k--) {
            if (canBreakAfter(u, k - 1)) return k;
        }
        return strict ? -1 : i;
    }

    /** Lines the units [from, to) take in a column (blank lines at its top dropped). */
    public static int height(List<Unit> u, int from, int to) {
        int h = 0;
        for (int i = skipSpace(u, from); i < to; i++) h += u.get(i).height();
        return h;
    }

    /**
     * The shortest equal column height (≤ cap) at which {@code cols} columns take all units from
     * {@code from}: the balanced last page of an article. Null when they do not fit at cap.
     */
    public static Balance balance(List<Unit> u, int from, int cap, int cols) {
        if (skipSpace(u, from) >= u.size()) {
            int[] none = new int[cols];
            java.util.Arrays.fill(none, u.size());
            return new Balance(0, none);
        }
        // the shortest height where every column breaks where the rules allow; failing that, the shortest at all
        Balance b = balance(u, from, cap, cols, true);
        return b != null ? b : balance(u, from, cap, cols, false);
    }

    private static Balance balance(List<Unit> u, int from, int cap, int cols, boolean strict) {
        int total = height(u, from, u.size());
        for (int h = Math.max(1, (total + cols - 1) / cols); h <= cap; h++) {
            int[] ends = new int[cols];
            int pos = from;
            for (int c = 0; c < cols && pos >= 0; c++) {
                pos = fill(u, pos, h, strict);
                ends[c] = pos;
            }
            if (pos >= u.size()) return new Balance(h, ends);
        }
        return null;
    }

    /** Balanced columns: their height in lines and the end index of each column. */
    public record Balance(int height, int[] ends) {}
}
