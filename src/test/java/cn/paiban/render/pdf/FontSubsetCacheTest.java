package cn.paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.paiban.display.Document;
import cn.paiban.display.ForeignPdf;
import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.PageRaster;
import cn.paiban.display.SourceRef;
import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import cn.paiban.geom.Rect;
import cn.paiban.render.TestDocuments;
import com.lowagie.text.pdf.CachedSubsetFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The subset font programs a face keeps between exports: the same text reuses one, one changed character
 * makes a new one that holds the new glyph, and the reused program gives the same bytes as a fresh FontBook.
 */
class FontSubsetCacheTest {
    private static final String BEFORE = "农牧融合发展盐碱地变了样";
    private static final String AFTER = "农牧融合发晨盐碱地变了样";   // 展 → 晨, a glyph BEFORE does not use

    @Test
    void oneChangedCharacterPutsItsGlyphIntoTheNextExport() throws IOException {
        FontBook fonts = FontBook.standard();
        Face song = fonts.primary(FontBook.SONG);
        CachedSubsetFont font = (CachedSubsetFont) fonts.metrics(song).baseFont();
        PdfRenderer renderer = new PdfRenderer(fonts);

        byte[] first = renderer.render(doc(fonts, BEFORE), PdfOptions.DEFAULT);
        int made = font.programsMade();
        byte[] again = renderer.render(doc(fonts, BEFORE), PdfOptions.DEFAULT);
        assertEquals(made, font.programsMade(), "the same text takes its subset from the cache");
        assertArrayEquals(first, again);

        byte[] changed = renderer.render(doc(fonts, AFTER), PdfOptions.DEFAULT);
        assertEquals(made + 1, font.programsMade(), "a new glyph makes a new subset");
        Map<Integer, Integer> codes = codes(changed);
        int chen = codes.get((int) '晨');
        assertTrue(outlined(changed, chen), "晨 has its outline in the changed export");
        assertFalse(outlined(first, chen), "晨 was not in the first export's subset");
        assertTrue(outlined(changed, codes.get((int) '农')));
        assertEquals(AFTER, text(changed));

        byte[] fresh = new PdfRenderer(FontBook.standard()).render(doc(fonts, AFTER), PdfOptions.DEFAULT);
        assertArrayEquals(fresh, changed, "a cached subset writes the bytes a fresh FontBook writes");
    }

    /**
     * The subset and ToUnicode map made while the pages are drawn (from the glyphs a painted front page entered and
     * those of the runs after it) are the ones the file embeds: one program for the face, not a second at the close,
     * holding the glyphs of both, 晨 drawn only by the painter and 农 only by the body text, and both read back.
     */
    @Test
    void theGlyphsOfAPaintedPageAndOfTheTextAreSubsetOnceTogether() throws IOException {
        FontBook fonts = FontBook.standard();
        Face song = fonts.primary(FontBook.SONG);
        CachedSubsetFont font = (CachedSubsetFont) fonts.metrics(song).baseFont();
        int made = font.programsMade();
        ForeignPdf.Painter painter = new ForeignPdf.Painter() {
            @Override
            public List<Face> faces() { return List.of(song); }

            @Override
            public int width() { return TestDocuments.FORMAT.trimWidth(); }

            @Override
            public int height() { return TestDocuments.FORMAT.trimHeight(); }

            @Override
            public void paint(Object canvas, List<String> problems) {
                PdfContentByte cb = (PdfContentByte) canvas;
                cb.beginText();
                cb.setFontAndSize(font, 12);
                cb.setTextMatrix(60, 600);
                cb.showText("晨曦");
                cb.endText();
            }
        };
        Rect trim = new Rect(0, 0, TestDocuments.FORMAT.trimWidth(), TestDocuments.FORMAT.trimHeight());
        Item front = new Item.ForeignPage(trim, ForeignPdf.painted(painter, () -> null), 0, PageRaster.of(null), "contents");
        Document body = doc(fonts, BEFORE);
        List<Page> pages = List.of(new Page(1, TestDocuments.FORMAT, List.of(front), false), body.pages().get(0));
        byte[] pdf = new PdfRenderer(fonts).render(new Document("朔州经济", "缓存", TestDocuments.DATE, pages), PdfOptions.DEFAULT);

        assertEquals(made + 1, font.programsMade(), "one subset of the face for the whole file");
        Map<Integer, Integer> codes = codes(pdf);
        assertTrue(outlined(pdf, codes.get((int) '晨')), "the painter's 晨 is in the subset");
        assertTrue(outlined(pdf, codes.get((int) '农')), "the text's 农 is in the subset");
        String text = text(pdf).replaceAll("\\s", "");
        assertEquals("晨曦" + BEFORE, text, "ToUnicode, made while the pages were drawn, gives back both pages' text");
    }

