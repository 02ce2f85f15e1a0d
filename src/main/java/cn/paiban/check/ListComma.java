package cn.paiban.check;

import java.util.List;

/**
 * GB/T 15834—2011 4.5 顿号: the 顿号 stands between items of a list; before 等 or 等等 it stands after nothing that
 * follows it (苹果、等 is a list of one). Dropping the 、 is certain where 等 closes the sentence part
 * (a mark, 等等 or a noun such as 方面 follows). 等 that starts the next item (危机感、等不起的
 * 责任感) is a verb and is left alone.
 */
final class ListComma implements TextRule {
    static final String RULE = "15834.comma-deng";
    static final String CLAUSE = "GB/T 15834—2011 4.5 顿号";

    @Override
    public void check(List<Piece> pieces, int index, Found out) {
        Piece p = pieces.get(index);
        String t = p.text();
        for (int i = t.indexOf("、等"); i >= 0; i = t.indexOf("、等", i + 1)) {
            // 危机感、等不起的责任感: 等 starting the next item is a verb, not the list's 等
            int after = i + 2;
            boolean closes = after >= t.length() || t.charAt(after) == '等' || Chars.cjkPunct(t.charAt(after))
                    || t.startsWith("方面", after) || t.startsWith("领域", after) || t.startsWith("部门", after)
                    || t.startsWith("单位", after) || t.startsWith("问题", after) || t.startsWith("工作", after);
            boolean verb = after < t.length() && "不待到着候了一下过".indexOf(t.charAt(after)) >= 0;
            if (!verb) out.add(RULE, CLAUSE, p, i, "、等", "等", closes, "check.comma-deng");
        }
    }
}
