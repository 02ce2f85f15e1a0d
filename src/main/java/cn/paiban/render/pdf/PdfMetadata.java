package cn.paiban.render.pdf;

import cn.paiban.display.Document;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
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
        PdfString date = new PdfString(pdfDate(doc.date()));
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

    /**
     * The date as a PDF date string, noon in Beijing: what OpenPDF's PdfDate writes for a Calendar of that
     * time (D:YYYYMMDDHHmmSS and the zone's offset that day, +08'00'), made without a Calendar, whose first use
     * looks up the week rules of every locale the JDK has (10 ms of a cold export). Without a date the epoch stands
     * in: still reproducible, and visibly not a real date.
     */
    static String pdfDate(LocalDate date) {
        LocalDate d = date == null ? LocalDate.of(1970, 1, 1) : date;
        TimeZone zone = TimeZone.getTimeZone("Asia/Shanghai");
        long noon = d.toEpochDay() * 86_400_000L + 12 * 3_600_000L;
        int minutes = zone.getOffset(noon - zone.getRawOffset()) / 60_000;   // zones change their offset at night
        StringBuilder s = new StringBuilder("D:");
        s.append(digits(d.getYear(), 4)).append(digits(d.getMonthValue(), 2)).append(digits(d.getDayOfMonth(), 2));
        s.append("120000");
        int hours = minutes / 60;
        if (hours == 0) return s.append('Z').toString();
        s.append(hours < 0 ? '-' : '+').append(digits(Math.abs(hours), 2)).append('\'');
        return s.append(digits(Math.abs(minutes) - Math.abs(hours) * 60, 2)).append('\'').toString();
    }

    /** {@code value} with leading zeros to {@code length} digits, cut to that length as PdfDate cuts it. */
    private static String digits(int value, int length) {
        StringBuilder b = new StringBuilder(Integer.toString(value));
        while (b.length() < length) b.insert(0, '0');
        b.setLength(length);
        return b.toString();
    }
}
