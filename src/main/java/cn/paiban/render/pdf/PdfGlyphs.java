package cn.paiban.render.pdf;

import cn.paiban.display.Item.GlyphRun;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTextArray;
import java.util.List;

/**
 * Writes one glyph run as a single TJ: the glyphs as text (so ToUnicode gives the characters back in
 * order) with a displacement before every glyph whose x differs from where the font's advance would put it.
 * Displacements are computed against the absolute x of each glyph, so rounding never accumulates.
 */
final class PdfGlyphs {
    /** TJ numbers are written with two decimals; at 10.5 pt that is 0.0001 pt. */
    private static final double STEP = 0.01;

    private PdfGlyphs() {}

    /**
     * Shows {@code run} at PDF position ({@code x}, {@code baseline}) in points. Code points the face lacks are
     * skipped (the later glyphs keep their place) and added to {@code missing}.
     */
    static void show(PdfContentByte cb, GlyphRun run, BaseFont bf, float x, float baseline, PdfFonts fonts,
            List<Integer> missing) {
        double size = run.size() / 1000.0;
        int[] xs = run.xs();
        PdfTextArray tj = new PdfTextArray();
        // Glyphs between two displacements go in as one string: PdfTextArray joins strings added one by one
        // by copying the whole run each time.
        StringBuilder segment = new StringBuilder();
        double pen = 0;                                   // where the PDF pen is, in points from x
        int i = 0;
        boolean any = false;
        String text = run.text();
        for (int off = 0; off < text.length(); i++) {
            int cp = text.codePointAt(off);
            int len = Character.charCount(cp);
            if (!fonts.covers(run.face(), cp)) {
                missing.add(cp);
                off += len;
                continue;
            }
            double target = xs[i] / 1000.0;
            double shift = target - pen;
            double units = Math.round(-shift * 1000 / size / STEP) * STEP;   // TJ: negative moves right
            if (units != 0) {
                if (segment.length() > 0) {
                    tj.add(segment.toString());
                    segment.setLength(0);
                }
                tj.add((float) units);
                pen -= units * size / 1000;
            }
            segment.append(text, off, off + len);
            pen += fonts.advance(run.face(), cp) * size / 1000;
            any = true;
            off += len;
        }
        if (!any) return;
        if (segment.length() > 0) tj.add(segment.toString());
        cb.beginText();
        cb.setFontAndSize(bf, (float) size);
        cb.setTextMatrix(x, baseline);
        cb.showText(tj);
        cb.endText();
    }
}
