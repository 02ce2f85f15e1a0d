package com.lowagie.text.pdf;

import java.util.BitSet;
import java.util.HashMap;

/**
 * Writes one TJ array of glyphs and displacements straight into a content stream, in the font and size last set:
 * each glyph as the two bytes of its id (Identity-H), entered in the font's glyph map with the code point it stands
 * for, exactly as OpenPDF's {@code showText(PdfTextArray)} writes a string of that font (the first code point of a
 * glyph names it in ToUnicode, strings as escaped literals, numbers as OpenPDF formats them), but without making a
 * String, a byte array through a charset, and a boxed map entry per glyph. Paiban's renderer knows each glyph id
 * already (from its own per-face table); going through OpenPDF's text conversion was most of a warm export's time.
 *
 * <p>It lives in OpenPDF's package because the glyph map of the font in use and the content buffer are
 * package-private. One writer per content byte at a time; not thread-safe.
 */
public final class GlyphText {
    private final PdfContentByte cb;
    private final ByteBuffer content;
    private final HashMap<Integer, int[]> glyphMap;
    private final BitSet entered;
    private byte[] run = new byte[64];
    private int runLength;
    private boolean open;
    private boolean lastWasNumber;

    private GlyphText(PdfContentByte cb, HashMap<Integer, int[]> glyphMap, BitSet entered) {
        this.cb = cb;
        this.content = cb.content;
        this.glyphMap = glyphMap;
        this.entered = entered;
    }

    /**
     * A writer for the font set last on {@code cb}, which must be an Identity-H TrueType/OpenType font.
     * {@code entered}: the glyphs the caller's writers have entered in this font's glyph map in this document
     * (kept across runs, so the map is asked once per glyph, not once per use).
     */
    public static GlyphText of(PdfContentByte cb, BitSet entered) {
        FontDetails fd = cb.state.fontDetails;
        if (fd == null) throw new IllegalStateException("font and size must be set before showing glyphs");
        if (fd.longTag == null) throw new IllegalStateException("glyph ids need an Identity-H TrueType/OpenType font");
        return new GlyphText(cb, fd.longTag, entered);
    }

    /** A displacement before the next glyph, in thousandths of the font size (negative moves right); 0 writes nothing. */
    public void displace(float units) {
        if (units == 0) return;
        begin();
        flushRun();
        if (lastWasNumber) content.append(' ');
        content.append(units);
        lastWasNumber = true;
    }

    /** Glyph {@code gid}, {@code width} its advance in 1/1000 em, standing for {@code codePoint}. */
    public void glyph(int gid, int width, int codePoint) {
        begin();
        if (!entered.get(gid)) {   // the first use names the glyph, whoever entered it (a front page's text too)
            entered.set(gid);
            glyphMap.putIfAbsent(gid, new int[] {gid, width, codePoint});
        }
        if (runLength + 2 > run.length) run = java.util.Arrays.copyOf(run, run.length * 2);
        run[runLength++] = (byte) (gid >> 8);
        run[runLength++] = (byte) gid;
        lastWasNumber = false;
    }

    /** Ends the TJ array begun by the first glyph or displacement (nothing when there was none). */
    public void end() {
        if (!open) return;
        flushRun();
        content.append("]TJ").append_i(cb.separator);
        open = false;
        lastWasNumber = false;
    }

    private void begin() {
        if (open) return;
        content.append("[");
        open = true;
    }

    /** The glyphs since the last displacement, as one escaped literal string (as OpenPDF joins a run of strings). */
    private void flushRun() {
        if (runLength == 0) return;
        content.append_i('(');
        for (int i = 0; i < runLength; i++) {
            int c = run[i];
            switch (c) {
                case '\r' -> content.append("\\r");
                case '\n' -> content.append("\\n");
                case '\t' -> content.append("\\t");
                case '\b' -> content.append("\\b");
                case '\f' -> content.append("\\f");
                case '(', ')', '\\' -> content.append_i('\\').append_i(c);
                default -> content.append_i(c);
            }
        }
        content.append_i(')');
        runLength = 0;
    }
}
