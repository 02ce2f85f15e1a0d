package cn.paiban.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GB/T 15835—2011 5.1.7 书写格式 and 5.3: Arabic digits are half-width (二分字身), never the full-width ０–９ of a
 * Chinese input method (certain fix); one number is written either in Arabic or in Chinese numerals, not both
 * (1百零8, 4千, 一百08, 二〇23年). 万 and 亿 after Arabic digits are the standard's own form for large numbers
 * (16.7万条) and are left alone, as are units named with 千/百 (千米, 千克, 千瓦, 百分点).
 */
final class NumeralForms implements TextRule {
    static final String FULL_WIDTH = "15835.full-width", MIXED = "15835.mixed";
    static final String FULL_WIDTH_CLAUSE = "GB/T 15835—2011 5.1.7 书写格式", MIXED_CLAUSE = "GB/T 15835—2011 5.3";
    private static final Pattern WIDE = Pattern.compile("[０-９][０-９．，]*");
    private static final Pattern DIGIT_THEN_HAN = Pattern.compile("\\d+[十百千](?![米克瓦卡焦帕伏赫兆分])(?:[零〇]?[\\d一二三四五六七八九十百])*");
    private static final Pattern HAN_THEN_DIGIT = Pattern.compile("[〇零一二三四五六七八九十百千]+\\d+");

    @Override
    public void check(List<Piece> pieces, int index, Found out) {
        Piece p = pieces.get(index);
        String t = p.text();
        Matcher m = WIDE.matcher(t);
        while (m.find()) {
            String run = m.group().replaceAll("[．，]+$", "");
            StringBuilder half = new StringBuilder();
            for (char c : run.toCharArray()) half.append(c == '．' ? '.' : c == '，' ? ',' : (char) (c - '０' + '0'));
            out.add(FULL_WIDTH, FULL_WIDTH_CLAUSE, p, m.start(), run, half.toString(), true, "check.full-width", run);
        }
        java.util.BitSet seen = new java.util.BitSet();
        for (Pattern pattern : List.of(DIGIT_THEN_HAN, HAN_THEN_DIGIT)) {
            m = pattern.matcher(t);
            while (m.find()) {
                if (seen.get(m.start(), m.end()).cardinality() > 0) continue; // 1百零8 is one number, said once
                seen.set(m.start(), m.end());
                out.add(MIXED, MIXED_CLAUSE, p, m.start(), m.group(), null, false, "check.mixed", m.group());
            }
        }
    }
}
