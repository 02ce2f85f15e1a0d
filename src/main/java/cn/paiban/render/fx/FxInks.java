package cn.paiban.render.fx;

import cn.paiban.display.Ink;
import javafx.scene.paint.Color;

/** Screen colours for process inks: the naive CMYK → RGB conversion, good enough for proofing on screen. */
final class FxInks {
    private FxInks() {}

    static Color color(Ink ink) {
        double k = 1 - ink.k() / 100.0;
        return Color.color((1 - ink.c() / 100.0) * k, (1 - ink.m() / 100.0) * k, (1 - ink.y() / 100.0) * k);
    }

    static boolean visible(Ink ink) { return !ink.equals(Ink.NONE); }
}
