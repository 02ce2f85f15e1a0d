package cn.paiban.check;

import cn.paiban.edit.ArticleField;
import java.util.List;

/**
 * A space between two Han characters in running text is a leftover of a manuscript's line end or of a word
 * processor's justification: Chinese sets its characters on the grid without spaces (the composer spaces
 * Han and Latin itself, clreq). Titles keep their deliberate space between two halves, front matter pads
 * two-character names (王　虎), so only the article's running text and notes are read.
 */
final class HanSpacing implements TextRule {
    static final String RULE = "15834.han-space";
    static final String CLAUSE = "GB/T 15834—2011 第5章（标点符号的位置）；汉字之间不空格";

    @Override
    public void check(List<Piece> pieces, int index, Found out) {
        Piece p = pieces.get(index);
        if (p.label().equals(Piece.SUBHEADING)) return; // 夯实基础 鞍向发力: two halves, as in a title
        if (!(p.kind() == Piece.Kind.BODY || p.kind() == Piece.Kind.FIELD && (p.field() == ArticleField.LEAD
                || p.field() == ArticleField.SOURCE))) return;
        String t = p.text();
        for (int i = 1; i < t.length(); i++) {
            if (!space(t.charAt(i))) continue;
            int j = i;
            while (j < t.length() && space(t.charAt(j))) j++;
            if (Chars.chinese(t, i - 1) && Chars.chinese(t, j) && (Chars.han(t, i - 1) || Chars.han(t, j))) {
                out.add(RULE, CLAUSE, p, i - 1, t.substring(i - 1, j + 1), t.charAt(i - 1) + t.substring(j, j + 1), true,
                        "check.han-space");
            }
            i = j - 1;
        }
    }

    private static boolean space(char c) { return c == ' ' || c == '\u3000' || c == '\u00A0'; }
}
