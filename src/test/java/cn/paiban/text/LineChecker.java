package cn.paiban.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks composed lines the way a preflight would, independently of the composer's own tables: no
 * prohibited line start or end, —— and …… whole, every non-final justified line exactly the measure (or
 * reported short: a word alone is never letter-spaced),
 * every character once and in order (only spaces may vanish at a break), nothing beyond the measure.
 */
final class LineChecker {
    static final String NO_START_BASIC = "，。、：；！？”’）》〉」』】〕〗｝］,.;:!?)]}%·・";
    static final String NO_START_GB = NO_START_BASIC + "～－…";
    static final String NO_END = "“‘（《〈「『【〔〖｛［([{";

    private LineChecker() {}

    static List<String> violations(String text, Composition c, ProhibitionLevel level, int measure, boolean justify) {
        List<String> v = new ArrayList<>();
        String noStart = level == ProhibitionLevel.BASIC ? NO_START_BASIC : NO_START_GB;
        List<Line> lines = c.lines();
        int expectOffset = 0;
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            String t = l.text();
            if (k < lines.size() - 1) {
                String next = lines.get(k + 1).text();
                if (!t.isEmpty() && NO_END.indexOf(t.codePointBefore(t.length())) >= 0) v.add("line " + k + " ends with an opening mark: " + t);
                if (!next.isEmpty() && noStart.indexOf(next.codePointAt(0)) >= 0) v.add("line " + (k + 1) + " starts with a prohibited mark: " + next);
                if (level == ProhibitionLevel.STRICT && !next.isEmpty() && next.charAt(0) == '—') v.add("strict: line " + (k + 1) + " starts with ——: " + next);
                if (!t.isEmpty() && !next.isEmpty() && "—…".indexOf(t.charAt(t.length() - 1)) >= 0 && next.charAt(0) == t.charAt(t.length() - 1)) {
                    v.add("—— or …… split after line " + k + ": " + t + " | " + next);
                }
                if (justify && l.width() != measure && !reportedShort(c, k, measure - l.width())) v.add("line " + k + " is " + l.width() + " mpt, not the measure " + measure + ": " + t);
                if (l.last()) v.add("line " + k + " is marked last but is not");
            } else if (!l.last()) {
                v.add("the final line is not marked last");
            }
            if (l.width() > measure) v.add("line " + k + " overflows: " + l.width() + " > " + measure + ": " + t);
            for (Glyph g : l.glyphs()) {
                while (expectOffset < g.offset()) {
                    int cp = text.codePointAt(expectOffset);
                    if (!Character.isWhitespace(cp)) v.add("character U+" + Integer.toHexString(cp) + " at " + expectOffset + " was lost");
                    expectOffset += Character.charCount(cp);
                }
                if (g.offset() != expectOffset) v.add("glyph at offset " + g.offset() + " out of order (expected " + expectOffset + ")");
                if (text.codePointAt(g.offset()) != g.codePoint()) v.add("glyph at " + g.offset() + " is not the text's character");
                expectOffset = g.offset() + Character.charCount(g.codePoint());
            }
        }
        while (expectOffset < text.length()) {
            int cp = text.codePointAt(expectOffset);
            if (!Character.isWhitespace(cp)) v.add("character U+" + Integer.toHexString(cp) + " at " + expectOffset + " was lost at the end");
            expectOffset += Character.charCount(cp);
        }
        return v;
    }

    /** Whether line k falls short by {@code by} because it holds a word alone, and the composition says so. */
    static boolean reportedShort(Composition c, int k, int by) {
        return c.loose().stream().anyMatch(l -> l.line() == k && l.gap() == 0 && l.shortBy() == by && by > 0);
    }

    /**
     * Marks mid-line that touch no other mark must keep their full em (行末半角 and 全角式): a comma is
     * never squeezed just to make a line fit, so one paragraph never mixes comma widths.
     */
    static List<String> squeezedMarks(Composition c, int em) {
        List<String> v = new ArrayList<>();
        for (Line l : c.lines()) {
            List<Glyph> g = l.glyphs();
            for (int i = 1; i + 1 < g.size(); i++) {
                if (!CharKind.of(g.get(i).codePoint()).hasBlank()) continue;
                if (CharKind.of(g.get(i - 1).codePoint()).hasBlank() || CharKind.of(g.get(i + 1).codePoint()).hasBlank()) continue;
                if (g.get(i).advance() < em) v.add("mark squeezed to " + g.get(i).advance() + " mpt in: " + l.text());
            }
        }
        return v;
    }

    /** Whether the final line is a 孤字: one character, or one character and marks. */
    static boolean orphan(Composition c) {
        if (c.lines().size() < 2) return false;
        int chars = 0;
        for (Glyph g : c.lines().get(c.lines().size() - 1).glyphs()) {
            CharKind k = CharKind.of(g.codePoint());
            if (k == CharKind.HAN || (k == CharKind.WESTERN && Character.isLetterOrDigit(g.codePoint()))) chars++;
        }
        return chars <= 1;
    }
}
