package cn.paiban.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.UndatedPdfDocument;
import java.io.OutputStream;
import java.util.zip.Deflater;

/**
 * Writes a one-page PDF to nowhere, so that the first real export finds OpenPDF's writing code loaded and
 * initialized: the writer, its content, boxes, outline, page labels, the close (the cross-reference table, the
 * document id's MD5 and the security providers behind it), and java.awt.Color, whose first use initializes AWT's
 * Toolkit, the zone of the PDF's dates and the seeded random of the subset prefixes. Nothing of it touches a font
 * or state an export reads. It draws no text: the only font it could show it with is the standard Helvetica, whose
 * metrics (an AFM file parsed on the spot, 20-25 ms of CPU) no export needs.
 */
final class WriterWarmUp {
    private WriterWarmUp() {}

    static void run() throws Exception {
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
        new PdfOutline(cb.getRootOutline(), new PdfDestination(PdfDestination.FITH, 90), "1", true);
        PdfPageLabels labels = new PdfPageLabels();
        labels.addPageLabel(1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, 3);
        writer.setPageLabels(labels);
        doc.close();
        // What the export's thread would otherwise set up while it writes: the time zone of the document's dates
        // (the JDK reads its whole zone database, ~3 ms cold) and the seeded SHA1PRNG of the subset prefixes (the
        // provider lookup, whose search for a constructor fails and formats a message with streams, ~3 ms cold).
        PdfMetadata.pdfDate(null);
        java.security.SecureRandom r = java.security.SecureRandom.getInstance("SHA1PRNG");
        r.setSeed(new byte[] {1});
        r.nextDouble();
    }
}
