package cn.paiban.check;

import java.util.List;

/**
 * GB/T 15834—2011 4.1 句号, 4.4 逗号, 4.5 顿号, 4.6 分号, 4.7 冒号: each stands once. A doubled mark (，，, 。。) is a
 * slip of the keyboard; one of them is certainly right. ？？ and ！！ are left alone (4.2.3, 4.3.3 allow them for
 * strong feeling), and three 。 or more are the ellipsis rule's.
 */
final class DoubledMarks implements TextRule {
    static final String RULE = "15834.doubled";
    private static final String MARKS = "，。、；：";

    static String clause(char c) {
        return "GB/T 15834—2011 " + switch (c) {
            case '。' -> "4.1 句号";
            case '，' -> "4.4 逗号";
            case '、' -> "4.5 顿号";
            case '；' -> "4.6 分号";
            default -> "4.7 冒号";
        };
    }

    @Override
    public void check(List<Piece> pieces, int index, Found out) {
        Piece p = pieces.get(index);
        String t = p.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (MARKS.indexOf(c) < 0) continue;
            int j = Chars.runEnd(t, i);
            if (j - i >= 2 && !(c == '。' && j - i >= 3)) {
                out.add(RULE, clause(c), p, i, t.substring(i, j), String.valueOf(c), true, "check.doubled", String.valueOf(c));
            }
            i = j - 1;
        }
    }
}
