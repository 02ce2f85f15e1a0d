package cn.paiban.layout;

import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.SourceRef;
import cn.paiban.font.Face;
import cn.paiban.text.Glyph;
import cn.paiban.text.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a composed line into glyph runs, one per face (a fallback face starts a new run), each with its
 * SourceRef. Centred and right-aligned lines are placed here; the composer sets them flush left.
 */
final class LinePainter {
    private LinePainter() {}

    static List<Item> paint(Line line, Template.Style style, Template.Align align, int x, int measure, int baseline,
                            String articleId, int block, int offsetBase) {
        List<Item> out = new ArrayList<>();
        List<Glyph> gs = line.glyphs();
        if (gs.isEmpty()) return out;
        int shift = switch (align) {
            case CENTER -> (measure - line.width()) / 2;
            case RIGHT -> measure - line.width();
            default -> 0;
        };
        int i = 0;
        while (i < gs.size()) {
            Face face = gs.get(i).face();
            if (face == null) { // a character no face has: reported as a finding when composed, nothing to draw
                i++;
                continue;
            }
            int j = i;
            StringBuilder text = new StringBuilder();
            while (j < gs.size() && face.equals(gs.get(j).face())) {
                text.appendCodePoint(gs.get(j).codePoint());
                j++;
            }
            int runX = x + shift + gs.get(i).x();
            int[] xs = new int[j - i], glyphs = new int[j - i];
            for (int k = i; k < j; k++) {
                xs[k - i] = gs.get(k).x() - gs.get(i).x();
                glyphs[k - i] = gs.get(k).gid();
            }
            out.add(new Item.GlyphRun(runX, baseline, face, style.size(), text.toString(), xs, glyphs, Ink.BLACK,
                    new SourceRef(articleId, block, offsetBase + gs.get(i).offset())));
            i = j;
        }
        return out;
    }
}
