package cn.paiban.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Outlines of glyphs by id, read through Java2D from the face's own file: for a renderer that can only draw text
 * by code point (JavaFX) and must still draw the forms the composer chose from a face's GSUB. Outlines are in
 * 1/1000 em with the origin on the baseline, y downwards.
 */
public final class GlyphOutlines {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private final Map<Face, Font> fonts = new ConcurrentHashMap<>();
    private final Map<Face, Map<Integer, Shape>> shapes = new ConcurrentHashMap<>();

    /** The outline of glyph {@code gid} of {@code face}, 1000 units to the em. */
    public Shape outline(Face face, int gid) {
        Font f = fonts.computeIfAbsent(face, GlyphOutlines::load);
        return shapes.computeIfAbsent(face, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(gid, g -> f.createGlyphVector(FRC, new int[] {g}).getGlyphOutline(0));
    }

    private static Font load(Face face) {
        Font[] all;
        try {
            all = Font.createFonts(face.file().toFile());
        } catch (FontFormatException | IOException e) {
            throw new FontException("Java2D cannot read font " + face.file() + ": " + e.getMessage(), e);
        }
        Font pick = face.index() < all.length && matches(all[face.index()], face) ? all[face.index()] : null;
        for (int i = 0; pick == null && i < all.length; i++) if (matches(all[i], face)) pick = all[i];
        if (pick == null) throw new FontException("no face '" + face.name() + "' (index " + face.index() + ") in " + face.file());
        return pick.deriveFont(1000f);
    }

    private static boolean matches(Font f, Face face) {
        String want = face.name().replace(" ", "").toLowerCase(Locale.ROOT);
        return f.getFamily(Locale.ROOT).replace(" ", "").toLowerCase(Locale.ROOT).equals(want)
                || f.getFontName(Locale.ROOT).replace(" ", "").toLowerCase(Locale.ROOT).startsWith(want);
    }
}
