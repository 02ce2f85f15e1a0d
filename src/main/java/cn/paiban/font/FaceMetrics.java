package cn.paiban.font;

import com.lowagie.text.pdf.BaseFont;

/**
 * Advance widths and coverage of one face, read through OpenPDF from the very file the PDF embeds,
 * so layout and output cannot disagree. Widths are in 1/1000 em.
 */
public final class FaceMetrics {
    private final Face face;
    private final BaseFont baseFont;

    FaceMetrics(Face face, BaseFont baseFont) {
        this.face = face;
        this.baseFont = baseFont;
    }

    public Face face() { return face; }

    /** The OpenPDF font, for the PDF renderer (which must embed the same face). */
    public BaseFont baseFont() { return baseFont; }

    public boolean covers(int codePoint) { return baseFont.charExists(codePoint); }

    /** Advance of {@code codePoint} in 1/1000 em; 0 for a character the face lacks. */
    public int advance(int codePoint) { return covers(codePoint) ? baseFont.getWidth(codePoint) : 0; }

    /** Advance in millipoints at {@code sizeMpt} (a size in millipoints). */
    public int advance(int codePoint, int sizeMpt) {
        return (int) Math.round(advance(codePoint) * (long) sizeMpt / 1000.0);
    }
}
