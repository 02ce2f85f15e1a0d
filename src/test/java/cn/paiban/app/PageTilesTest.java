package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import cn.paiban.render.image.AwtFonts;
import cn.paiban.render.image.AwtImages;
import cn.paiban.render.image.ImageRenderer;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The preview's page images: put together, the tiles are the page as the Java2D renderer draws it whole (nothing that
 * shows is left out of a tile); a page whose items are the same (a new layout of an untouched page) is never drawn
 * again, and one whose items changed is.
 * (The toolkit is started as TestFX starts it: a toolkit started otherwise left later window tests' clicks unanswered.)
 */
@ExtendWith(ApplicationExtension.class)
class PageTilesTest {
    private static final PageFormat TALL = new PageFormat(Mpt.mm(190), Mpt.mm(260), 0);
    private static final ImageRenderer JAVA2D = new ImageRenderer(new AwtFonts(), new AwtImages(null));

    @Test
    void theTilesPutTogetherAreTheWholePage() throws Exception {
        Page page = page(new Random(3), "");
        for (double ds : new double[] {1.0, 2.37, 5.33}) {   // 75 %, about 180 %, 400 % on a 96 dpi screen
            BufferedImage whole = JAVA2D.render(page, ds * 72);
            PageTiles tiles = new PageTiles(JAVA2D);
            int w = PageTiles.widthOf(page, ds), h = PageTiles.heightOf(page, ds);
            assertEquals(whole.getWidth(), w, "page width in pixels at " + ds);
            assertEquals(whole.getHeight(), h, "page height in pixels at " + ds);
            int differ = 0;
            for (int ty = 0; ty * PageTiles.TILE < h; ty++) {
                for (int tx = 0; tx * PageTiles.TILE < w; tx++) {
                    int x0 = tx * PageTiles.TILE, y0 = ty * PageTiles.TILE;
                    int tyy = ty, txx = tx;
                    WritableImage t = fx(() -> tiles.tile(page, ds, txx, tyy));
                    assertEquals(Math.min(PageTiles.TILE, w - x0), (int) t.getWidth());
                    assertEquals(Math.min(PageTiles.TILE, h - y0), (int) t.getHeight());
                    var px = t.getPixelReader();
                    for (int y = 0; y < t.getHeight(); y++) {
                        for (int x = 0; x < t.getWidth(); x++) {
                            if ((px.getArgb(x, y) & 0xffffff) != (whole.getRGB(x0 + x, y0 + y) & 0xffffff)) differ++;
                        }
                    }
                }
            }
            assertEquals(0, differ, "pixels of the tiles unlike the whole page at " + ds + " px/pt");
        }
    }

    @Test
    void anUnchangedPageIsDrawnOnceAndAChangedOneAgain() throws Exception {
        PageTiles tiles = new PageTiles(JAVA2D);
        Page first = page(new Random(5), "");
        Page same = page(new Random(5), "");      // the next layout's page: another object, the same items
        Page edited = page(new Random(5), "改");  // a keystroke in one of its lines
        assertNotSame(first, same);
        double ds = 1.5;
        fx(() -> {
            Canvas canvas = new Canvas(800, 600);
            var gc = canvas.getGraphicsContext2D();
            tiles.draw(gc, first, 10, 10, ds, 1, 800, 600);
            long drawn = tiles.drawnCount();
            assertTrue(drawn >= 2, "the tiles in view are drawn: " + drawn);
            WritableImage before = tiles.tile(first, ds, 0, 0);
            tiles.draw(gc, first, 10, 10, ds, 1, 800, 600);
            tiles.draw(gc, same, 10, 10, ds, 1, 800, 600);
            assertEquals(drawn, tiles.drawnCount(), "a repaint and an equal page draw nothing");
            assertSame(before, tiles.tile(same, ds, 0, 0));
            tiles.draw(gc, edited, 10, 10, ds, 1, 800, 600);
            assertEquals(2 * drawn, tiles.drawnCount(), "the edited page is drawn anew");
            assertTrue(differs(before, tiles.tile(edited, ds, 0, 0)), "and shows the edit");
            tiles.draw(gc, first, 10, 10, ds, 1, 800, 600);
            assertEquals(2 * drawn, tiles.drawnCount(), "undone: the first page's tiles are still kept");
            tiles.draw(gc, first, 10, 10, 2 * ds, 1, 800, 600);
            assertTrue(tiles.drawnCount() > 2 * drawn, "another zoom is drawn at its own pixels");
            return null;
        });
    }

    @Test
    void onlyTheTilesInViewAreDrawnAndTheKeptPixelsAreBounded() throws Exception {
        PageTiles tiles = new PageTiles(JAVA2D);
        Random random = new Random(11);
        fx(() -> {
            Canvas canvas = new Canvas(600, 400);
            var gc = canvas.getGraphicsContext2D();
            // 400 %: the page is 4000 × 5500 pixels, the view shows pixels 1024–1623 × 2048–2447 of it: tiles (2, 4), (3, 4)
            tiles.draw(gc, page(random, ""), -1024, -2048, 5.33, 1, 600, 400);
            assertEquals(2, tiles.drawnCount(), "tiles drawn for a 600 × 400 view");
            for (int i = 0; i < 40; i++) tiles.draw(gc, page(random, "" + i), 0, 0, 2.5, 1, 3000, 3000);
            assertTrue(tiles.pixelsKept() <= PageTiles.BUDGET, "kept " + tiles.pixelsKept());
            return null;
        });
    }

    /** A page of two columns of text lines, rules and boxes, some of them on tile borders; {@code edit} starts line 7. */
    static Page page(Random random, String edit) {
        Face song = FontBook.standard().primary(FontBook.SONG);
        List<Item> items = new ArrayList<>();
        String han = "排版预览页面图像文字测试朔州经济刊物一二三四五六七八九十，。、《》——";
        int size = Mpt.pt(10.5);
        for (int col = 0; col < 2; col++) {
            for (int line = 0; line < 40; line++) {
                StringBuilder text = new StringBuilder(col == 0 && line == 7 ? edit : "");
                int n = 8 + random.nextInt(12);
                while (text.length() < n) text.append(han.charAt(random.nextInt(han.length())));
                int[] xs = new int[text.codePointCount(0, text.length())];
                for (int i = 0; i < xs.length; i++) xs[i] = i * size + random.nextInt(300);
                items.add(new Item.GlyphRun(Mpt.mm(15) + col * Mpt.mm(85), Mpt.mm(20) + line * Mpt.pt(17.3), song, size,
                        text.toString(), xs, Ink.BLACK, new SourceRef("a", line, 0)));
            }
        }
        items.add(new Item.Rule(Mpt.mm(10), Mpt.mm(15), Mpt.mm(180), Mpt.mm(15), Mpt.pt(0.5), Ink.BLACK));
        items.add(new Item.Rule(Mpt.mm(95), Mpt.mm(20), Mpt.mm(95), Mpt.mm(240), Mpt.pt(1), Ink.gray(60)));
        items.add(new Item.Box(new Rect(Mpt.mm(40), Mpt.mm(120), Mpt.mm(100), Mpt.mm(40)), Mpt.pt(1), Ink.BLACK, Ink.gray(10)));
        items.add(new Item.Image(new Rect(Mpt.mm(120), Mpt.mm(200), Mpt.mm(50), Mpt.mm(40)), "missing.png", SourceRef.PAGE));
        return new Page(12, TALL, items, false);
    }

    private static boolean differs(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) return true;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) return true;
            }
        }
        return false;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, java.util.concurrent.TimeUnit.SECONDS);
    }
}
