package cn.paiban.render.pdf;

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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {
    static FontBook fonts;
    static Document doc;
    static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        fonts = FontBook.standard();
        doc = TestDocuments.sample(fonts);
        pdf = new PdfRenderer(fonts).render(doc, PdfOptions.DEFAULT);
    }

    @Test
    void boxesAreTrimPlusThreeMillimetreBleed() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals(2, d.getNumberOfPages(), "the blank padding page is kept");
            float trimW = Mpt.mm(185) / 1000f, trimH = Mpt.mm(260) / 1000f, bleed = Mpt.mm(3) / 1000f;
            for (PDPage p : d.getPages()) {
                assertBox(0, 0, trimW + 2 * bleed, trimH + 2 * bleed, p.getMediaBox());
                assertBox(bleed, bleed, bleed + trimW, bleed + trimH, p.getTrimBox());
                assertBox(0, 0, trimW + 2 * bleed, trimH + 2 * bleed, p.getBleedBox());
            }
        }
    }

    @Test
    void cropMarksWidenTheMediaButKeepTrimAndBleed() throws IOException {
        byte[] marked = new PdfRenderer(fonts).render(doc, PdfOptions.DEFAULT.withCropMarks(true));
        try (PDDocument d = Loader.loadPDF(marked)) {
            PDPage p = d.getPage(0);
            float m = (Mpt.mm(3) + PdfRenderer.MARK_ZONE) / 1000f;
            assertBox(0, 0, Mpt.mm(185) / 1000f + 2 * m, Mpt.mm(260) / 1000f + 2 * m, p.getMediaBox());
            assertBox(m, m, m + Mpt.mm(185) / 1000f, m + Mpt.mm(260) / 1000f, p.getTrimBox());
            assertEquals(m - Mpt.mm(3) / 1000f, p.getBleedBox().getLowerLeftX(), 0.01);
            // Four corners, two marks each, each a moveto/lineto pair in registration colour.
            long lines = PdfOperators.operators(p).stream().filter("l"::equals).count();
            assertEquals(8, lines - countRules(doc.pages().get(0)), "two marks at each corner");
            assertTrue(PdfOperators.content(p).contains("1 1 1 1 K"), "registration colour");
        }
    }

    private static int countRules(Page page) {
        return (int) page.items().stream().filter(i -> i instanceof Item.Rule).count();
    }

    @Test
    void everyFontIsEmbeddedSubsetAndHasToUnicode() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> names = new ArrayList<>();
            for (COSName n : d.getPage(0).getResources().getFontNames()) {
                PDFont f = d.getPage(0).getResources().getFont(n);
                names.add(f.getName());
                assertTrue(f instanceof PDType0Font, f.getName());
                PDCIDFont cid = ((PDType0Font) f).getDescendantFont();
                assertTrue(cid.isEmbedded(), f.getName() + " embedded");
                assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), f.getName() + " subset prefix");
                assertNotNull(f.getCOSObject().getDictionaryObject(COSName.TO_UNICODE), f.getName() + " ToUnicode");
            }
            assertEquals(2, names.size(), "song and hei: " + names);
        }
    }

    @Test
    void textComesBackExactlyInReadingOrder() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(false);   // content-stream order: the order the layout wrote the runs
            String text = s.getText(d);
            StringBuilder expected = new StringBuilder();
            for (Item i : doc.pages().get(0).items()) {
                if (i instanceof Item.GlyphRun r) expected.append(r.text()).append('\n');
            }
            assertEquals(expected.toString().replace(" ", ""), text.replace(" ", "").replace("\r", "").trim() + "\n",
                    "PDFBox text extraction through ToUnicode");
        }
    }

    @Test
    void everyGlyphSitsAtTheXTheLayoutGaveIt() throws IOException {
        List<TextPosition> seen = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    seen.add(t);
                }
            };
            s.setStartPage(1);
            s.setEndPage(1);
            s.getText(d);
        }
        float bleed = Mpt.mm(3) / 1000f;
        int k = 0;
        for (Item i : doc.pages().get(0).items()) {
            if (!(i instanceof Item.GlyphRun r)) continue;
            int[] xs = r.xs();
            for (int g = 0; g < xs.length; g++, k++) {
                TextPosition t = seen.get(k);
                assertEquals(r.text().codePoints().toArray()[g], t.getUnicode().codePointAt(0), "glyph " + k);
                assertEquals(bleed + r.xAt(g) / 1000f, t.getXDirAdj(), 0.01, "x of '" + t.getUnicode() + "' in " + r.text());
                assertEquals(bleed + r.baseline() / 1000f, t.getYDirAdj(), 0.01, "baseline of " + r.text());
            }
        }
        assertEquals(k, seen.size());
    }

    @Test
    void outlineHasSectionsHoldingArticles() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDOutlineItem section = d.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("本期特稿", section.getTitle());
            assertNull(section.getNextSibling());
            List<String> articles = new ArrayList<>();
            for (PDOutlineItem a : section.children()) articles.add(a.getTitle());
            assertEquals(List.of(TestDocuments.TITLE, "农牧融合发展 盐碱地变了样"), articles);
            assertEquals(d.getPage(0), section.getFirstChild().findDestinationPage(d));
        }
    }

    @Test
    void metadataComesFromTheIssueNotTheClock() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            var info = d.getDocumentInformation();
            assertEquals("朔州经济 2023年第4期", info.getTitle());
            assertEquals("探讨经济新问题·关注社会新热点", info.getSubject());
            assertTrue(info.getProducer().startsWith("Paiban"), info.getProducer());
            Calendar c = info.getCreationDate();
            assertEquals(2023, c.get(Calendar.YEAR));
            assertEquals(Calendar.AUGUST, c.get(Calendar.MONTH));
            assertEquals(1, c.get(Calendar.DAY_OF_MONTH));
            assertEquals(c.getTimeInMillis(), info.getModificationDate().getTimeInMillis());
        }
    }

    @Test
    void pageLabelsAreThePrintedFolios() throws IOException {
        List<Page> pages = new ArrayList<>(doc.pages());
        pages.set(0, TestDocuments.textPage(fonts, 17));
        pages.set(1, new Page(18, TestDocuments.FORMAT, List.of(), true));
        byte[] bytes = new PdfRenderer(fonts).render(new Document("t", "s", TestDocuments.DATE, pages), PdfOptions.DEFAULT);
        try (PDDocument d = Loader.loadPDF(bytes)) {
            String[] labels = d.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertArrayEquals(new String[] {"17", "18"}, labels);
        }
    }

    @Test
    void exportingTwiceGivesIdenticalBytes() throws Exception {
        PdfRenderer r = new PdfRenderer(fonts);
        // Another export in between must not disturb the subset prefixes or ids, nor must the writer's warm-up.
        r.render(new Document("other", "x", null, List.of(TestDocuments.textPage(fonts, 9))), PdfOptions.DEFAULT);
        WriterWarmUp.run();
        assertArrayEquals(pdf, r.render(doc, PdfOptions.DEFAULT));
        byte[] x1 = r.render(doc, PdfOptions.DEFAULT.withPdfx(true).withCropMarks(true));
        byte[] x2 = new PdfRenderer(FontBook.standard()).render(doc, PdfOptions.DEFAULT.withPdfx(true).withCropMarks(true));
        assertArrayEquals(x1, x2);
    }

    @Test
    void aDifferentIssueGetsADifferentId() throws IOException {
        byte[] other = new PdfRenderer(fonts).render(doc.withDate(TestDocuments.DATE.plusDays(1)), PdfOptions.DEFAULT);
        try (PDDocument a = Loader.loadPDF(pdf); PDDocument b = Loader.loadPDF(other)) {
            assertNotEquals(a.getDocument().getDocumentID().toString(), b.getDocument().getDocumentID().toString());
        }
    }

    @Test
    void onlyCmykColourOperatorsAreUsed() throws IOException {
        byte[] x = new PdfRenderer(fonts).render(doc, PdfOptions.DEFAULT.withCropMarks(true));
        try (PDDocument d = Loader.loadPDF(x)) {
            for (PDPage p : d.getPages()) {
                List<String> ops = PdfOperators.colourOperators(p);
                for (String op : ops) assertTrue(op.equals("k") || op.equals("K"), "non-CMYK colour operator " + op);
            }
            assertTrue(PdfOperators.colourOperators(d.getPage(0)).contains("k"));
        }
        String content = PdfOperators.content(Loader.loadPDF(x).getPage(0));
        assertTrue(content.contains("0 0 0 1 k"), "text in K100");
    }

    @Test
    void pdfxOneAHasItsVersionKeysAndOutputIntent() throws IOException {
        byte[] x = new PdfRenderer(fonts).render(doc, PdfOptions.DEFAULT.withPdfx(true));
        try (PDDocument d = Loader.loadPDF(x)) {
            assertEquals(1.3f, d.getVersion(), 0.001f);
            var info = d.getDocumentInformation().getCOSObject();
            assertEquals("PDF/X-1:2001", info.getString(COSName.getPDFName("GTS_PDFXVersion")));
            assertEquals("PDF/X-1a:2001", info.getString(COSName.getPDFName("GTS_PDFXConformance")));
            var intents = d.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            assertEquals("FOGRA39", intents.get(0).getOutputConditionIdentifier());
            var profile = java.awt.color.ICC_Profile.getInstance(intents.get(0).getDestOutputIntent().createInputStream().readAllBytes());
            assertEquals(java.awt.color.ColorSpace.TYPE_CMYK, profile.getColorSpaceType());
            assertEquals(java.awt.color.ICC_Profile.CLASS_OUTPUT, profile.getProfileClass());
        }
    }

    @Test
    void aMissingGlyphIsReportedNotSilentlyDropped() throws IOException {
        Face song = fonts.primary(FontBook.SONG);
        Item.GlyphRun run = new Item.GlyphRun(10_000, 20_000, song, 10_500, "甲\u2082乙", new int[] {0, 10_500, 21_000},
                Ink.BLACK, new SourceRef("x7", 3, 0));
        Document d = new Document("t", "s", null, List.of(new Page(1, TestDocuments.FORMAT, List.of(run), false)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.Result r = new PdfRenderer(fonts).render(d, PdfOptions.DEFAULT, out, i -> { });
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("U+2082") && r.warnings().get(0).contains("x7"), r.warnings().get(0));
        try (PDDocument p = Loader.loadPDF(out.toByteArray())) {
            List<TextPosition> seen = new ArrayList<>();
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) { seen.add(t); }
            }.getText(p);
            assertEquals("乙", seen.get(1).getUnicode());
            assertEquals((Mpt.mm(3) + 10_000 + 21_000) / 1000f, seen.get(1).getXDirAdj(), 0.01, "乙 keeps its place");
        }
    }

    @Test
    void anEmptyDocumentIsAClearError() {
        IOException e = assertThrows(IOException.class,
                () -> new PdfRenderer(fonts).render(new Document("t", "s", List.of()), PdfOptions.DEFAULT));
        assertTrue(e.getMessage().contains("no pages"));
    }

    private static void assertBox(float llx, float lly, float urx, float ury, PDRectangle r) {
        assertEquals(llx, r.getLowerLeftX(), 0.01, "llx " + r);
        assertEquals(lly, r.getLowerLeftY(), 0.01, "lly " + r);
        assertEquals(urx, r.getUpperRightX(), 0.01, "urx " + r);
        assertEquals(ury, r.getUpperRightY(), 0.01, "ury " + r);
    }
}
