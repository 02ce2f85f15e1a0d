package cn.paiban.render.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.PageFormat;
import cn.paiban.display.SourceRef;
import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import cn.paiban.geom.Mpt;
import cn.paiban.geom.Rect;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

class FxRendererTest {
    private static final PageFormat A4ISH = new PageFormat(Mpt.mm(100), Mpt.mm(60), 0);

    @Test
    void picksTheSimplifiedChineseFaceOfTheCollection() throws Exception {
        Face song = FontBook.standard().primary(FontBook.SONG);
        String name = FxThread.call(() -> new FxFonts().baseFont(song).getName());
        assertTrue(name.contains("SC"), "face 2 of the .ttc is the SC face, got " + name);
    }

    @Test
    void glyphsAreDrawnAtTheirOwnXsAndNowhereElse() throws Exception {
        Face song = FontBook.standard().primary(FontBook.SONG);
        // Two characters 1 em apart, then a gap of 5 em before the third: the gap must stay white.
        int size = Mpt.pt(20);
        var run = new Item.GlyphRun(Mpt.pt(10), Mpt.pt(40), song, size, "排版字", new int[] {0, size, 6 * size},
                Ink.BLACK, new SourceRef("a", 0, 0));
        Page page = new Page(1, A4ISH, List.of(run), false);
        WritableImage img = FxThread.call(() -> render(page, 1.0));
        PixelReader px = img.getPixelReader();
        assertTrue(darkIn(px, 10, 22, 50, 42) > 20, "first two glyphs drawn");
        assertEquals(0, darkIn(px, 52, 18, 128, 44), "nothing in the gap");
        assertTrue(darkIn(px, 130, 22, 150, 42) > 10, "third glyph at its own x");
    }

    @Test
    void theDashPairIsOneUnbrokenRuleInThePreview() throws Exception {
        // issue 14: the composer's GSUB forms reach the preview (JavaFX draws them from their outlines)
        var run = cn.paiban.render.DashRuleTest.run(FontBook.standard(), FontBook.SONG);
        Page page = new Page(1, A4ISH, List.of(run), false);
        double scale = 4;
        WritableImage img = FxThread.call(() -> render(page, scale));
        PixelReader px = img.getPixelReader();
        int size = cn.paiban.render.DashRuleTest.SIZE;
        double k = scale / 1000;
        int y = (int) Math.round((run.baseline() - 0.38 * size) * k);
        int x0 = (int) Math.ceil((run.xAt(2) + 0.1 * size) * k), x1 = (int) Math.floor((run.xAt(2) + 1.9 * size) * k);
        StringBuilder gaps = new StringBuilder();
        for (int x = x0; x <= x1; x++) if (px.getColor(x, y).getBrightness() > 0.5) gaps.append(x - x0).append(' ');
        assertEquals("", gaps.toString(), "light pixels along the rule");
        assertTrue(darkIn(px, (int) (run.xAt(0) * k), (int) ((run.baseline() - 0.8 * size) * k), (int) (run.xAt(2) * k),
                (int) (run.baseline() * k)) > 100, "the characters before it are drawn as text");
    }

    @Test
    void rulesBoxesAndMissingImagesAreVisible() throws Exception {
        var rule = new Item.Rule(Mpt.pt(10), Mpt.pt(10), Mpt.pt(200), Mpt.pt(10), Mpt.pt(2), Ink.BLACK);
        var box = new Item.Box(new Rect(Mpt.pt(10), Mpt.pt(30), Mpt.pt(40), Mpt.pt(40)), 0, Ink.NONE, Ink.gray(100));
        var img = new Item.Image(new Rect(Mpt.pt(100), Mpt.pt(30), Mpt.pt(60), Mpt.pt(60)), "missing.png", SourceRef.PAGE);
        Page page = new Page(1, A4ISH, List.of(rule, box, img), false);
        WritableImage snap = FxThread.call(() -> render(page, 1.0));
        PixelReader px = snap.getPixelReader();
        assertTrue(darkIn(px, 20, 9, 190, 11) > 300, "rule");
        assertTrue(darkIn(px, 12, 32, 48, 68) > 1000, "filled box");
        assertTrue(darkIn(px, 100, 30, 160, 90) > 60, "missing image is marked, not blank");
    }

    private static WritableImage render(Page page, double scale) {
        int w = (int) Math.ceil(page.format().trimWidth() / 1000.0 * scale);
        int h = (int) Math.ceil(page.format().trimHeight() / 1000.0 * scale);
        Canvas c = new Canvas(w, h);
        new FxRenderer(new FxFonts(), new FxImages(null)).draw(page, c.getGraphicsContext2D(), 0, 0, scale);
        return c.snapshot(new SnapshotParameters(), null);
    }

    private static int darkIn(PixelReader px, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (px.getColor(x, y).getBrightness() < 0.6) n++;
            }
        }
        return n;
    }
}
