package com.lowagie.text.pdf;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * A Unicode cmap of format 4 or 12 as OpenPDF's {@code TrueTypeFont.readFormat4/readFormat12} would read it, kept as
 * the table's own segments instead of a boxed map of 30,000–65,000 entries per face: looking a code point up
 * searches the segments and answers the same {glyph, width} pair the map would hold. Reading a CJK face's two
 * Unicode cmaps into maps was most of its parse time (and the tens of MB of small objects every young collection
 * of a cold export copied).
 *
 * <p>It is still the {@code HashMap} OpenPDF's fields expect. Only {@link #get}, {@link #getOrDefault} and
 * {@link #containsKey} answer from the segments; any other use (iterating, size, a change) first fills the map
 * with exactly the entries, in exactly the order, OpenPDF's reader puts, and from then on it is that map. A
 * table whose segments are not ascending and disjoint is filled at once, so lookups never differ from OpenPDF's.
 */
final class CompactCmap extends HashMap<Integer, int[]> {
    private static final long serialVersionUID = 1L;

    /** Segments as read: first and last code, and (format 12) the first glyph or (format 4) the delta. */
    private final int[] first, last, glyphOrDelta;
    /** Format 4 only: the idRangeOffset of each segment and the glyph id array (null for format 12). */
    private final int[] rangeOffset, glyphIds;
    private final transient IntUnaryOperator width;
    /** The segments that map anything, ascending (when the table is filled at once, unused). */
    private final int[] used;
    private volatile boolean full;

    private CompactCmap(int[] first, int[] last, int[] glyphOrDelta, int[] rangeOffset, int[] glyphIds,
            IntUnaryOperator width) {
        this.first = first;
        this.last = last;
        this.glyphOrDelta = glyphOrDelta;
        this.rangeOffset = rangeOffset;
        this.glyphIds = glyphIds;
        this.width = width;
        int n = 0;
        for (int k = 0; k < first.length; k++) if (first[k] <= top(k)) n++;
        used = new int[n];
        for (int k = 0, i = 0; k < first.length; k++) if (first[k] <= top(k)) used[i++] = k;
        if (!ascendingAndDisjoint()) fill();
    }

    /**
     * Format 12 whose subtable starts at {@code at} of {@code t} (at its format field), or null when the bytes do
     * not hold what OpenPDF's reader would take without failing (then that reader should read it, and fail alike).
     */
    static CompactCmap format12(byte[] t, int at, IntUnaryOperator width) {
        if (at + 16 > t.length || at < 0) return null;
        long groups = u32(t, at + 12);
        if (groups < 0 || groups > (t.length - at - 16) / 12) return null;
        int n = (int) groups;
        int[] first = new int[n], last = new int[n], glyph = new int[n];
        for (int k = 0, p = at + 16; k < n; k++, p += 12) {
            first[k] = (int) u32(t, p);
            last[k] = (int) u32(t, p + 4);
            glyph[k] = (int) u32(t, p + 8);
            // OpenPDF would fail on a negative glyph (its width lookup), or run out of memory on a vast group
            if (first[k] <= last[k] && (glyph[k] < 0 || first[k] < 0 || last[k] - (long) first[k] > 0x110000)) return null;
        }
        return new CompactCmap(first, last, glyph, null, null, width);
    }

    /** Format 4 whose subtable starts at {@code at} of {@code t} (at its format field), or null as for format 12. */
    static CompactCmap format4(byte[] t, int at, IntUnaryOperator width) {
        if (at + 14 > t.length || at < 0) return null;
        int length = u16(t, at + 2);
        int segCount = u16(t, at + 6) / 2;
        int glyphCount = length / 2 - 8 - segCount * 4;
        int ends = at + 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount,
                offsets = deltas + 2 * segCount, ids = offsets + 2 * segCount;
        if (glyphCount < 0 || ids + 2L * glyphCount > t.length) return null;
        int[] first = new int[segCount], last = new int[segCount], delta = new int[segCount], ro = new int[segCount];
        for (int k = 0; k < segCount; k++) {
            last[k] = u16(t, ends + 2 * k);
            first[k] = u16(t, starts + 2 * k);
            delta[k] = u16(t, deltas + 2 * k);
            ro[k] = u16(t, offsets + 2 * k);
            // OpenPDF's reader indexes the glyph array below 0 here, and fails
            if (ro[k] != 0 && first[k] <= last[k] && first[k] != 0xFFFF && k + ro[k] / 2 - segCount < 0) return null;
        }
        int[] glyphIds = new int[glyphCount];
        for (int k = 0; k < glyphCount; k++) glyphIds[k] = u16(t, ids + 2 * k);
        return new CompactCmap(first, last, delta, ro, glyphIds, width);
    }

    private boolean format4() { return glyphIds != null; }

    /** The last code a segment gives an entry for: format 4 never maps 0xFFFF. */
    private int top(int k) { return format4() ? Math.min(last[k], 0xFFFE) : last[k]; }

    private boolean ascendingAndDisjoint() {
        long previous = Long.MIN_VALUE;
        for (int k = 0; k < first.length; k++) {
            if (first[k] > top(k)) continue;   // an empty segment adds nothing
            if (first[k] <= previous) return false;
            previous = top(k);
        }
        return true;
    }

    /** The glyph segment {@code k} gives code {@code c}, or -1 where OpenPDF's reader puts no entry. */
    private int glyph(int k, int c) {
        if (!format4()) return glyphOrDelta[k] + (c - first[k]);
        if (rangeOffset[k] == 0) return (c + glyphOrDelta[k]) & 0xFFFF;
        int idx = k + rangeOffset[k] / 2 - first.length + c - first[k];
        if (idx >= glyphIds.length) return -1;
        return (glyphIds[idx] + glyphOrDelta[k]) & 0xFFFF;
    }

    /** The glyph of code {@code c} by the segments, or -1. */
    private int lookUp(int c) {
        int lo = 0, hi = used.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1, k = used[mid];
            if (top(k) < c) lo = mid + 1;
            else if (first[k] > c) hi = mid - 1;
            else return glyph(k, c);
        }
        return -1;
    }

    /** Hears each code and its glyph, in code order, without filling the map. */
    void forEachGlyph(CachedSubsetFont.CmapEntry to) {
        if (full) {
            super.forEach((c, m) -> to.accept(c, m[0]));
            return;
        }
        for (int k = 0; k < first.length; k++) {
            for (int c = first[k], top = top(k); c <= top && c >= first[k]; c++) {
                int g = glyph(k, c);
                if (g >= 0) to.accept(c, g);
            }
        }
    }

    /** Puts every entry as OpenPDF's readFormat4/readFormat12 puts them, in their order. */
    private synchronized void fill() {
        if (full) return;
        for (int k = 0; k < first.length; k++) {
            if (format4()) {
                for (int j = first[k]; j <= last[k] && j != 0xFFFF; ++j) {
                    int g = glyph(k, j);
                    if (g >= 0) super.put(j, new int[] {g, width.applyAsInt(g)});
                }
            } else {
                int g = glyphOrDelta[k];
                for (int i = first[k]; i <= last[k]; i++) {
                    super.put(i, new int[] {g, width.applyAsInt(g)});
                    g++;
                }
            }
        }
        full = true;
    }

    private static int u16(byte[] t, int at) { return (t[at] & 0xff) << 8 | (t[at + 1] & 0xff); }

    private static long u32(byte[] t, int at) { return (long) u16(t, at) << 16 | u16(t, at + 2); }

    // ---- the map: lookups answer from the segments, everything else from the filled map ----

    @Override
    public int[] get(Object key) {
        if (full) return super.get(key);
        if (!(key instanceof Integer c)) return null;
        int g = lookUp(c);
        return g < 0 ? null : new int[] {g, width.applyAsInt(g)};
    }

    @Override
    public int[] getOrDefault(Object key, int[] otherwise) {
        int[] m = get(key);
        return m != null || full && super.containsKey(key) ? m : otherwise;
    }

    @Override
    public boolean containsKey(Object key) {
        if (full) return super.containsKey(key);
        return key instanceof Integer c && lookUp(c) >= 0;
    }

    @Override
    public int size() { fill(); return super.size(); }

    @Override
    public boolean isEmpty() { fill(); return super.isEmpty(); }

    @Override
    public boolean containsValue(Object value) { fill(); return super.containsValue(value); }

    @Override
    public Set<Integer> keySet() { fill(); return super.keySet(); }

    @Override
    public Collection<int[]> values() { fill(); return super.values(); }

    @Override
    public Set<Map.Entry<Integer, int[]>> entrySet() { fill(); return super.entrySet(); }

    @Override
    public void forEach(BiConsumer<? super Integer, ? super int[]> action) { fill(); super.forEach(action); }

    @Override
    public int[] put(Integer key, int[] value) { fill(); return super.put(key, value); }

    @Override
    public void putAll(Map<? extends Integer, ? extends int[]> m) { fill(); super.putAll(m); }

    @Override
    public int[] remove(Object key) { fill(); return super.remove(key); }

    @Override
    public boolean remove(Object key, Object value) { fill(); return super.remove(key, value); }

    @Override
    public void clear() { fill(); super.clear(); }

    @Override
    public int[] putIfAbsent(Integer key, int[] value) { fill(); return super.putIfAbsent(key, value); }

    @Override
    public boolean replace(Integer key, int[] oldValue, int[] newValue) { fill(); return super.replace(key, oldValue, newValue); }

    @Override
    public int[] replace(Integer key, int[] value) { fill(); return super.replace(key, value); }

    @Override
    public int[] computeIfAbsent(Integer key, Function<? super Integer, ? extends int[]> f) {
        fill();
        return super.computeIfAbsent(key, f);
    }

    @Override
    public int[] computeIfPresent(Integer key, BiFunction<? super Integer, ? super int[], ? extends int[]> f) {
        fill();
        return super.computeIfPresent(key, f);
    }

    @Override
    public int[] compute(Integer key, BiFunction<? super Integer, ? super int[], ? extends int[]> f) {
        fill();
        return super.compute(key, f);
    }

    @Override
    public int[] merge(Integer key, int[] value, BiFunction<? super int[], ? super int[], ? extends int[]> f) {
        fill();
        return super.merge(key, value, f);
    }

    @Override
    public void replaceAll(BiFunction<? super Integer, ? super int[], ? extends int[]> f) { fill(); super.replaceAll(f); }

    @Override
    public Object clone() { fill(); return super.clone(); }

    @Override
    public boolean equals(Object o) { fill(); return super.equals(o); }

    @Override
    public int hashCode() { fill(); return super.hashCode(); }

    @Override
    public String toString() { fill(); return super.toString(); }
}
