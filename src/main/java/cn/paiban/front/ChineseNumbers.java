package cn.paiban.front;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/**
 * Dates and numbers written the Chinese way: 2023年8月25日, 第4期, 总第171期, and in Chinese numerals 二〇二三年
 * (digit by digit, the hanidec numbering system, as years are read) or 八月二十五日 (spelled out, as months and days
 * are read). Written out here for the numbers a journal prints (spelled 0–9999, digits of any n ≥ 0): ICU4J's
 * number formats give the same (ChineseNumbersTest compares all of them) but cost a cold export about 0.3 s of CPU to
 * load; ICU formats what is beyond.
 */
public final class ChineseNumbers {
    /**
     * ICU's locale, only for what is beyond the numbers written out here: a field, it was ULocale's class set-up
     * (~2 ms of a cold export's CPU) for every export, though the sample's numbers never reach ICU.
     */
    private static ULocale zh() { return ULocale.SIMPLIFIED_CHINESE; }
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumbers() {}

    /** 2023 → 二〇二三 */
    public static String digits(long n) {
        if (n < 0) {
            NumberFormat f = NumberFormat.getInstance(new ULocale("zh@numbers=hanidec"));
            f.setGroupingUsed(false);
            return f.format(n);
        }
        String arabic = Long.toString(n);
        StringBuilder out = new StringBuilder(arabic.length());
        for (int i = 0; i < arabic.length(); i++) out.append(DIGITS.charAt(arabic.charAt(i) - '0'));
        return out.toString();
    }

    /** 25 → 二十五, 171 → 一百七十一 */
    public static String spelled(long n) {
        if (n < 0 || n > 9999) return new RuleBasedNumberFormat(zh(), RuleBasedNumberFormat.SPELLOUT).format(n);
        if (n < 10) return digit(n);
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digit(n % 10));   // 十, 十五; within a larger number 一十
        return below(n);
    }

    /** n in 10–9999 with every unit named (一十 after a hundred), a zero gap read once as 〇: 1010 一千〇一十. */
    private static String below(long n) {
        long[] units = {1000, 100, 10};
        String[] names = {"千", "百", "十"};
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < units.length; i++) {
            long d = n / units[i] % 10;
            if (d == 0) {
                if (out.length() > 0) gap = true;
                continue;
            }
            if (gap) out.append('〇');
            gap = false;
            out.append(digit(d)).append(names[i]);
        }
        long last = n % 10;
        if (last != 0) {
            if (gap) out.append('〇');
            out.append(digit(last));
        }
        return out.toString();
    }

    private static String digit(long d) { return String.valueOf(DIGITS.charAt((int) d)); }

    /** 二〇二三年 */
    public static String yearHan(int year) { return digits(year) + "年"; }

    /** 2023年8月25日 (Arabic numbers, as the colophon prints them; ICU's y年M月d日 for the years before 1). */
    public static String date(LocalDate d) {
        if (d.getYear() < 1) {
            var f = new com.ibm.icu.text.SimpleDateFormat("y年M月d日", zh());
            var cal = com.ibm.icu.util.Calendar.getInstance(zh());
            cal.clear();
            cal.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
            return f.format(cal.getTime());
        }
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
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
