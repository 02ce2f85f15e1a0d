package cn.paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.pdf.PdfDate;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The information dictionary's date string is the one OpenPDF's PdfDate writes for noon in Beijing on that day. */
class PdfMetadataTest {
    @Test
    void theDateIsWhatPdfDateWritesForNoonInBeijing() {
        // every day of two centuries: the years China kept summer time (1986-1991) and the +08:05:43 of 1900 among them
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.isBefore(LocalDate.of(2100, 1, 1)); d = d.plusDays(1)) {
            assertEquals(new PdfDate(noonInBeijing(d)).toString(), PdfMetadata.pdfDate(d), d.toString());
        }
        assertEquals("D:20230825120000+08'00'", PdfMetadata.pdfDate(LocalDate.of(2023, 8, 25)));
        assertEquals("D:19880601120000+09'00'", PdfMetadata.pdfDate(LocalDate.of(1988, 6, 1)));
        assertEquals(new PdfDate(noonInBeijing(LocalDate.of(1970, 1, 1))).toString(), PdfMetadata.pdfDate(null));
    }

    private static Calendar noonInBeijing(LocalDate d) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        c.clear();
        c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 12, 0, 0);
        return c;
    }
}
