package cn.paiban.font;

import com.lowagie.text.pdf.BaseFont;

/**
 * Advance widths and coverage of one face, read through OpenPDF from the very file the PDF embeds,
 * so layout and output cannot disagree. Widths are in 1/1000 em.
 */
public final class FaceMetrics {
    private static final int UNKNOWN = 0, ABSENT = -1;
    private final Face face;
    private final BaseFont baseFont;
    /** BMP cache: width + 1, or ABSENT; OpenPDF's own lookup boxes and hashes on every call. */
    private final int[] bmp = new int[0x10000];
    private volatile GlyphForms forms;

    FaceMetrics(Face face, BaseFont baseFont) {
        this.face = face;
        this.baseFont = baseFont;
    }

    public Face face() { return face; }

    /** The OpenPDF font, for the PDF renderer (which must embed the same face). */
    public BaseFont baseFont() { return baseFont; }

    public boolean covers(int codePoint) { return lookup(codePoint) != ABSENT; }

    /** The face's Chinese glyph forms (GSUB locl zh-Hans, fwid, ccmp), read on first use. */
    public GlyphForms forms() {
        GlyphForms f = forms;
        if (f == null) {
            synchronized (this) {
                f = forms;
                if (f == null) {
                    f = baseFont instanceof com.lowagie.text.pdf.CachedSubsetFont c ? GlyphForms.read(c) : GlyphForms.NONE;
                    forms = f;
                }
            }
        }
        return f;
    }

    /** Advance of glyph {@code gid} (a GSUB form) in 1/1000 em. */
    public int glyphAdvance(int gid) {
        synchronized (baseFont) {
            return forms().advance(gid);
        }
    }

    /** Advance of {@code codePoint} in 1/1000 em; 0 for a character the face lacks. */
    public int advance(int codePoint) {
        int v = lookup(codePoint);
        return v == ABSENT ? 0 : v - 1;
    }

    /** Cached width + 1 or ABSENT. Racing threads compute the same value, so the int array needs no lock. */
    private int lookup(int codePoint) {
        if (codePoint < 0 || codePoint >= bmp.length) return read(codePoint);
        int v = bmp[codePoint];
        if (v == UNKNOWN) {
            v = read(codePoint);
            bmp[codePoint] = v;
        }
        return v;
    }

    private int read(int codePoint) {
        synchronized (baseFont) { // BaseFont is not documented as thread-safe
            return baseFont.charExists(codePoint) ? baseFont.getWidth(codePoint) + 1 : ABSENT;
        }
    }

    /** Advance in millipoints at {@code sizeMpt} (a size in millipoints). */
    public int advance(int codePoint, int sizeMpt) {
        return (int) Math.round(advance(codePoint) * (long) sizeMpt / 1000.0);
    }
}
