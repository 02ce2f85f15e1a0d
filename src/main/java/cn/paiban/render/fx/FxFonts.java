package cn.paiban.render.fx;

import cn.paiban.font.Face;
import cn.paiban.font.FontException;
import java.net.MalformedURLException;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;

/**
 * JavaFX fonts for the faces of the display list, loaded from the very files the layout measured
 * (never the fonts installed on the machine). A .ttc holds several faces and {@code Font.loadFont} only
 * returns the first (the JP face of Noto CJK), so every face of the file is loaded and the one whose
 * name matches the Face is kept. Not thread-safe: use on the FX thread (or one thread at a time).
 */
public final class FxFonts {
    private final Map<Face, Font> base = new HashMap<>();
    private final Map<Face, Map<Integer, Font>> sized = new HashMap<>();

    /** The face at {@code sizeMpt} millipoints, drawn at {@code scale} pixels per point. */
    public Font font(Face face, int sizeMpt, double scale) {
        int px100 = (int) Math.round(sizeMpt / 1000.0 * scale * 100);   // size keyed in 1/100 px
        return sized.computeIfAbsent(face, f -> new HashMap<>())
                .computeIfAbsent(px100, s -> Font.font(baseFont(face).getName(), s / 100.0));
    }

    /** The loaded face at any size; its name is what {@code Font.font(name, size)} needs. */
    public Font baseFont(Face face) {
        return base.computeIfAbsent(face, FxFonts::load);
    }

    private static Font load(Face face) {
        String url;
        try {
            url = face.file().toUri().toURL().toExternalForm();
        } catch (MalformedURLException e) {
            throw new FontException("bad font path " + face.file(), e);
        }
        Font[] all = Font.loadFonts(url, 12);
        if (all == null || all.length == 0) throw new FontException("JavaFX cannot read font " + face.file());
        for (Font f : all) {
            if (f.getName().equalsIgnoreCase(face.name()) || f.getFamily().equalsIgnoreCase(face.name())) return f;
        }
        if (face.index() < all.length) return all[face.index()];
        throw new FontException("no face '" + face.name() + "' (index " + face.index() + ") in " + face.file());
    }
}
