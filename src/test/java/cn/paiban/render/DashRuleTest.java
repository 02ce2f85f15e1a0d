package cn.paiban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Document;
import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.PageFormat;
import cn.paiban.display.SourceRef;
import cn.paiban.font.FontBook;
import cn.paiban.render.image.AwtFonts;
import cn.paiban.render.image.AwtImages;
import cn.paiban.render.image.ImageRenderer;
import cn.paiban.render.pdf.PdfOptions;
import cn.paiban.render.pdf.PdfRenderer;
import cn.paiban.text.Composition;
import cn.paiban.text.Glyph;
import cn.paiban.text.Line;
import cn.paiban.text.ParagraphComposer;
import cn.paiban.text.TextStyle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: —— is one unbroken 2-em rule on the middle line of the em box, in the PNG and in the PDF (Noto Serif
 * CJK SC's cmap gives U+2014 a 0.89 em Latin dash; its GSUB gives the full-width form and the 2-em ligature), and
 * the PDF's text still reads U+2014 U+2014.
 */
public class DashRuleTest {
    /** Per test instance, not static: a FontBook holds tens of MB of font tables and the suite runs in one JVM. */
    final FontBook fonts = FontBook.standard();
    /** A strip of paper, so the 288 dpi pictures stay small. */
    static final PageFormat STRIP = new PageFormat(300_000, 100_000, 3_000);
    public static final int SIZE = 30_000, X = 20_000, BASELINE = 60_000;
    static final String TEXT = "试验——什么";

    /** The composed line as the layout paints it: one run, glyph forms included. */
    public static Item.GlyphRun run(FontBook fonts, String role) {
        Composition c = new ParagraphComposer(fonts).compose(TEXT, new TextStyle(role, SIZE, 0, TextStyle.Align.LEFT), 20 * SIZE);
        Line l = c.lines().get(0);
        int[] xs = new int[l.glyphs().size()], gids = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            Glyph g = l.glyphs().get(i);
            xs[i] = g.x();
            gids[i] = g.gid();
        }
        return new Item.GlyphRun(X, BASELINE, l.glyphs().get(0).face(), SIZE, l.text(), xs, gids, Ink.BLACK, SourceRef.PAGE);
    }

    static Page page(Item.GlyphRun run) { return new Page(1, STRIP, List.of(run), false); }

    @Test
    void theComposerSetsTheDashPairAsOneLigatureFillingTwoEms() {
        Item.GlyphRun r = run(fonts, FontBook.SONG);
        assertTrue(r.glyph(2) > 0, "a GSUB form for the first —");
        assertEquals(-1, r.glyph(3), "the second — is covered by the ligature");
        assertEquals(2 * SIZE, r.xs()[4] - r.xs()[2], "two ems");
        assertEquals(2000, fonts.metrics(r.face()).glyphAdvance(r.glyph(2)), "the ligature is 2 em wide");
    }

    @Test
    void thePngShowsOneUnbrokenRule() {
        for (String role : List.of(FontBook.SONG, FontBook.HEI)) {
            Item.GlyphRun r = run(fonts, role);
            int dpi = 288;
            BufferedImage img = new ImageRenderer(new AwtFonts(), new AwtImages(null)).render(page(r), dpi);
            assertUnbroken(img, r, dpi, 0, role + " PNG");
        }
    }

    @Test
    void thePdfShowsOneUnbrokenRuleAndReadsAsTwoDashes() throws IOException, InterruptedException {
        Item.GlyphRun r = run(fonts, FontBook.SONG);
        byte[] pdf = new PdfRenderer(fonts).render(new Document("t", "s", List.of(page(r))), PdfOptions.DEFAULT);
        int dpi = 288;
        BufferedImage img;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            img = new PDFRenderer(d).renderImageWithDPI(0, dpi);
        }
        int bleed = (int) Math.round(STRIP.bleed() / 1000.0 * dpi / 72);
        assertUnbroken(img, r, dpi, bleed, "PDF");
        // ActualText carries the two code points the ligature stands for (poppler and Acrobat read it)
        Path f = Files.createTempFile("dash", ".pdf");
        try {
            Files.write(f, pdf);
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", f.toString(), "-").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(0, p.waitFor(), text);
            assertEquals(TEXT, text);
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /**
     * Along the row through the middle of the rule (Noto's full-width dash: 0.36–0.40 em above the baseline), every
     * pixel from 0.1 em into the first em box to 0.1 em before the end of the second is ink; above the rule, none.
     */
    static void assertUnbroken(BufferedImage img, Item.GlyphRun r, int dpi, int offset, String what) {
        double k = dpi / 72.0 / 1000;
        int y = offset + (int) Math.round((BASELINE - 0.38 * SIZE) * k);
        int x0 = offset + (int) Math.ceil((r.xAt(2) + 0.1 * SIZE) * k), x1 = offset + (int) Math.floor((r.xAt(2) + 1.9 * SIZE) * k);
        StringBuilder gaps = new StringBuilder();
        for (int x = x0; x <= x1; x++) if (brightness(img.getRGB(x, y)) > 0.5) gaps.append(x - x0).append(' ');
        assertEquals("", gaps.toString(), what + ": light pixels along the rule (offsets from its start)");
        int above = offset + (int) Math.round((BASELINE - 0.6 * SIZE) * k);
        int ink = 0;
        for (int x = x0; x <= x1; x++) if (brightness(img.getRGB(x, above)) < 0.5) ink++;
        assertEquals(0, ink, what + ": the rule is a thin line, nothing above it");
    }

    private static double brightness(int rgb) {
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 765.0;
    }
}
