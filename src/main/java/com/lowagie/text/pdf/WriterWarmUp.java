package com.lowagie.text.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import java.io.OutputStream;
import java.util.zip.Deflater;

/**
 * Writes a one-page PDF to nowhere, so that the first real export finds OpenPDF's writing code loaded and linked:
 * its classes initialized, and the string concatenations it compiles to invokedynamic (PdfIndirectReference's
 * "n g R", PdfEncryption's document id, BaseFont's subset prefix) bootstrapped, which spins some twenty method-handle
 * classes on the thread that gets there first. Nothing of it touches a font or state an export reads: the page is
 * drawn with the standard Helvetica, never embedded, and the subset prefix is drawn from that font's own random.
 *
 * <p>It lives in OpenPDF's package because createSubsetPrefix is protected.
 */
public final class WriterWarmUp {
    private WriterWarmUp() {}

    public static void run() throws Exception {
        Document doc = new Document(new Rectangle(100, 100));
        PdfWriter writer = UndatedPdfDocument.writer(doc, OutputStream.nullOutputStream());
        writer.setCompressionLevel(Deflater.DEFAULT_COMPRESSION);
        writer.setPdfVersion(PdfWriter.VERSION_1_6);
        writer.setBoxSize("trim", new Rectangle(10, 10, 90, 90));
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        cb.setCMYKColorFillF(0, 0, 0, 1);
        cb.rectangle(10, 10, 20, 20);
        cb.fill();
        BaseFont helvetica = BaseFont.createFont();
        cb.beginText();
        cb.setFontAndSize(helvetica, 10);
        cb.setTextMatrix(10, 50);
        cb.showText("Paiban");
        cb.endText();
        new PdfOutline(cb.getRootOutline(), new PdfDestination(PdfDestination.FITH, 90), "1", true);
        PdfPageLabels labels = new PdfPageLabels();
        labels.addPageLabel(1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, 3);
        writer.setPageLabels(labels);
        doc.close();
        helvetica.createSubsetPrefix();
    }
}