    /**
     * A name-keyed CFF face (an .otf of a template's or the system's fonts, not CID-keyed like Noto CJK) is not
     * Paiban's CFF subsetter's: it goes to OpenPDF's, and its glyphs still land in the PDF.
     */
    @Test
    void aNameKeyedCffFaceIsSubsetByOpenPdf() throws IOException {
        Path otf = Path.of("/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf");
        assumeTrue(Files.isRegularFile(otf), "no name-keyed OpenType CFF font here");
        Face face = new Face(otf.toString(), otf, 0);
        FontBook fonts = new FontBook(Map.of(FontBook.SONG, List.of(face)));
        String text = "Paiban";
        Item run = new Item.GlyphRun(TestDocuments.MARGIN, TestDocuments.MARGIN + 20_000, face, TestDocuments.BODY, text,
                new int[] {0, 6000, 12000, 18000, 24000, 30000}, Ink.BLACK, new SourceRef("a1", 0, 0));
        Page page = new Page(1, TestDocuments.FORMAT, List.of(run), false);
        byte[] pdf = new PdfRenderer(fonts).render(new Document("t", "t", TestDocuments.DATE, List.of(page)), PdfOptions.DEFAULT);
        assertEquals(text, text(pdf).replace(" ", ""));   // spaced wider than Latin letters
        Map<Integer, Integer> codes = codes(pdf);
        for (char c : text.toCharArray()) assertTrue(outlined(pdf, codes.get((int) c)), c + " has its outline");
    }

    private static Document doc(FontBook fonts, String text) {
        Face song = fonts.primary(FontBook.SONG);
        int n = text.codePointCount(0, text.length());
        int[] xs = new int[n];
        for (int i = 0; i < n; i++) xs[i] = i * TestDocuments.BODY;
        Item run = new Item.GlyphRun(TestDocuments.MARGIN, TestDocuments.MARGIN + 20_000, song, TestDocuments.BODY, text,
                xs, Ink.BLACK, new SourceRef("a1", 0, 0));
        Page page = new Page(1, TestDocuments.FORMAT, List.of(run), false);
        return new Document("朔州经济", "缓存", TestDocuments.DATE, List.of(page));
    }

    /** Each character's code (its CID) in the one font of the file. */
    private static Map<Integer, Integer> codes(byte[] pdf) throws IOException {
        Map<Integer, Integer> codes = new HashMap<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    codes.put(t.getUnicode().codePointAt(0), t.getCharacterCodes()[0]);
                }
            };
            s.getText(d);
        }
        return codes;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).strip();
        }
    }

    /**
     * Whether the embedded subset has a glyph of its own for {@code code} (its CID) that draws something: a subset
     * leaves the other glyphs out, and a CID it lacks falls back to .notdef (glyph 0).
     */
    private static boolean outlined(byte[] pdf, int code) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            var res = d.getPage(0).getResources();
            for (var name : res.getFontNames()) {
                PDFont f = res.getFont(name);
                if (f instanceof PDType0Font t && t.getDescendantFont() instanceof PDCIDFontType0 cid) {
                    if (cid.codeToGID(code) == 0) return false;
                    GeneralPath path = cid.getPath(code);
                    return !path.getBounds2D().isEmpty();
                }
            }
        }
        throw new AssertionError("no CFF font in the file");
    }
}
