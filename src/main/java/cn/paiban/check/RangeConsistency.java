package cn.paiban.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue's own consistency (GB/T 15835—2011 5.1.3; 局部体例一致): one range is written one way throughout the
 * issue — 1—7月 on page 3 and 1～7月 on page 40 is a difference a reader sees. Ranges are grouped by their numbers
 * and unit; every occurrence in a form other than the most frequent is reported, with that form as the suggestion.
 */
final class RangeConsistency {
    static final String RULE = "issue.range-forms";
    static final String CLAUSE = "GB/T 15835—2011 5.1.3（同一期体例一致）";
    private static final Pattern RANGE = Pattern.compile("(?<![\\w.])(" + RangeForms.NUMBER + ")(" + RangeForms.SCALE
            + "?)([～~—\\-－–至到])(" + RangeForms.NUMBER + ")(" + RangeForms.SCALE + "|[年月日号时岁季周天期次个元户人家项名吨亩倍])");

    private record Seen(Piece piece, int at, String form) {}

    void check(List<Piece> pieces, Found out) {
        Map<String, List<Seen>> byRange = new LinkedHashMap<>();
        for (Piece p : pieces) {
            Matcher m = RANGE.matcher(p.text());
            while (m.find()) {
                String key = m.group(1) + "|" + m.group(4) + "|" + m.group(5);
                byRange.computeIfAbsent(key, k -> new ArrayList<>()).add(new Seen(p, m.start(), m.group()));
            }
        }
        for (List<Seen> seen : byRange.values()) {
            Map<String, Integer> forms = new LinkedHashMap<>();
            for (Seen s : seen) forms.merge(s.form, 1, Integer::sum);
            if (forms.size() < 2) continue;
            String usual = forms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            for (Seen s : seen) {
                if (s.form.equals(usual)) continue;
                out.add(RULE, CLAUSE, s.piece, s.at, s.form, usual, false, "check.range-forms", s.form, usual,
                        String.valueOf(forms.get(usual)));
            }
        }
    }
}
