package cn.paiban.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GB/T 15835—2011 5.1.3 数值范围 and GB/T 15834—2011 4.13 连接号: a range takes ～ or the 一字线 —, not the hyphen,
 * which joins parts of one name or number (a phone number 0349-2022519, a date 2023-08-25 are not ranges and have
 * no unit after them). A unit after the second number may be left off the first only when nothing changes by it:
 * 15～30% is 15%～30%, 9～16亿 is 9亿～16亿, 13～17万元 is 13万元～17万元 (the standard's own examples).
 */
final class RangeForms implements TextRule {
    static final String HYPHEN = "15835.range-hyphen", UNIT = "15835.range-unit";
    static final String HYPHEN_CLAUSE = "GB/T 15835—2011 5.1.3；GB/T 15834—2011 4.13 连接号";
    static final String UNIT_CLAUSE = "GB/T 15835—2011 5.1.3 数值范围";
    static final String NUMBER = "\\d+(?:\\.\\d+)?";
    /** A multiplier or a percent: leaving it off the first number changes the number. */
    static final String SCALE = "(?:%|％|‰|万亿|千万|百万|万|亿)";
    private static final Pattern WITH_HYPHEN = Pattern.compile(
            "(?<![\\w.\\-/－])(" + NUMBER + ")([-－–])(" + NUMBER + ")(?=" + SCALE + "|[年月日号时点岁季周天期次个元户人家项名吨亩倍])");
    private static final Pattern DROPPED = Pattern.compile(
            "(?<![\\w.])(" + NUMBER + ")([～~—\\-－–])(" + NUMBER + ")(" + SCALE + "(?:元|人|户|吨|亩|千瓦|平方米|立方米|kW|t)?)");

    @Override
    public void check(List<Piece> pieces, int index, Found out) {
        Piece p = pieces.get(index);
        String t = p.text();
        Matcher m = DROPPED.matcher(t);
        java.util.BitSet done = new java.util.BitSet();
        while (m.find()) {
            String conn = hyphen(m.group(2)) ? "～" : m.group(2);
            String unit = m.group(4);
            String right = m.group(1) + unit + conn + m.group(3) + unit;
            out.add(UNIT, UNIT_CLAUSE, p, m.start(), m.group(), right, true, "check.range-unit", m.group(), right);
            done.set(m.start());
        }
        m = WITH_HYPHEN.matcher(t);
        while (m.find()) {
            if (done.get(m.start())) continue;
            String right = m.group(1) + "—" + m.group(3);
            out.add(HYPHEN, HYPHEN_CLAUSE, p, m.start(), m.group(), right, true, "check.range-hyphen", m.group(), right);
        }
    }

    static boolean hyphen(String s) { return s.equals("-") || s.equals("－") || s.equals("–"); }
}
