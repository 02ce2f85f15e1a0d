package cn.paiban.render.pdf;

import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import cn.paiban.font.FaceMetrics;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CachedSubsetFont;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpenPDF fonts of one export: the very BaseFonts the layout measured with (from the FontBook), embedded
 * and subset. OpenPDF names a subset with a random six-letter prefix; seeding that per face keeps two exports
 * of one issue byte-identical.
 */
final class PdfFonts {
    private final FontBook book;
    private final Map<Face, Used> used = new LinkedHashMap<>();
    /** The face asked for last: runs of one face follow each other, and a record's hash is not free. */
    private Used last;

    PdfFonts(FontBook book) {
        this.book = book;
    }

    /**
     * One face in this export: its OpenPDF font (embedded, subset, seeded prefix), its metrics, and the glyphs this
     * export has already entered in the font's glyph map.
     */
    static final class Used {
        final Face face;
        final BaseFont font;
        final FaceMetrics metrics;
        final BitSet entered = new BitSet();

        private Used(Face face, BaseFont font, FaceMetrics metrics) {
            this.face = face;
            this.font = font;
            this.metrics = metrics;
        }

        /**
         * The glyph id and width (1/1000 em) that OpenPDF's cmap gives {@code codePoint}, packed as {@link #gid} and
         * {@link #width} read them, or -1 when the face lacks it.
         */
        long glyph(int codePoint) {
            if (font instanceof CachedSubsetFont c) return c.glyphAndWidth(codePoint);
            throw new IllegalStateException(face.name() + " is not a font Paiban embeds");
        }
    }

    Used use(Face face) {
        Used u = last;
        if (u != null && u.face == face) return u;
        u = used.get(face);
        if (u == null) {
            FaceMetrics m = book.metrics(face);
            BaseFont bf = m.baseFont();
            bf.setSubset(true);
            bf.setSecureRandom(seeded(face));
            u = new Used(face, bf, m);
            used.put(face, u);
        }
        last = u;
        return u;
    }

    BaseFont font(Face face) { return use(face).font; }

    static int gid(long glyph) { return (int) (glyph >>> 32); }

    static int width(long glyph) { return (int) glyph; }

    /** Seeded before the font is written (at close): the same face gives the same prefix in every export. */
    private static SecureRandom seeded(Face f) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed((f.name() + "#" + f.index()).getBytes(StandardCharsets.UTF_8));
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is part of every Java 17 runtime", e);
        }
    }
}
