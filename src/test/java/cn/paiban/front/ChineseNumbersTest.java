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
}
