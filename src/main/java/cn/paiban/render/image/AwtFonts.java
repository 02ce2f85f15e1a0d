package cn.paiban.render.image;

import cn.paiban.font.Face;
import cn.paiban.font.FontException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Java2D fonts for the faces of the display list, read from the very files the layout measured (never the
 * fonts installed on the machine). {@code Font.createFont} returns only the first face of a .ttc (the JP face
 * of Noto CJK, whose punctuation differs), so the whole collection is read with {@code createFonts} and the
 * face at the Face's index is taken, checked against its name.
 */
public final class AwtFonts {
    private final Map<Face, Font> base = new ConcurrentHashMap<>();

    /** The face at {@code sizeMpt} millipoints (a size in points; the renderer scales the graphics, not the font). */
    Font font(Face face, int sizeMpt) {
        return baseFont(face).deriveFont(sizeMpt / 1000f);
    }

    public Font baseFont(Face face) {
        return base.computeIfAbsent(face, AwtFonts::load);
    }

    private static Font load(Face face) {
        Font[] all;
        try {
            all = Font.createFonts(face.file().toFile());
        } catch (FontFormatException | IOException e) {
            throw new FontException("Java2D cannot read font " + face.file() + ": " + e.getMessage(), e);
        }
        if (face.index() < all.length && matches(all[face.index()], face)) return all[face.index()];
        for (Font f : all) {
            if (matches(f, face)) return f;
        }
        throw new FontException("no face '" + face.name() + "' (index " + face.index() + ") in " + face.file());
    }

    private static boolean matches(Font f, Face face) {
        String want = face.name().replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return f.getFamily(java.util.Locale.ROOT).replace(" ", "").toLowerCase(java.util.Locale.ROOT).equals(want)
                || f.getFontName(java.util.Locale.ROOT).replace(" ", "").toLowerCase(java.util.Locale.ROOT).startsWith(want);
    }
}
