package cn.paiban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.paiban.font.FontBook;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random paragraphs mixing Han, Latin words, acronyms, numbers with thousands separators, URLs and
 * e-mail addresses and marks (issue 14): no prohibited line start or end, every character once and in order,
 * no Han characters spaced wider than ½ em on a line the composer did not report 行过松, no word letter-spaced,
 * an address broken only after / . - _ ? & = # or before @.
 */
class LatinRunsPropertyTest {
    private static final int EM = 12_000;
    private static final ParagraphComposer COMPOSER = new ParagraphComposer(TypographyCasesTest.BOOK);
    private static final TextStyle BODY = new TextStyle(FontBook.SONG, EM, 2 * EM, TextStyle.Align.JUSTIFY);
    private static final String[] HAN = {"中", "国", "经", "济", "发", "展", "朔", "州", "县", "域", "商", "业", "的", "了"};
    private static final String[] MARKS = {"，", "。", "、", "：", "；", "“", "”", "（", "）", "《", "》", "——", "……"};
    private static final String[] LATIN = {"GDP", "CPI", "AI", "Excel", "WTO", "R&D", "iPhone", "5G", "1,234,567.89", "12.5%",
            "2023", "CO₂", "km²", "Supply Chain", "e-commerce"};
    private static final String[] URLS = {"https://www.mofcom.gov.cn/article/zwgk/gkzcfb/202106/20210603167413.shtml",
            "http://data.stats.gov.cn/easy_query.htm?cn=C01&zb=A0201&sj=2023#top", "www.shuozhou.gov.cn/zwgk/index.html",
            "szjj2022519@163.com", "shuozhou.jingji-2023@example.com.cn", "https://github.com/example_org/paiban-tool"};

    @Test
    void randomParagraphsWithLatinRunsAndAddresses() {
        Random rnd = new Random(14_2026);
        int loose = 0, lines = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            List<int[]> addresses = new ArrayList<>();
            int pieces = 10 + rnd.nextInt(150);
            boolean latinBefore = false;
            for (int i = 0; i < pieces; i++) {
                int r = rnd.nextInt(40);
                if (r >= 30 && latinBefore) sb.append(' '); // two Latin runs are two words: a writer puts a space
                latinBefore = r >= 30;
                if (r < 24) sb.append(HAN[rnd.nextInt(HAN.length)]);
                else if (r < 30) sb.append(MARKS[rnd.nextInt(MARKS.length)]);
                else if (r < 39) sb.append(LATIN[rnd.nextInt(LATIN.length)]);
                else {
                    String u = URLS[rnd.nextInt(URLS.length)];
                    addresses.add(new int[] {sb.length(), sb.length() + u.length()});
                    sb.append(u);
                }
            }
            String text = sb.toString();
            int measure = (14 + rnd.nextInt(8)) * EM + rnd.nextInt(EM);
            ProhibitionLevel level = ProhibitionLevel.values()[rnd.nextInt(3)];
            CompositionRules rules = CompositionRules.DEFAULT.withLevel(level);
            Composition c = COMPOSER.compose(text, BODY, measure, rules);
            String where = "round " + round + " measure " + measure + " " + level + ": " + text;
            List<String> v = new ArrayList<>(LineChecker.violations(text, c, level, measure, true));
            for (int k = 0; k < c.lines().size(); k++) {
                Line l = c.lines().get(k);
                final int line = k;
                boolean reported = c.loose().stream().anyMatch(x -> x.line() == line);
                if (reported) loose++;
                lines++;
                List<Glyph> g = l.glyphs();
                for (int i = 0; i + 1 < g.size(); i++) {
                    CharKind p = CharKind.of(g.get(i).codePoint()), q = CharKind.of(g.get(i + 1).codePoint());
                    int gap = g.get(i + 1).x() - g.get(i).x() - (p == CharKind.HAN ? EM : 0);
                    if (p == CharKind.HAN && q == CharKind.HAN && gap > EM / 2 && !reported) {
                        v.add("line " + k + " spaces Han " + gap + " mpt apart, unreported: " + l.text());
                    }
                    if (p == CharKind.WESTERN && q == CharKind.WESTERN && inWord(g.get(i).codePoint(), g.get(i + 1).codePoint())) {
                        int natural = COMPOSER.fonts().metrics(g.get(i).face()).advance(g.get(i).codePoint(), EM);
                        if (g.get(i).advance() != natural) v.add("line " + k + " letter-spaces a word: " + l.text());
                    }
                }
                if (k + 1 < c.lines().size()) {
                    int cut = l.end();
                    for (int[] a : addresses) {
                        if (cut > a[0] && cut < a[1]) {
                            char before = text.charAt(cut - 1), after = text.charAt(cut);
                            boolean ok = after == '@' || ("/.-_?&=#".indexOf(before) >= 0 && "/.-_?&=#@".indexOf(after) < 0);
                            if (!ok) v.add("address broken between '" + before + "' and '" + after + "' after line " + k);
                        }
                    }
                }
            }
            if (!v.isEmpty()) fail(where + "\n" + String.join("\n", v));
            assertEquals(c, COMPOSER.compose(text, BODY, measure, rules), "deterministic, " + where);
        }
        assertTrue(lines > 1000, lines + " lines");
        assertTrue(loose * 20 < lines, loose + " of " + lines + " lines reported 行过松: the composer gives up too easily");
    }

    private static boolean inWord(int a, int b) {
        return Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b);
    }
}
