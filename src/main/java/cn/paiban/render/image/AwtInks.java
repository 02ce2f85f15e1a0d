package cn.paiban.render.image;

import cn.paiban.display.Ink;
import java.awt.Color;

/** Screen colours for process inks: the naive CMYK → RGB conversion, the same as the JavaFX preview's. */
final class AwtInks {
    private AwtInks() {}

    static Color color(Ink ink) {
        double k = 1 - ink.k() / 100.0;
        return new Color((float) ((1 - ink.c() / 100.0) * k), (float) ((1 - ink.m() / 100.0) * k),
                (float) ((1 - ink.y() / 100.0) * k));
    }

    static boolean visible(Ink ink) { return ink != null && !ink.equals(Ink.NONE); }
}
