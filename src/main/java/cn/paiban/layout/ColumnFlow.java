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

    /**
     * As {@link #fill(List, int, int)}, with a table or an image that does not fit below the text as a float: it goes
     * to the top of the next column (with its caption, note and 续表 parts) and the text that follows it in the
     * manuscript fills this column, so the column does not end in blank grid lines. Only when that next column, of
     * {@code nextCap} lines (0: there is none on this run of the flow), takes the float's first part, when text is set
     * above it in this column (a float at a column top never moves on), and only with text up to the next float (the
     * floats keep their order) broken where the rules allow. The float is moved in {@code u}, which must be mutable;
     * a float that fits stays where it is, and a list without floats is filled exactly as by {@code fill}. A table
     * that would leave a column empty, that is longer than a column, or that the next column cannot take either, is
     * set again where it falls: its first part in what is left of this column (at least {@link BodyUnits#MIN_ROWS}
     * rows, leaving as many), its 续表 in the next. When all the text before the next float would move up, that float
     * must still find room after this one in the next column, or some of that text stays behind.
     */
    public static int fill(List<Unit> u, int from, int cap, int nextCap) {
        return fill(u, from, cap, nextCap, false);
    }

    private static int fill(List<Unit> u, int from, int cap, int nextCap, boolean strict) {
        int k = fill(u, from, cap, strict);
        if (nextCap <= 0) return k;
        int top = skipSpace(u, from);
        int f = k < 0 ? top : skipSpace(u, k); // strict and nothing fits: a table at the column's top may be set again
        if (f >= u.size() || !startsFloat(u, f)) return k;
        int end = floatEnd(u, f);
        int leadLines = height(u, f, leadEnd(u, f, end));
        int room = cap - height(u, from, f);
        if (leadLines <= room) return k; // it fits: the column broke after it, or before it for the keep rules
        boolean parted = parted(u, f);
        // a table too long for one column, or for the next one, or for the whole of this one, starts where it falls and
        // goes on as 续表
        if ((parted || leadLines > nextCap || f == top) && u.get(f) instanceof Unit.Inset in && in.split() != null) {
            List<Unit> parts = in.split().parts(room, nextCap);
            if (parts != null) {
                u.subList(f, end).clear();
                u.addAll(f, parts);
                return fill(u, from, cap, strict);
            }
        }
        if (k < 0 || f == top || leadLines > nextCap) return k;
        int p = k; // the text above the float ends at p; the blank lines before it go with it
        while (p > top && u.get(p - 1) instanceof Unit.Space) p--;
        // only a float with its text above it in this column: one that another float brought here stays
        if (p == top || !(u.get(p - 1) instanceof Unit.Text t) || t.kind() == Unit.Kind.CAPTION) return k;
        int e = defer(u, from, cap, p, f, end, nextCap);
        return e < 0 ? k : e;
    }

    /**
     * Fills what is left of a column after the text that ends at {@code p} with the units after the float [f, end): the
     * float goes to the next column's top, and so does a further float that the text passes (in order, when all fit
     * there). Returns the column's new end, or -1 when no text can fill it.
     */
    private static int defer(List<Unit> u, int from, int cap, int p, int f, int end, int nextCap) {
        int after = skipSpace(u, end);
        // what may fill the column, in order, and the floats it passes: {position in cand, first unit (its blank lines
        // before), the float, end (after its blank lines after)}
        List<Integer> cand = new java.util.ArrayList<>();
        List<int[]> passed = new java.util.ArrayList<>();
        int queued = lines(u, f, after);
        int stop = u.size(); // the float the text does not pass
        int i = after;
        while (i < u.size()) {
            if (!isFloat(u.get(i))) {
                cand.add(i++);
                continue;
            }
            int before = cand.size();
            while (before > 0 && u.get(cand.get(before - 1)) instanceof Unit.Space) before--;
            int gFrom = before < cand.size() ? cand.get(before) : i;
            int gEnd = floatEnd(u, i);
            int gAfter = skipSpace(u, gEnd);
            // in the next column it follows the blank lines after the float before it (its own before go to the top,
            // where they are dropped); its blank lines after it may fall at the column's foot
            int gLines = lines(u, i, gAfter);
            // a table longer than a column passes when its first part can start after the queue (its 续表 in the
            // column after that); nothing passes it then, the queue being longer than the column
            if (queued + lines(u, i, gEnd) > nextCap && !continuesAfter(u, i, nextCap - queued, nextCap)) {
                stop = i;
                break;
            }
            cand.subList(before, cand.size()).clear();
            passed.add(new int[] {cand.size(), gFrom, i, gAfter, gLines});
            queued += gLines;
            i = gAfter;
        }
        int moved;
        int np;
        for (int limit = cand.size(); ; ) {
            // this column as it would be with that text in the float's place; the float it does not pass stops it
            List<Unit> trial = new java.util.ArrayList<>(u.subList(from, p));
            for (int j = 0; j < limit; j++) trial.add(u.get(cand.get(j)));
            if (limit < cand.size() || stop < u.size()) trial.add(new Unit.Space(Integer.MAX_VALUE / 4, u.get(f).articleId()));
            int e = fill(trial, 0, cap, true);
            moved = e - (p - from);
            if (moved <= 0 || height(trial, p - from, e) == 0) return -1;
            np = 0;
            int queue = lines(u, f, after);
            while (np < passed.size() && passed.get(np)[0] < moved) queue += passed.get(np++)[4];
            // the first float that stays: is text left before it, or must it find room after the queue?
            int upTo = np < passed.size() ? passed.get(np)[0] : cand.size();
            int g = np < passed.size() ? passed.get(np)[2] : stop;
            boolean textLeft = false;
            int spaces = 0;
            for (int j = moved; j < upTo; j++) {
                textLeft |= u.get(cand.get(j)) instanceof Unit.Text;
                spaces += u.get(cand.get(j)).height();
            }
            if (textLeft || g >= u.size()) break;
            // all the text before it moves up: it must still find room after the floats in the next column, or it
            // would be two columns from the text before it; else some of that text stays behind
            int gFrom = np < passed.size() ? passed.get(np)[1] : g;
            if (queue + spaces + lines(u, gFrom, leadEnd(u, g, u.size())) <= nextCap) break;
            // a table longer than a column starts there and goes on as 续表
            if (continuesAfter(u, g, nextCap - queue - spaces - lines(u, gFrom, g), nextCap)) break;
            limit = moved - 1;
            while (limit > 0 && !(u.get(cand.get(limit)) instanceof Unit.Text)) limit--;
            if (limit <= 0) return -1;
        }
        // the new order from p: the text that fills the column, then the floats for the next column's top (the blank
        // lines before the first are dropped there), then the rest as it was
        List<Integer> order = new java.util.ArrayList<>(cand.subList(0, moved));
        range(order, p, f);
        for (int[] g : passed.subList(0, np)) range(order, g[1], g[2]);
        range(order, f, after);
        for (int[] g : passed.subList(0, np)) range(order, g[2], g[3]);
        boolean[] placed = new boolean[u.size()];
        for (int j : order) placed[j] = true;
        for (int j = p; j < u.size(); j++) if (!placed[j]) order.add(j);
        List<Unit> units = order.stream().map(u::get).toList();
        for (int j = 0; j < units.size(); j++) u.set(p + j, units.get(j));
        return p + moved;
    }

    private static void range(List<Integer> order, int from, int to) {
        for (int j = from; j < to; j++) order.add(j);
    }

    /** The end (exclusive) of the float's first part at {@code f}: up to where a column may break, before {@code end}. */
    private static int leadEnd(List<Unit> u, int f, int end) {
        int lead = f;
        while (lead < end - 1 && !canBreakAfter(u, lead)) lead++;
        return lead + 1;
    }

    /**
     * May the table at {@code g}, longer than a column, start in the {@code room} lines left of a column and go on as
     * 续表 in the next, of {@code nextCap} lines?
     */
    private static boolean continuesAfter(List<Unit> u, int g, int room, int nextCap) {
        return room > 0 && u.get(g) instanceof Unit.Inset in && in.split() != null && parted(u, g)
                && in.split().parts(room, nextCap) != null;
    }

    /** Is the float at {@code f} a table in more than one part (longer than a column)? */
    private static boolean parted(List<Unit> u, int f) {
        int end = floatEnd(u, f);
        for (int i = f + 1; i < end; i++) if (u.get(i) instanceof Unit.Inset) return true;
        return false;
    }

    /** Lines the units [from, to) take, blank lines at the start counted. */
    private static int lines(List<Unit> u, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h += u.get(i).height();
        return h;
    }

    /** A table part or an image: matter that may float to the next column's top. */
    static boolean isFloat(Unit x) {
        return x instanceof Unit.Inset || x instanceof Unit.Figure;
    }

    /** Is unit {@code f} where a table or an image begins (not a 续表 part after its first)? */
    static boolean startsFloat(List<Unit> u, int f) {
        if (!isFloat(u.get(f))) return false;
        int b = f - 1;
        while (b >= 0 && u.get(b) instanceof Unit.Space) b--;
        return b < 0 || !sameFloat(u.get(f), u.get(b));
    }

    /** The end (exclusive) of the float that begins at {@code f}: an image and its caption, a table and its 续表 parts. */
    static int floatEnd(List<Unit> u, int f) {
        Unit first = u.get(f);
        int j = f + 1;
        while (j < u.size()) {
            Unit x = u.get(j);
            if (x instanceof Unit.Text t && t.kind() == Unit.Kind.CAPTION && sameFloat(first, x)) {
                j++;
            } else if (x instanceof Unit.Inset && sameFloat(first, x)) {
                j++;
            } else if (x instanceof Unit.Space) {
                int n = skipSpace(u, j);
                if (n < u.size() && u.get(n) instanceof Unit.Inset && sameFloat(first, u.get(n))) j = n;
                else break;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean sameFloat(Unit a, Unit b) {
        return a.articleId().equals(b.articleId()) && block(a) >= 0 && block(a) == block(b);
    }

    private static int block(Unit x) {
        if (x instanceof Unit.Text t) return t.block();
        if (x instanceof Unit.Figure f) return f.block();
        if (x instanceof Unit.Inset in) return in.block();
        return -1;
    }

    /** Lines the units [from, to) take in a column (blank lines at its top dropped). */
    public static int height(List<Unit> u, int from, int to) {
        int h = 0;
        for (int i = skipSpace(u, from); i < to; i++) h += u.get(i).height();
        return h;
    }

    /**
     * The shortest equal column height (≤ cap) at which {@code cols} columns take all units from
     * {@code from}: the balanced last page of an article. Null when they do not fit at cap. A table or an image
     * may float to the top of the next column as in {@link #fill(List, int, int, int)}; the balance then holds
     * the units in their new order.
     */
    public static Balance balance(List<Unit> u, int from, int cap, int cols) {
        if (skipSpace(u, from) >= u.size()) {
            int[] none = new int[cols];
            java.util.Arrays.fill(none, u.size());
            return new Balance(0, none, u);
        }
        // the shortest height where every column breaks where the rules allow; failing that, the shortest at all
        Balance b = balance(u, from, cap, cols, true);
        return b != null ? b : balance(u, from, cap, cols, false);
    }

    private static Balance balance(List<Unit> u, int from, int cap, int cols, boolean strict) {
        int total = height(u, from, u.size());
        boolean floats = false;
        for (int i = from; i < u.size() && !floats; i++) floats = isFloat(u.get(i));
        // tables and images that head the page have their text on the page before: they stay in the first column
        int head = 0;
        for (int i = skipSpace(u, from); i < u.size() && isFloat(u.get(i)); i = skipSpace(u, floatEnd(u, i))) {
            head = height(u, from, floatEnd(u, i));
        }
        for (int h = Math.max(Math.max(1, head), (total + cols - 1) / cols); h <= cap; h++) {
            List<Unit> w = floats ? new java.util.ArrayList<>(u) : u;
            int[] ends = new int[cols];
            int pos = from;
            for (int c = 0; c < cols && pos >= 0; c++) {
                pos = floats ? fill(w, pos, h, c < cols - 1 ? h : 0, strict) : fill(w, pos, h, strict);
                ends[c] = pos;
            }
            if (pos >= w.size()) return new Balance(h, ends, w);
        }
        return null;
    }

    /** Balanced columns: their height in lines, the end index of each column, and the units in the order set. */
    public record Balance(int height, int[] ends, List<Unit> units) {}
}
