package cn.paiban.layout;

import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import cn.paiban.text.Composition;
import cn.paiban.text.Glyph;
import cn.paiban.text.Line;
import cn.paiban.text.MissingGlyph;
import cn.paiban.text.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway composer for layout tests only: real advances from the font book, greedy breaks with a
 * minimal line-start rule, slack spread over the gaps. The flow does not care how lines are made, only that
 * justified non-final lines fill the measure — which this one guarantees.
 */
final class GridComposer implements LineComposer {
    private static final String NO_START = "，。、；：？！”’）》」』〉…—·";
    private final FontBook fonts;

    GridComposer(FontBook fonts) {
        this.fonts = fonts;
    }

    @Override
    public Composition compose(String text, TextStyle style, int measure) {
        List<Line> lines = new ArrayList<>();
        List<MissingGlyph> missing = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int[] offs = new int[cps.length];
        for (int i = 0, o = 0; i < cps.length; o += Character.charCount(cps[i]), i++) offs[i] = o;
        int i = 0;
        boolean first = true;
        while (i < cps.length) {
            int indent = first ? style.firstIndent() : 0;
            int x = indent;
            int j = i;
            while (j < cps.length && x + adv(style, cps[j]) <= measure) x += adv(style, cps[j++]);
            if (j < cps.length && j > i + 1 && NO_START.indexOf(cps[j]) >= 0) j--; // pull one char down
            if (j == i) j = i + 1;
            boolean last = j >= cps.length;
            List<Glyph> gs = new ArrayList<>();
            int natural = indent;
            for (int k = i; k < j; k++) natural += adv(style, cps[k]);
            int slack = last || style.align() != TextStyle.Align.JUSTIFY ? 0 : Math.max(0, measure - natural);
            int gaps = Math.max(1, j - i - 1);
            int gx = indent;
            for (int k = i; k < j; k++) {
                Face f = fonts.faceFor(style.fontRole(), cps[k]);
                if (f == null) missing.add(new MissingGlyph(offs[k], cps[k]));
                gs.add(new Glyph(offs[k], cps[k], f, gx, adv(style, cps[k])));
                gx += adv(style, cps[k]) + (k - i < gaps ? slack / gaps + (k - i < slack % gaps ? 1 : 0) : 0);
            }
            int width = last || slack == 0 ? natural : measure;
            lines.add(new Line(offs[i], j < cps.length ? offs[j] : text.length(), gs, width, last));
            i = j;
            first = false;
        }
        return new Composition(lines, missing);
    }

    private int adv(TextStyle st, int cp) {
        Face f = fonts.faceFor(st.fontRole(), cp);
        if (f == null) return st.size();
        int a = fonts.metrics(f).advance(cp, st.size());
        return a > 0 ? a : st.size();
    }
}
