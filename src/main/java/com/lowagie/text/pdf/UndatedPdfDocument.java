package com.lowagie.text.pdf;

import com.lowagie.text.DocumentException;
import java.io.OutputStream;

/**
 * OpenPDF's {@code PdfWriter.getInstance}, with a PdfDocument that does not stamp the clock's date on itself. OpenPDF's
 * PdfDocument constructor calls {@code Document.addCreationDate()}, which formats the time with a SimpleDateFormat
 * whose zone name ({@code zzz}) loads the JDK's time-zone name tables: 20-30 ms of the main thread's CPU (100 ms wall
 * on a busy machine) in a cold export, for a string that is thrown away: the information dictionary gets its
 * CreationDate entry from PdfInfo's own constructor all the same, and Paiban replaces its value with the issue's
 * date, so the file is byte for byte what getInstance's writer writes.
 *
 * <p>It lives in OpenPDF's package because PdfWriter's constructor is protected.
 */
public final class UndatedPdfDocument extends PdfDocument {
    private UndatedPdfDocument() {}

    /** Nothing: the date of the information dictionary is the caller's to set. */
    @Override
    public boolean addCreationDate() { return false; }

    /** A writer of {@code document} to {@code os}, as {@code PdfWriter.getInstance(document, os)} makes it. */
    public static PdfWriter writer(com.lowagie.text.Document document, OutputStream os) throws DocumentException {
        PdfDocument pdf = new UndatedPdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        PdfWriter writer = new PdfWriter(pdf, os);
        pdf.addWriter(writer);
        return writer;
    }
}
