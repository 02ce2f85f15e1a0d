package cn.paiban.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * GB/T 15834—2011 4.8 引号, 4.9 括号, 4.15 书名号: every opening mark of a paragraph has its closing mark, in the
 * right order; a quotation inside a quotation takes the single marks ‘’, a title inside a title 〈〉.
 * A quotation of several paragraphs opens each with “ and closes only the last (4.8.3), so an open “ at a
 * paragraph's start is not reported when the next piece also starts with “.
 */
final class PairedMarks implements TextRule {
    static final String UNPAIRED = "15834.unpaired", NESTING = "15834.nesting";
    private static final String OPEN = "“‘《〈（【", CLOSE = "”’》〉）】";

    static String clause(char c) {
        return switch (c) {
            case '“', '”', '‘', '’' -> "GB/T 15834—2011 4.8 引号";
            case '（', '）' -> "GB/T 15834—2011 4.9 括号";
            case '【', '】' -> "GB/T 15834—2011 4.9 括号";
            default -> "GB/T 15834—2011 4.15 书名号";
        };
    }

    private record Open(char c, int at) {}

    @Override
    public void check(List<Piece> pieces, int index, Found out) {
        Piece p = pieces.get(index);
        String t = p.text();
        Deque<Open> stack = new ArrayDeque<>();
        StringBuilder crossed = new StringBuilder(); // openers a crossing closed early: their own closer comes later
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '’' && Chars.digit(t, i + 1)) continue; // ’23年: an apostrophe, the year rule's
            if (c == '’' && Chars.latin(t, i - 1) && Chars.latin(t, i + 1)) continue; // Xi’an, China’s: an apostrophe
            int o = OPEN.indexOf(c), k = CLOSE.indexOf(c);
            if (o >= 0) {
                if (c == '“' && stack.stream().anyMatch(s -> s.c == '“')) {
                    out.add(NESTING, "GB/T 15834—2011 4.8.3 引号", p, i, "“", "‘", false, "check.nesting.quote");
                } else if (c == '《' && stack.stream().anyMatch(s -> s.c == '《')) {
                    out.add(NESTING, "GB/T 15834—2011 4.15.3 书名号", p, i, "《", "〈", false, "check.nesting.title");
                }
                stack.push(new Open(c, i));
            } else if (k >= 0) {
                char want = OPEN.charAt(k);
                if (!stack.isEmpty() && stack.peek().c == want) {
                    stack.pop();
                } else if (stack.stream().anyMatch(s -> s.c == want)) {
                    // crossed: （“…）” — the inner mark closes after the outer one
                    out.add(NESTING, clause(c), p, i, String.valueOf(c), null, false, "check.nesting.crossed",
                            String.valueOf(stack.peek().c));
                    while (stack.peek().c != want) crossed.append(stack.pop().c);
                    stack.pop();
                } else if (crossed.indexOf(String.valueOf(want)) >= 0) {
                    crossed.deleteCharAt(crossed.indexOf(String.valueOf(want)));
                } else if (!enumerator(t, i, c)) {
                    out.add(UNPAIRED, clause(c), p, i, String.valueOf(c), null, false, "check.unpaired.close",
                            String.valueOf(c), String.valueOf(want));
                }
            }
        }
        boolean continued = index + 1 < pieces.size() && pieces.get(index + 1).kind() == p.kind()
                && pieces.get(index + 1).articleId().equals(p.articleId()) && pieces.get(index + 1).text().startsWith("“");
        for (Open s : stack) {
            if (s.c == '“' && s.at == 0 && continued) continue;
            out.add(UNPAIRED, clause(s.c), p, s.at, String.valueOf(s.c), null, false, "check.unpaired.open",
                    String.valueOf(s.c), String.valueOf(CLOSE.charAt(OPEN.indexOf(s.c))));
        }
    }

    /** 1）2）… or a）b）: a closing parenthesis after a number at a piece's start numbers a list, not an error. */
    private static boolean enumerator(String t, int i, char c) {
        if (c != '）') return false;
        int j = i - 1;
        while (j >= 0 && (Character.isDigit(t.charAt(j)) || Chars.latin(t, j) || "一二三四五六七八九十".indexOf(t.charAt(j)) >= 0)) j--;
        return j < i - 1 && (j < 0 || " \u3000；，。：".indexOf(t.charAt(j)) >= 0);
    }
}
