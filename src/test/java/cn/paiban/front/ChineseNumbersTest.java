package cn.paiban.front;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseNumbersTest {
    static final LocalDate PUBLISHED = LocalDate.of(2023, 8, 25);

    @Test
    void colophonDate() { assertEquals("2023年8月25日", ChineseNumbers.date(PUBLISHED)); }

    @Test
    void yearInChineseNumeralsDigitByDigit() {
        assertEquals("二〇二三年", ChineseNumbers.yearHan(2023));
        assertEquals("二〇〇八年", ChineseNumbers.yearHan(2008));
    }

    @Test
    void fullDateInChineseNumerals() {
        assertEquals("二〇二三年八月二十五日", ChineseNumbers.dateHan(PUBLISHED));
        assertEquals("二〇二四年十二月十日", ChineseNumbers.dateHan(LocalDate.of(2024, 12, 10)));
    }

    @Test
    void issueNumbers() {
        assertEquals("第4期", ChineseNumbers.issueNumber(4));
        assertEquals("第四期", ChineseNumbers.issueNumberHan(4));
        assertEquals("一百七十一", ChineseNumbers.spelled(171));
    }

    /** The hand-written numbers agree with ICU4J's formats, which they stand in for, on every number a journal prints. */
    @Test
    void sameAsIcuForEveryNumberUpTo9999AndDatesOfDecades() {
        var spellout = new com.ibm.icu.text.RuleBasedNumberFormat(com.ibm.icu.util.ULocale.SIMPLIFIED_CHINESE,
                com.ibm.icu.text.RuleBasedNumberFormat.SPELLOUT);
        var hanidec = com.ibm.icu.text.NumberFormat.getInstance(new com.ibm.icu.util.ULocale("zh@numbers=hanidec"));
        hanidec.setGroupingUsed(false);
        for (int n = 0; n <= 12000; n++) {
            assertEquals(spellout.format(n), ChineseNumbers.spelled(n), "spelled " + n);
            assertEquals(hanidec.format(n), ChineseNumbers.digits(n), "digits " + n);
        }
        assertEquals(hanidec.format(1234567890123L), ChineseNumbers.digits(1234567890123L));
        var ymd = new com.ibm.icu.text.SimpleDateFormat("y年M月d日", com.ibm.icu.util.ULocale.SIMPLIFIED_CHINESE);
        for (LocalDate d = LocalDate.of(1990, 1, 1); d.getYear() < 2040; d = d.plusDays(d.getYear() < 2020 ? 17 : 1)) {
            var cal = com.ibm.icu.util.Calendar.getInstance(com.ibm.icu.util.ULocale.SIMPLIFIED_CHINESE);
            cal.clear();
            cal.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
            assertEquals(ymd.format(cal.getTime()), ChineseNumbers.date(d), d.toString());
        }
    }
}
