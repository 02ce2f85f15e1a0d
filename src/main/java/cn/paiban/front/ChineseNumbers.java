package cn.paiban.front;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/**
 * Dates and numbers written the Chinese way, through ICU4J: 2023年8月25日, 第4期, 总第171期, and in Chinese
 * numerals 二〇二三年 (digit by digit, the hanidec numbering system, as years are read) or 八月二十五日
 * (spelled out, as months and days are read).
 */
public final class ChineseNumbers {
    private static final ULocale ZH = ULocale.SIMPLIFIED_CHINESE;

    private ChineseNumbers() {}

    /** 2023 → 二〇二三 */
    public static String digits(long n) {
        NumberFormat f = NumberFormat.getInstance(new ULocale("zh@numbers=hanidec"));
        f.setGroupingUsed(false);
        return f.format(n);
    }

    /** 25 → 二十五, 171 → 一百七十一 */
    public static String spelled(long n) {
        return new RuleBasedNumberFormat(ZH, RuleBasedNumberFormat.SPELLOUT).format(n);
    }

    /** 二〇二三年 */
    public static String yearHan(int year) { return digits(year) + "年"; }

    /** 2023年8月25日 (the pattern through ICU's calendar, so the numbers stay Arabic as the colophon prints them). */
    public static String date(LocalDate d) {
        var f = new com.ibm.icu.text.SimpleDateFormat("y年M月d日", ZH);
        var cal = com.ibm.icu.util.Calendar.getInstance(ZH);
        cal.clear();
        cal.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
        return f.format(cal.getTime());
    }

    /** 二〇二三年八月二十五日 */
    public static String dateHan(LocalDate d) {
        return yearHan(d.getYear()) + spelled(d.getMonthValue()) + "月" + spelled(d.getDayOfMonth()) + "日";
    }

    /** 第4期 */
    public static String issueNumber(int n) { return "第" + n + "期"; }

    /** 第四期 */
    public static String issueNumberHan(int n) { return "第" + spelled(n) + "期"; }
}
