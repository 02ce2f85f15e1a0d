package cn.paiban.check;

import java.util.List;

/**
 * GB/T 15834—2011 4.10 破折号 (——, two characters' room) and 4.11 省略号 (……, six dots in two characters' room).
 * A single — between Chinese words, or a dash typed as -- – － between them, is a 破折号 cut short; a single — beside a
 * number is the 一字线 连接号 of a range (4.13, 1—7月) and is left alone. Three dots typed as ... 。。。 ··· or one …
 * stand for ……; ...... (six) too.
 */
final class DashesAndEllipses implements TextRule {
    static final String DASH = "15834.dash", ELLIPSIS = "15834.ellipsis";
    static final String DASH_CLAUSE = "GB/T 15834—2011 4.10 破折号", ELLIPSIS_CLAUSE = "GB/T 15834—2011 4.11 省略号";

    @Override
    public void check(List<Piece> pieces, int index, Found out) {
        Piece p = pieces.get(index);
        String t = p.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '—' || c == '–' || c == '－' || (c == '-' && i + 1 < t.length() && t.charAt(i + 1) == '-')) {
                int j = Chars.runEnd(t, i);
                String run = t.substring(i, j);
                boolean rangeDash = Chars.digit(t, i - 1) || Chars.digit(t, j) || numberHan(t, i - 1) && numberHan(t, j);
                boolean chineseAround = (Chars.chinese(t, i - 1) || i == 0) && Chars.chinese(t, j) && (Chars.han(t, i - 1) || Chars.han(t, j));
                if (!run.equals("——") && !rangeDash && chineseAround && !(c == '—' && chain(t, i)) && !(c == '-' && run.length() != 2)
                        && !(c == '—' && run.length() > 2)) {
                    // a single — may also be the 一字线 of 北京—上海 (4.13): only -- is certainly a 破折号
                    out.add(DASH, DASH_CLAUSE, p, i, run, "——", c == '-', "check.dash", run);
                }
                i = j - 1;
            } else if (c == '…' || c == '.' || c == '。' || c == '·' || c == '・') {
                int j = Chars.runEnd(t, i);
                String run = t.substring(i, j);
                boolean wrong = c == '…' ? run.length() == 1 || run.length() == 3
                        : (run.length() == 3 || run.length() == 6) && (c != '.' || Chars.chinese(t, i - 1) || Chars.chinese(t, j) || i == 0);
                if (c == '·' || c == '・') wrong = wrong && run.length() >= 3;
                if (wrong) out.add(ELLIPSIS, ELLIPSIS_CLAUSE, p, i, run, "……", true, "check.ellipsis", run);
                i = j - 1;
            }
        }
    }

    /**
     * 古猿—猿人—古人—新人: single dashes linking the stages of a chain are the 一字线 连接号 (4.13), so a single — with
     * another single — within a phrase (no sentence mark between) is left alone.
     */
    private static boolean chain(String t, int i) {
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int k = i + dir, n = 0; k >= 0 && k < t.length() && n < 16; k += dir, n++) {
                char c = t.charAt(k);
                if ("，。；：！？、".indexOf(c) >= 0) break;
                if (c == '—' && (k - 1 < 0 || t.charAt(k - 1) != '—') && (k + 1 >= t.length() || t.charAt(k + 1) != '—')) return true;
            }
        }
        return false;
    }

    private static boolean numberHan(String t, int i) {
        return i >= 0 && i < t.length() && "〇零一二三四五六七八九十百千万亿".indexOf(t.charAt(i)) >= 0;
    }
}
