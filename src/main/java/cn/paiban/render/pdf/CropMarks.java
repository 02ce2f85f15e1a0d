package cn.paiban.render.pdf;

import cn.paiban.geom.Mpt;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * Trim marks at the four corners, outside the bleed so they never print on the page: hairlines in
 * registration colour (all four inks) so they show on every plate.
 */
final class CropMarks {
    private static final float WIDTH = 0.25f;
    private static final int LENGTH = Mpt.mm(8);

    private CropMarks() {}

    static void draw(PdfContentByte cb, PageSpace s) {
        int w = s.format().trimWidth();
        int h = s.format().trimHeight();
        int gap = s.format().bleed();
        cb.saveState();
        cb.setCMYKColorStrokeF(1, 1, 1, 1);
        cb.setLineWidth(WIDTH);
        for (int x : new int[] {0, w}) {
            for (int y : new int[] {0, h}) {
                int dx = x == 0 ? -1 : 1;
                int dy = y == 0 ? -1 : 1;
                line(cb, s, x + dx * gap, y, x + dx * (gap + LENGTH), y);   // horizontal mark on the trim line
                line(cb, s, x, y + dy * gap, x, y + dy * (gap + LENGTH));   // vertical mark
            }
        }
        cb.restoreState();
    }

    private static void line(PdfContentByte cb, PageSpace s, int x1, int y1, int x2, int y2) {
        cb.moveTo(s.x(x1), s.y(y1));
        cb.lineTo(s.x(x2), s.y(y2));
        cb.stroke();
    }
}
