package cn.paiban.proof;

import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.SourceRef;
import cn.paiban.font.Face;
import cn.paiban.font.FontBook;

/** A short text for a proof's margin (一校样, a round's name, a page's count of changes) as a glyph run of the 黑体 role. */
public final class MarginText {
    private MarginText() {}

    /** {@code text} in the 黑体 role at {@code size}, its left end at {@code x} (or its right end when {@code alignRight}). */
    public static Item.GlyphRun run(FontBook fonts, String text, int x, int baseline, int size, Ink ink, boolean alignRight) {
        Face face = fonts.primary(FontBook.HEI);
        var metrics = fonts.metrics(face);
        int[] cps = text.codePoints().filter(metrics::covers).toArray();
        int[] xs = new int[cps.length];
        int w = 0;
        for (int i = 0; i < cps.length; i++) {
            xs[i] = w;
            w += metrics.advance(cps[i], size);
        }
        String shown = new String(cps, 0, cps.length);
        return new Item.GlyphRun(alignRight ? x - w : x, baseline, face, size, shown, xs, ink, SourceRef.PAGE);
    }

    /** The width {@link #run} gives {@code text}. */
    public static int width(FontBook fonts, String text, int size) {
        Face face = fonts.primary(FontBook.HEI);
        var metrics = fonts.metrics(face);
        return text.codePoints().filter(metrics::covers).map(cp -> metrics.advance(cp, size)).sum();
    }
}
