package cn.paiban.text;

import cn.paiban.font.Face;
import java.util.List;

/**
 * A paragraph measured once, ready for any breaker: per glyph its set box, per gap between glyphs its
 * width, flexibility and break permission, with prefix sums so that the width of any candidate line is
 * O(1). Punctuation adjustment that depends only on neighbours (adjacent marks) lives in the gaps, which a
 * break drops; adjustment at line edges (line-end half width, trimmed opening) is applied per line.
 */
final class PreparedParagraph {
    final String text;
    final int n;
    final int em;
    final int[] offset, cp;
    /** Per glyph: 0 to draw the cmap's glyph, a glyph id (a GSUB form), or -1 where the ligature before covers it. */
    final int[] gid;
    final Face[] face;
    final CharKind[] kind;
    /** Set width mid-line, the glyph origin relative to the box's left edge, the font's own advance. */
    final int[] box, shift, advance;
    /** Blank a line start may trim from the left / a line end from the right. */
    final int[] startTrim, endTrim;
    /** Gap after glyph i: natural width (negative where adjacent marks compress), shrink, first-stage stretch. */
    final int[] gap, shrink, flex;
    /** Whether the gap after glyph i may take inter-character stretch. */
    final boolean[] charStretch;
    /**
     * Whether the gap after glyph i is a break opportunity inside a URL or e-mail address (after / . - _ …):
     * it stretches like a gap between characters, so a long address is never letter-spaced.
     */
    final boolean[] urlStretch;
    /** Whether a line may end after glyph i. */
    final boolean[] canBreak;
    final List<MissingGlyph> missing;
    /** Grid mode: Han characters on whole em cells (see {@link GridAligner}). */
    final boolean grid;
    /** Prefix sums over glyphs j < i: box+gap, shrink, flex, stretchable gaps. */
    final long[] sumWidth, sumShrink, sumFlex;
    final int[] sumStretchGaps, sumUrlGaps;
    /** contentEnd[b]: the end of a line broken at b once its trailing spaces are dropped. */
    final int[] contentEnd;

    PreparedParagraph(String text, int em, int[] offset, int[] cp, int[] gid, Face[] face, CharKind[] kind, int[] box, int[] shift,
                      int[] advance, int[] startTrim, int[] endTrim, int[] gap, int[] shrink, int[] flex, boolean[] charStretch,
                      boolean[] urlStretch, boolean[] canBreak, List<MissingGlyph> missing, boolean grid) {
        this.grid = grid;
        this.text = text;
        this.n = cp.length;
        this.em = em;
        this.offset = offset;
        this.cp = cp;
        this.gid = gid;
        this.face = face;
        this.kind = kind;
        this.box = box;
        this.shift = shift;
        this.advance = advance;
        this.startTrim = startTrim;
        this.endTrim = endTrim;
        this.gap = gap;
        this.shrink = shrink;
        this.flex = flex;
        this.charStretch = charStretch;
        this.urlStretch = urlStretch;
        this.canBreak = canBreak;
        this.missing = List.copyOf(missing);
        sumWidth = new long[n + 1];
        sumShrink = new long[n + 1];
        sumFlex = new long[n + 1];
        sumStretchGaps = new int[n + 1];
        sumUrlGaps = new int[n + 1];
        for (int i = 0; i < n; i++) {
            sumWidth[i + 1] = sumWidth[i] + box[i] + gap[i];
            sumShrink[i + 1] = sumShrink[i] + shrink[i];
            sumFlex[i + 1] = sumFlex[i] + flex[i];
            sumStretchGaps[i + 1] = sumStretchGaps[i] + (charStretch[i] ? 1 : 0);
            sumUrlGaps[i + 1] = sumUrlGaps[i] + (urlStretch[i] ? 1 : 0);
        }
        contentEnd = new int[n + 1];
        for (int b = 0; b <= n; b++) {
            int e = b;
            while (e > 0 && kind[e - 1] == CharKind.SPACE) e--;
            contentEnd[b] = e;
        }
    }

    /** Natural width of glyphs [a, e) set as one line; {@code trimStart} whether the line start trims. */
    long width(int a, int e, boolean trimStart) {
        if (e <= a) return 0;
        return sumWidth[e] - sumWidth[a] - gap[e - 1] - endTrim[e - 1] - (trimStart ? startTrim[a] : 0);
    }

    /**
     * Grid mode: the width of [a, e) once every Han character after the first is padded onto the next whole
     * em cell, the line's left edge {@code lead} (indent) being on a cell.
     */
    long gridWidth(int a, int e, long lead, boolean trimStart) {
        if (e <= a) return 0;
        long x = lead - (trimStart ? startTrim[a] : 0);
        for (int i = a; i < e; i++) {
            if (i > a) {
                x += box[i - 1] + gap[i - 1];
                if (kind[i] == CharKind.HAN) {
                    long r = Math.floorMod(x, em);
                    if (r != 0) x += em - r;
                }
            }
        }
        return x + box[e - 1] - endTrim[e - 1] - lead;
    }

    /** Total shrink of the gaps inside [a, e). */
    long shrink(int a, int e) { return e - 1 > a ? sumShrink[e - 1] - sumShrink[a] : 0; }

    long flex(int a, int e) { return e - 1 > a ? sumFlex[e - 1] - sumFlex[a] : 0; }

    int stretchGaps(int a, int e) { return e - 1 > a ? sumStretchGaps[e - 1] - sumStretchGaps[a] : 0; }

    /** Break opportunities inside addresses within [a, e): the gaps a line with no other stretchable gap stretches. */
    int urlGaps(int a, int e) { return e - 1 > a ? sumUrlGaps[e - 1] - sumUrlGaps[a] : 0; }

    /** How many gaps of [a, e) take inter-character stretch: between characters, and at an address's breaks. */
    int stretchableGaps(int a, int e) { return stretchGaps(a, e) + urlGaps(a, e); }

    /**
     * Weight of a gap between characters against a break opportunity inside an address: stretch goes to both,
     * but an address takes half a share, so www.mofcom.gov.cn/ does not read as words (gov. cn/).
     */
    static final int CHAR_WEIGHT = 2;

    /** The weight of gap i in inter-character stretch: {@link #CHAR_WEIGHT}, 1 at an address's break, else 0. */
    int stretchWeight(int i) { return charStretch[i] ? CHAR_WEIGHT : urlStretch[i] ? 1 : 0; }

    /** How far the widest gap of [a, e) opens when {@code rest} is spread over its gaps by weight; -1: no gap. */
    long widestStretch(int a, int e, long rest) {
        int chars = stretchGaps(a, e), urls = urlGaps(a, e);
        if (chars + urls == 0) return -1;
        long weight = (long) CHAR_WEIGHT * chars + urls;
        long unit = chars > 0 ? CHAR_WEIGHT : 1;
        return (rest * unit + weight - 1) / weight;
    }
}
