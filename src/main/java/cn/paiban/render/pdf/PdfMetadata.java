package cn.paiban.render.pdf;

import cn.paiban.display.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The document information dictionary and the PDF/X output intent. Dates come from the issue (noon, Beijing
 * time, on the publication date), never from the clock: two exports of one issue must be byte-identical.
 */
final class PdfMetadata {
    static final String PRODUCER = "Paiban 0.1 (OpenPDF 2.0.5)";
    /**
     * The registered characterization the output intent names, with a profile of it embedded: Debian ships
     * FOGRA39 measurement data but no CMYK profile, so FOGRA39L.icc was made from that data with ArgyllCMS
     * (FOGRA39L.icc.txt beside it says how).
     */
    static final String OUTPUT_CONDITION_ID = "FOGRA39";
    static final String PROFILE = "FOGRA39L.icc";
    static final String OUTPUT_CONDITION = "Offset printing, ISO 12647-2:2004, coated paper (FOGRA39)";
    static final String REGISTRY = "http://www.color.org";

    private PdfMetadata() {}

    static void apply(PdfWriter writer, Document doc, boolean pdfx) {
        PdfDictionary info = writer.getInfo();
        put(info, PdfName.TITLE, doc.title());
        put(info, PdfName.SUBJECT, doc.subject());
        put(info, PdfName.CREATOR, "Paiban");
        info.put(PdfName.PRODUCER, new PdfString(PRODUCER));
        PdfDate date = new PdfDate(calendar(doc.date()));
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        if (pdfx) info.put(PdfName.TRAPPED, new PdfName("False"));
    }

    static void outputIntent(PdfWriter writer) throws IOException {
        writer.setOutputIntents(OUTPUT_CONDITION_ID, OUTPUT_CONDITION, REGISTRY, OUTPUT_CONDITION, profile());
    }

    private static byte[] profile() throws IOException {
        try (InputStream in = PdfMetadata.class.getResourceAsStream(PROFILE)) {
            if (in == null) throw new IOException("output intent profile " + PROFILE + " missing from the jar");
            return in.readAllBytes();
        }
    }

    private static void put(PdfDictionary info, PdfName key, String value) {
        if (value != null && !value.isBlank()) info.put(key, new PdfString(value, PdfObject.TEXT_UNICODE));
    }

    /** Without a date the epoch stands in: still reproducible, and visibly not a real date. */
    static Calendar calendar(LocalDate date) {
        LocalDate d = date == null ? LocalDate.of(1970, 1, 1) : date;
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        c.clear();
        c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 12, 0, 0);
        return c;
    }
}
