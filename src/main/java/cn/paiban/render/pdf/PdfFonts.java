package cn.paiban.render.pdf;

import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import com.lowagie.text.pdf.BaseFont;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpenPDF fonts of one export: the very BaseFonts the layout measured with (from the FontBook), embedded
 * and subset. OpenPDF names a subset with a random six-letter prefix; seeding that per face keeps two exports
 * of one issue byte-identical.
 */
final class PdfFonts {
    private final FontBook book;
    private final Map<Face, BaseFont> used = new LinkedHashMap<>();

    PdfFonts(FontBook book) {
        this.book = book;
    }

    BaseFont font(Face face) {
        return used.computeIfAbsent(face, f -> {
            BaseFont bf = book.metrics(f).baseFont();
            bf.setSubset(true);
            bf.setSecureRandom(seeded(f));
            return bf;
        });
    }

    boolean covers(Face face, int codePoint) { return book.metrics(face).covers(codePoint); }

    /** Advance of {@code codePoint} in 1/1000 em: the FontBook's cached width, the very one OpenPDF writes. */
    int advance(Face face, int codePoint) { return book.metrics(face).advance(codePoint); }

    /** Advance of glyph {@code gid} (a GSUB form) in 1/1000 em. */
    int glyphAdvance(Face face, int gid) { return book.metrics(face).glyphAdvance(gid); }

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
