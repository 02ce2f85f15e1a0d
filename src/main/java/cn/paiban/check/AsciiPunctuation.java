package cn.paiban.check;

import java.util.List;

/**
 * GB/T 15834—2011 第4章 (the forms of the marks): Chinese text takes the full-width marks; an ASCII , ; : ? ! ( )
 * or " touching Chinese is a half-width mark typed in by mistake (a decimal point, a URL, a time 10:30 or a phone
 * number (0349) do not touch Chinese and are left alone). The full-width form is certain for all but ", whose
 * direction the rule can only guess.
 */
final class AsciiPunctuation implements TextRule {
    static final String RULE = "15834.ascii";
    static final String CLAUSE = "GB/T 15834—2011 第4章（标点符号的形式）";
    private static final String ASCII = ",;:?!()\"", FULL = "，；：？！（）\"";

    @Override
    public void check(List<Piece> pieces, int index, Found out) {
        Piece p = pieces.get(index);
        String t = p.text();
        int quotes = 0;
        java.util.BitSet paired = new java.util.BitSet();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int k = ASCII.indexOf(c);
            if (c == '.' && Chars.han(t, i - 1) && (i + 1 == t.length() || Chars.chinese(t, i + 1)) && !(i + 1 < t.length() && t.charAt(i + 1) == '.')
                    && !(i > 0 && t.charAt(i - 1) == '.')) {
                out.add(RULE, CLAUSE, p, i, ".", "。", true, "check.ascii", ".", "。");
                continue;
            }
            if (k < 0) continue;
            if (c == '"') quotes++;
            boolean before = Chars.chinese(t, i - 1), after = Chars.chinese(t, i + 1);
            if (c == '(') after = after || Chars.chinese(t, closing(t, i) + 1);
            if (c == ')') before = before || Chars.chinese(t, t.lastIndexOf('(', i) - 1);
            if (!(before || after)) continue;
            if (c == ':' && Chars.digit(t, i - 1) && Chars.digit(t, i + 1)) continue; // a time, a ratio
            int close = c == '(' ? closing(t, i) : -1;
            int nextOpen = t.indexOf('(', i + 1);
            if (close > i && t.substring(i + 1, close).matches("\\d+") && Chars.digit(t, close + 1)) {
                paired.set(close); // 电话(0349)2022519: an area code, written the Latin way
                continue;
            }
            if (close > i && close - i <= 24 && (nextOpen < 0 || nextOpen > close)) {
                // (9), (双月出版): the pair is one finding, both marks made full-width
                String quote = t.substring(i, close + 1);
                String full = "（" + t.substring(i + 1, close) + "）";
                out.add(RULE, CLAUSE, p, i, quote, full, true, "check.ascii", quote, full);
                paired.set(close);
                continue;
            }
            if (c == ')' && paired.get(i)) continue;
            if (c == '"') {
                String dir = quotes % 2 == 1 ? "“" : "”";
                out.add(RULE, CLAUSE, p, i, "\"", dir, false, "check.ascii", "\"", dir);
            } else {
                String full = String.valueOf(FULL.charAt(k));
                out.add(RULE, CLAUSE, p, i, String.valueOf(c), full, true, "check.ascii", String.valueOf(c), full);
            }
        }
    }

    private static int closing(String t, int open) {
        int c = t.indexOf(')', open);
        return c < 0 ? -5 : c;
    }
}
