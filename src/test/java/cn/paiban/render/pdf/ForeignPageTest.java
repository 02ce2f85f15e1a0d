package cn.paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import cn.paiban.geom.Rect;
import cn.paiban.render.TestDocuments;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Front-matter pages arrive as PDF from Flying Saucer, with CSS colours in RGB; the export must stay CMYK. */
class ForeignPageTest {
    private final FontBook fonts = FontBook.standard();

    /** A page as Flying Saucer would write it: #333333 text and a red rule, in DeviceRGB. */
    private byte[] rgbPage() throws Exception {
        Face song = fonts.primary(FontBook.SONG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document d = new com.lowagie.text.Document(new Rectangle(524.41f, 737.01f));
        PdfWriter w = PdfWriter.getInstance(d, out);
        d.open();
        PdfContentByte cb = w.getDirectContent();
        BaseFont bf = BaseFont.createFont(song.pdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        cb.setRGBColorFillF(0.2f, 0.2f, 0.2f);
        cb.beginText();
        cb.setFontAndSize(bf, 12);
        cb.setTextMatrix(72, 600);
        cb.showText("目录 朔州经济");
        cb.endText();
        cb.setRGBColorStrokeF(1, 0, 0);
        cb.moveTo(72, 590);
        cb.lineTo(300, 590);
        cb.stroke();
        cb.setGrayFill(0);
        cb.rectangle(72, 500, 10, 10);
        cb.fill();
        d.close();
        return out.toByteArray();
    }

    @Test
    void aForeignPageIsPlacedWholeWithItsColoursMadeCmyk() throws Exception {
        byte[] front = rgbPage();
        Rect trim = new Rect(0, 0, TestDocuments.FORMAT.trimWidth(), TestDocuments.FORMAT.trimHeight());
        Item.ForeignPage fp = new Item.ForeignPage(trim, front, 0, (byte[]) null, "contents");
        Document doc = new Document("t", "s", TestDocuments.DATE, List.of(new Page(3, TestDocuments.FORMAT, List.of(fp), false)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.Result r = new PdfRenderer(fonts).render(doc, PdfOptions.DEFAULT, out, i -> { });
        assertEquals(List.of(), r.warnings());
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            List<String> ops = PdfOperators.colourOperators(d.getPage(0));
            assertFalse(ops.isEmpty());
            for (String op : ops) assertTrue(op.equals("k") || op.equals("K"), "colour operators " + ops);
            assertTrue(new PDFTextStripper().getText(d).contains("目录 朔州经济"));
            String form = PdfOperators.formContents(d.getPage(0));
            assertTrue(form.contains("0 0 0 0.8 k"), "#333333 as K80: " + form);
            assertTrue(form.contains("0 1 1 0 K"), "red as M100 Y100: " + form);
            assertTrue(form.contains("0 0 0 1 k"), "black as K100: " + form);
        }
    }

    @Test
    void foreignSubsetNamesDrawnAtRandomStillGiveIdenticalExports() throws Exception {
        byte[] a = rgbPage();
        byte[] b = rgbPage();
        assertFalse(java.util.Arrays.equals(a, b), "OpenPDF (like Flying Saucer) names subsets at random");
        assertArrayEquals(exportOne(a), exportOne(b));
    }

    @Test
    void severalForeignDocumentsAreWrittenInPageOrderNotHashOrder() throws Exception {
        byte[] a = rgbPage();
        byte[] b = rgbPage();
        byte[] first = null;
        // OpenPDF keeps readers in a HashMap keyed by identity: fresh copies of the same bytes shuffle it.
        for (int run = 0; run < 6; run++) {
            byte[] pdf = export(a.clone(), b.clone());
            if (first == null) first = pdf;
            assertArrayEquals(first, pdf, "run " + run);
        }
    }

    private byte[] export(byte[]... fronts) throws Exception {
        Rect trim = new Rect(0, 0, TestDocuments.FORMAT.trimWidth(), TestDocuments.FORMAT.trimHeight());
        List<Page> pages = new java.util.ArrayList<>();
        for (int i = 0; i < fronts.length; i++) {
            pages.add(new Page(i + 1, TestDocuments.FORMAT,
                    List.of(new Item.ForeignPage(trim, fronts[i], 0, (byte[]) null, "front" + i)), false));
        }
        return new PdfRenderer(fonts).render(new Document("t", "s", TestDocuments.DATE, pages), PdfOptions.DEFAULT);
    }

    private byte[] exportOne(byte[] front) throws Exception {
        Rect trim = new Rect(0, 0, TestDocuments.FORMAT.trimWidth(), TestDocuments.FORMAT.trimHeight());
        Item.ForeignPage fp = new Item.ForeignPage(trim, front, 0, (byte[]) null, "contents");
        return new PdfRenderer(fonts).render(new Document("t", "s", TestDocuments.DATE,
                List.of(new Page(3, TestDocuments.FORMAT, List.of(fp), false))), PdfOptions.DEFAULT);
    }

    @Test
    void rgbToCmykKeepsGreysInBlackAlone() {
        assertArrayEquals(new float[] {0, 0, 0, 1}, CmykContent.fromRgb(0, 0, 0));
        assertArrayEquals(new float[] {0, 0, 0, 0}, CmykContent.fromRgb(1, 1, 1));
        assertArrayEquals(new float[] {0, 1, 1, 0}, CmykContent.fromRgb(1, 0, 0), 1e-6f);
        assertArrayEquals(new float[] {0, 0.5f, 1, 0.2f}, CmykContent.fromRgb(0.8f, 0.4f, 0), 1e-6f);
    }
}
