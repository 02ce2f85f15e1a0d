package cn.paiban.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GB/T 15835—2011 5.1.4 年月日: a year of four digits is not cut to two ('23年, ’23年, or 23年 in a date such as
 * 23年8月). 23年 alone (二十三年, a duration) is left alone. The century is a guess from the issue's year, so the
 * fix is offered but not certain.
 */
final class YearForms implements TextRule {
    static final String RULE = "15835.year";
    static final String CLAUSE = "GB/T 15835—2011 5.1.4 年月日";
    private static final Pattern APOSTROPHE = Pattern.compile("['’‘′](\\d{2})年");
    private static final Pattern IN_DATE = Pattern.compile("(?<![\\d.０-９])(\\d{2})年(?=\\d{1,2}月)");

    private final int issueYear;

    YearForms(int issueYear) { this.issueYear = issueYear; }

    @Override
    public void check(List<Piece> pieces, int index, Found out) {
        Piece p = pieces.get(index);
        String t = p.text();
        for (Pattern pattern : List.of(APOSTROPHE, IN_DATE)) {
            Matcher m = pattern.matcher(t);
            while (m.find()) {
                String full = full(Integer.parseInt(m.group(1))) + "年";
                out.add(RULE, CLAUSE, p, m.start(), m.group(), full, false, "check.year", m.group(), full);
            }
        }
    }

    /** The four-digit year: the latest year ending in these two digits that is not after the issue's. */
    String full(int yy) {
        int base = issueYear <= 0 ? 2000 : issueYear;
        int y = base - Math.floorMod(base - yy, 100);
        return String.valueOf(y);
    }
}
