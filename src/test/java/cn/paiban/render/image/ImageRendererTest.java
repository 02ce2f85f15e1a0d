package cn.paiban.render.image;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.display.Document;
import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.SourceRef;
import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import cn.paiban.geom.Mpt;
import cn.paiban.render.TestDocuments;
import cn.paiban.render.pdf.PdfOptions;
import cn.paiban.render.pdf.PdfRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageRendererTest {
    static FontBook fonts;
    static AwtFonts awt;
    static ImageRenderer renderer;

    @BeforeAll
    static void setUp() {
        fonts = FontBook.standard();
        awt = new AwtFonts();
        renderer = new ImageRenderer(awt, new AwtImages(null));
    }

    @Test
    void theSimplifiedChineseFaceIsTakenFromTheCollection() {
        assertEquals("Noto Serif CJK SC", awt.baseFont(fonts.primary(FontBook.SONG)).getFamily(java.util.Locale.ROOT));
        assertEquals("Noto Sans CJK SC", awt.baseFont(fonts.primary(FontBook.HEI)).getFamily(java.util.Locale.ROOT));
        assertEquals("LXGW WenKai", awt.baseFont(fonts.primary(FontBook.KAI)).getFamily(java.util.Locale.ROOT));
    }

    @Test
    void imageSizeIsTheTrimBoxAtTheDpi() {
        BufferedImage img = renderer.render(TestDocuments.textPage(fonts, 1), 80);
        assertEquals((int) Math.ceil(Mpt.toPt(Mpt.mm(185)) * 80 / 72), img.getWidth());
        assertEquals((int) Math.ceil(Mpt.toPt(Mpt.mm(260)) * 80 / 72), img.getHeight());
    }

    @Test
    void eachGlyphIsDrawnAtItsOwnX() {
        // 丨 is one centred vertical stroke: its ink shows where the glyph was put.
        Face song = fonts.primary(FontBook.SONG);
        int[] xs = {0, 30_000, 45_000, 100_000};
        Item.GlyphRun run = new Item.GlyphRun(72_000, 72_000, song, 20_000, "丨丨丨丨", xs, Ink.BLACK, SourceRef.PAGE);
        BufferedImage img = renderer.render(new Page(1, TestDocuments.FORMAT, List.of(run), false), 72);
        List<Integer> centres = inkColumnCentres(img, 72 - 14, 72);
        assertEquals(4, centres.size(), centres.toString());
        for (int i = 0; i < 4; i++) {
            assertEquals(72 + xs[i] / 1000.0 + 10, centres.get(i), 1.5, "glyph " + i + " at " + centres);
        }
    }

    @Test
    void aGlyphTheFaceLacksShowsAsARedBox() {
        Face song = fonts.primary(FontBook.SONG);
        Item.GlyphRun run = new Item.GlyphRun(72_000, 72_000, song, 20_000, "\u2082", new int[] {0}, Ink.BLACK, SourceRef.PAGE);
        BufferedImage img = renderer.render(new Page(1, TestDocuments.FORMAT, List.of(run), false), 72);
        int red = 0;
        for (int y = 50; y < 80; y++) {
            for (int x = 70; x < 95; x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 80) red++;
            }
        }
        assertTrue(red > 20, "red pixels: " + red);
    }

    @Test
    void thePngAgreesWithThePdfRenderedByPdfBox() throws IOException {
        Page page = TestDocuments.textPage(fonts, 1);
        int dpi = 144;
        BufferedImage mine = renderer.render(page, dpi);
        byte[] pdf = new PdfRenderer(fonts).render(new Document("t", "s", List.of(page)), PdfOptions.DEFAULT);
        BufferedImage theirs;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            theirs = new PDFRenderer(d).renderImageWithDPI(0, dpi);
        }
        int off = (int) Math.round(Mpt.toPt(Mpt.mm(3)) * dpi / 72);   // PDFBox draws the bleed too
        double a = covered(mine, theirs, 0, 0, off, off);
        double b = covered(theirs, mine, off, off, 0, 0);
        assertTrue(a > 0.97 && b > 0.97, "ink of each found in the other: " + a + " / " + b);
    }

    @Test
    void writePngLeavesAReadableFileAndNoTemporaries(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("p1.png");
        renderer.writePng(TestDocuments.textPage(fonts, 1), 80, f);
        assertNotNull(ImageIO.read(f.toFile()));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(f), s.toList());
        }
    }

    /** Share of dark pixels of {@code a} that have a dark pixel of {@code b} within one pixel. */
    private static double covered(BufferedImage a, BufferedImage b, int ax, int ay, int bx, int by) {
        int w = Math.min(a.getWidth() - ax, b.getWidth() - bx);
        int h = Math.min(a.getHeight() - ay, b.getHeight() - by);
        int dark = 0, found = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                if (!dark(a, ax + x, ay + y)) continue;
                dark++;
                search:
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if (dark(b, bx + x + dx, by + y + dy)) {
                            found++;
                            break search;
                        }
                    }
                }
            }
        }
        assertTrue(dark > 1000, "a page with ink: " + dark);
        return found / (double) dark;
    }

    private static boolean dark(BufferedImage img, int x, int y) {
        int rgb = img.getRGB(x, y);
        return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 100;
    }

    private static List<Integer> inkColumnCentres(BufferedImage img, int top, int bottom) {
        List<Integer> centres = new ArrayList<>();
        int start = -1;
        for (int x = 0; x <= img.getWidth(); x++) {
            boolean ink = false;
            for (int y = top; x < img.getWidth() && y < bottom && !ink; y++) ink = dark(img, x, y);
            if (ink && start < 0) start = x;
            if (!ink && start >= 0) {
                centres.add((start + x - 1) / 2);
                start = -1;
            }
        }
        return centres;
    }
}
