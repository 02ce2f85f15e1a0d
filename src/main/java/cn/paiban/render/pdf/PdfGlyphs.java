package cn.paiban.render.pdf;

import cn.paiban.display.Item.GlyphRun;
import com.lowagie.text.pdf.GlyphShow;
import com.lowagie.text.pdf.GlyphText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import java.util.List;
import java.util.Map;

/**
 * Writes one glyph run as TJ arrays: the glyphs as text (so ToUnicode gives the characters back in order) with a
 * displacement before every glyph whose x differs from where the font's advance would put it. Displacements are
 * computed against the absolute x of each glyph, so rounding never accumulates.
 *
 * <p>A glyph the composer chose from the face's GSUB (the full-width dash; one 2-em rule for ——) is shown by its
 * id inside a marked-content span whose ActualText is the code points it stands for, so copying or extracting the
 * text still gives U+2014 U+2014; code points covered by such a ligature draw nothing.
 */
final class PdfGlyphs {
    /** TJ numbers are written with two decimals; at 10.5 pt that is 0.0001 pt. */
    private static final double STEP = 0.01;

    private PdfGlyphs() {}

    /**
     * Enters in {@code into} what {@link #show} enters in the font's glyph map for {@code run}, where the glyph is not
     * there yet: glyph id → {id, advance, the code point it stands for}, for the cmap's glyph of each code point the
     * face has and for each glyph the composer chose; nothing for a code point the face lacks.
     */
    static void collect(GlyphRun run, PdfFonts.Used face, Map<Integer, int[]> into) {
        String text = run.text();
        int i = 0;
        for (int off = 0; off < text.length(); i++) {
            int cp = text.codePointAt(off);
            off += Character.charCount(cp);
            int gid = run.glyph(i);
            long glyph = gid < 0 ? -1 : face.glyph(cp);
            if (glyph < 0) continue;
            if (gid > 0) {
                if (!into.containsKey(gid)) into.put(gid, new int[] {gid, face.metrics.glyphAdvance(gid), cp});
            } else {
                int id = PdfFonts.gid(glyph);
                if (!into.containsKey(id)) into.put(id, new int[] {id, PdfFonts.width(glyph), cp});
            }
        }
    }

    /**
     * Shows {@code run} at PDF position ({@code x}, {@code baseline}) in points. Code points the face lacks are
     * skipped (the later glyphs keep their place) and added to {@code missing}.
     */
    static void show(PdfContentByte cb, GlyphRun run, PdfFonts.Used face, float x, float baseline, List<Integer> missing) {
        double size = run.size() / 1000.0;
        int[] xs = run.xs();
        GlyphText tj = null;                              // the TJ array being written, once text has begun
        double pen = 0;                                   // where the PDF pen is, in points from x
        int i = 0;
        String text = run.text();
        for (int off = 0; off < text.length(); i++) {
            int cp = text.codePointAt(off);
            int len = Character.charCount(cp);
            int gid = run.glyph(i);
            long glyph = gid < 0 ? -1 : face.glyph(cp);
            if (glyph < 0) {
                if (gid >= 0) missing.add(cp); // gid < 0: drawn by the ligature before it
                off += len;
                continue;
            }
            if (tj == null) {
                cb.beginText();
                cb.setFontAndSize(face.font, (float) size);
                cb.setTextMatrix(x, baseline);
                tj = GlyphText.of(cb, face.entered);
            }
            double target = xs[i] / 1000.0;
            double shift = target - pen;
            double units = Math.round(-shift * 1000 / size / STEP) * STEP;   // TJ: negative moves right
            if (gid > 0) {
                int end = off + len;
                for (int k = i + 1; end < text.length() && run.glyph(k) < 0; k++) end += Character.charCount(text.codePointAt(end));
                int width = face.metrics.glyphAdvance(gid);
                tj.end();
                PdfDictionary span = new PdfDictionary();
                span.put(PdfName.ACTUALTEXT, new PdfString(text.substring(off, end), PdfObject.TEXT_UNICODE));
                cb.beginMarkedContentSequence(PdfName.SPAN, span, true);
                GlyphShow.show(cb, (float) units, gid, width, cp);
                cb.endMarkedContentSequence();
                pen -= units * size / 1000;
                pen += width * size / 1000;
                off += len;
                continue;
            }
            if (units != 0) {
                tj.displace((float) units);
                pen -= units * size / 1000;
            }
            tj.glyph(PdfFonts.gid(glyph), PdfFonts.width(glyph), cp);
            pen += face.metrics.advance(cp) * size / 1000;
            off += len;
        }
        if (tj == null) return;
        tj.end();
        cb.endText();
    }
}
