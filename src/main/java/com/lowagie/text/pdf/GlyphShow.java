package com.lowagie.text.pdf;

/**
 * Shows one glyph by its id (a form the font's GSUB chose, which no code point maps to through the cmap), in the
 * font and size last set on the content byte, and enters it in the font's glyph map with the code point it stands
 * for, so that the subset keeps it and ToUnicode names it. OpenPDF 2.0.5's own {@code showText(PdfGlyphArray)}
 * encodes glyph ids as UTF-16 code units (ids in the surrogate range come out wrong) and maps them to no
 * character; this writes the two bytes of the id.
 *
 * <p>It lives in OpenPDF's package because the glyph map of the font in use is package-private.
 */
public final class GlyphShow {
    private GlyphShow() {}

    /**
     * Writes {@code [displacement <gid>] TJ}: {@code displacement} in thousandths of the font size, negative to move
     * right, before the glyph. {@code width} is the glyph's advance in 1/1000 em; {@code codePoint} what it reads as.
     */
    public static void show(PdfContentByte cb, float displacement, int gid, int width, int codePoint) {
        FontDetails fd = cb.state.fontDetails;
        if (fd == null) throw new IllegalStateException("font and size must be set before showing a glyph");
        if (fd.longTag == null) throw new IllegalStateException("glyph ids need an Identity-H TrueType/OpenType font");
        fd.longTag.putIfAbsent(gid, new int[] {gid, width, codePoint});
        ByteBuffer content = cb.content;
        content.append("[");
        if (displacement != 0) content.append(displacement);
        PdfContentByte.escapeAndAppendString(new byte[] {(byte) (gid >> 8), (byte) gid}, content);
        content.append("]TJ").append_i(cb.separator);
    }
}
