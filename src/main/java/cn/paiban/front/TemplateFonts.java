package cn.paiban.front;

import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import cn.paiban.font.FontException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * Gives Flying Saucer the body's fonts, under the family names a template's CSS uses: the first face of
 * each FontBook role, by its name ("Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Sans CJK SC Bold",
 * "LXGW WenKai"). The PDF side gets the very OpenPDF fonts the body measures and prints with (face 2 of the
 * collection: the SC face of Noto CJK; face 0 would be the Japanese one), so a front page drawn into the
 * issue's PDF adds its glyphs to the body's one subset of each face.
 * The raster side gets the same face through AWT, so the preview shows the letterforms that print.
 */
final class TemplateFonts {
    private static final Map<Face, Font> AWT_FACES = new ConcurrentHashMap<>();

    private final Map<String, Face> families = new LinkedHashMap<>();
    private final FontBook book;

    TemplateFonts(FontBook book) {
        this.book = book;
        for (String role : book.roleNames()) {
            Face f = book.primary(role);
            families.putIfAbsent(f.name(), f);
        }
    }

    Map<String, Face> families() { return Map.copyOf(families); }

    /** The faces given to Flying Saucer, in the order of the book's roles. */
    List<Face> faces() { return List.copyOf(families.values()); }

    void registerPdf(ITextFontResolver resolver) {
        for (var e : families.entrySet()) {
            try {
                resolver.addFont(book.metrics(e.getValue()).baseFont(), e.getValue().pdfName(), e.getKey());
            } catch (RuntimeException ex) {
                throw new FontException("cannot give " + e.getValue().file() + " face " + e.getValue().index()
                        + " to the template renderer: " + ex.getMessage(), ex);
            }
        }
    }

    void registerRaster(SharedContext ctx) {
        for (var e : families.entrySet()) ctx.setFontMapping(e.getKey(), awt(e.getValue()));
    }

    private static Font awt(Face face) {
        return AWT_FACES.computeIfAbsent(face, f -> {
            try {
                Font[] all = Font.createFonts(f.file().toFile());
                if (f.index() >= all.length) {
                    throw new FontException(f.file() + " has " + all.length + " faces, not face " + f.index());
                }
                return all[f.index()];
            } catch (IOException | FontFormatException ex) {
                throw new FontException("cannot read " + f.file() + " for the preview: " + ex.getMessage(), ex);
            }
        });
    }

    /** The code points of {@code text} that {@code face} lacks (Flying Saucer would drop them silently). */
    static List<Integer> missing(FontBook book, Face face, String text) {
        return text.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000)
                .filter(cp -> !book.metrics(face).covers(cp)).distinct().boxed().toList();
    }
}
