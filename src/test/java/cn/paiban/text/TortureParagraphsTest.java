package cn.paiban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.paiban.font.FontBook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the torture article's paragraphs (src/test/resources/text/torture) at the journal's body measure
 * (18 em of 12 pt, 2 em indent) and at the news measure (13 em of 10.5 pt): no prohibited start or end, every
 * character once, every non-final line full, no line reported loose (at 13 em a line holding only a piece of
 * an address may be), no Han characters more than ½ em apart on a line not reported.
 */
class TortureParagraphsTest {
    private static final ParagraphComposer COMPOSER = new ParagraphComposer(TypographyCasesTest.BOOK);

    @Test
    void everyParagraphSetsWithinTheLimits() throws Exception {
        JsonNode a = new ObjectMapper().readTree(Path.of("src/test/resources/text/torture/datong-xianyu.json").toFile());
        List<String> v = new ArrayList<>();
        for (int[] m : new int[][] {{12_000, 18}, {10_500, 13}, {10_500, 20}}) {
            int em = m[0], measure = m[1] * em;
            TextStyle body = new TextStyle(FontBook.SONG, em, 2 * em, TextStyle.Align.JUSTIFY);
            for (JsonNode b : a.get("body")) {
                String p = b.get("text").asText();
                Composition c = COMPOSER.compose(p, body, measure);
                for (String s : LineChecker.violations(p, c, ProhibitionLevel.GB, measure, true)) v.add(m[1] + " em: " + s);
                for (LooseLine l : c.loose()) {
                    // at the news measure a piece of an address may fill a line alone (20210603167413.): reported,
                    // and allowed; a line with Han characters never
                    String t = p.substring(l.start(), l.end());
                    if (m[1] != 13 || t.codePoints().anyMatch(cp -> CharKind.of(cp) == CharKind.HAN)) {
                        v.add(m[1] + " em: loose line " + l + ": " + t);
                    }
                }
                for (Line l : c.lines()) {
                    List<Glyph> g = l.glyphs();
                    for (int i = 0; i + 1 < g.size(); i++) {
                        if (CharKind.of(g.get(i).codePoint()) == CharKind.HAN && CharKind.of(g.get(i + 1).codePoint()) == CharKind.HAN
                                && g.get(i + 1).x() - g.get(i).x() - em > em / 2 && c.loose().isEmpty()) {
                            v.add(m[1] + " em: Han spaced wider than ½ em: " + l.text());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), v);
    }
}
