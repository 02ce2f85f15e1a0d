package cn.paiban.front;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.paiban.geom.Mpt;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page style's lengths, written without a format pattern, read as String.format wrote them. */
class TemplateRendererTest {
    @Test
    void lengthsInMmAreWrittenAsStringFormatWritesThem() {
        Random random = new Random(20261204L);
        for (int i = 0; i < 20_000; i++) {
            int mpt = switch (i % 4) {
                case 0 -> random.nextInt(1_000_000);           // up to 350 mm: page sizes, bleeds
                case 1 -> Mpt.mm(random.nextInt(400));          // whole mm
                case 2 -> Mpt.mm(random.nextInt(4000)) / 10;    // tenths of a mm
                default -> random.nextInt(Integer.MAX_VALUE);
            };
            assertEquals(String.format(Locale.ROOT, "%.2fmm", Mpt.toMm(mpt)), TemplateRenderer.mm(mpt), "mpt " + mpt);
        }
        assertEquals("0.00mm", TemplateRenderer.mm(0));
        assertEquals("210.00mm", TemplateRenderer.mm(Mpt.mm(210)));
    }
}
