package cn.paiban.render.pdf;

import cn.paiban.display.Item.GlyphRun;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.GlyphShow;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTextArray;
import java.util.ArrayList;
import java.util.List;

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

    /** A glyph shown by id: displacement before it (TJ units), glyph, advance (1/1000 em), what it reads as. */
    private record Form(float displacement, int gid, int width, int codePoint, String actualText) {}

    /**
     * Shows {@code run} at PDF position ({@code x}, {@code baseline}) in points. Code points the face lacks are
     * skipped (the later glyphs keep their place) and added to {@code missing}.
     */
    static void show(PdfContentByte cb, GlyphRun run, BaseFont bf, float x, float baseline, PdfFonts fonts,
            List<Integer> missing) {
        double size = run.size() / 1000.0;
        int[] xs = run.xs();
        List<Object> pieces = new ArrayList<>(); // PdfTextArray or Form, in order
        PdfTextArray tj = new PdfTextArray();
        // Glyphs between two displacements go in as one string: PdfTextArray joins strings added one by one
        // by copying the whole run each time.
        StringBuilder segment = new StringBuilder();
        double pen = 0;                                   // where the PDF pen is, in points from x
        int i = 0;
        boolean any = false, inTj = false;
        String text = run.text();
        for (int off = 0; off < text.length(); i++) {
            int cp = text.codePointAt(off);
            int len = Character.charCount(cp);
            int gid = run.glyph(i);
            if (gid < 0 || !fonts.covers(run.face(), cp)) {
                if (gid >= 0) missing.add(cp); // gid < 0: drawn by the ligature before it
                off += len;
                continue;
            }
            double target = xs[i] / 1000.0;
            double shift = target - pen;
            double units = Math.round(-shift * 1000 / size / STEP) * STEP;   // TJ: negative moves right
            if (gid > 0) {
                if (segment.length() > 0) tj.add(segment.toString());
                segment.setLength(0);
                if (inTj) pieces.add(tj);
                tj = new PdfTextArray();
                inTj = false;
                int end = off + len;
                for (int k = i + 1; end < text.length() && run.glyph(k) < 0; k++) end += Character.charCount(text.codePointAt(end));
                int width = fonts.glyphAdvance(run.face(), gid);
                pieces.add(new Form((float) units, gid, width, cp, text.substring(off, end)));
                pen -= units * size / 1000;
                pen += width * size / 1000;
                any = true;
                off += len;
                continue;
            }
            if (units != 0) {
                if (segment.length() > 0) {
                    tj.add(segment.toString());
                    segment.setLength(0);
                }
                tj.add((float) units);
                pen -= units * size / 1000;
            }
            segment.append(text, off, off + len);
            inTj = true;
            pen += fonts.advance(run.face(), cp) * size / 1000;
            any = true;
            off += len;
        }
        if (!any) return;
        if (segment.length() > 0) tj.add(segment.toString());
        if (inTj) pieces.add(tj);
        cb.beginText();
        cb.setFontAndSize(bf, (float) size);
        cb.setTextMatrix(x, baseline);
        for (Object p : pieces) {
            if (p instanceof PdfTextArray a) {
                cb.showText(a);
            } else if (p instanceof Form f) {
                PdfDictionary span = new PdfDictionary();
                span.put(PdfName.ACTUALTEXT, new PdfString(f.actualText(), PdfObject.TEXT_UNICODE));
                cb.beginMarkedContentSequence(PdfName.SPAN, span, true);
                GlyphShow.show(cb, f.displacement(), f.gid(), f.width(), f.codePoint());
                cb.endMarkedContentSequence();
            }
        }
        cb.endText();
    }
}
