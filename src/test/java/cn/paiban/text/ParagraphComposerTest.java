package cn.paiban.text;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.font.FontBook;
import org.junit.jupiter.api.Test;

class ParagraphComposerTest {
    private static final int EM = 10_500;
    private final ParagraphComposer composer = new ParagraphComposer(FontBook.standard());
    private final TextStyle body = new TextStyle(FontBook.SONG, EM, 2 * EM, TextStyle.Align.JUSTIFY);

    @Test
    void defaultComposeFillsEveryNonFinalLineAndIndentsTheFirst() {
        String text = "本届省运会是党的二十大之后我省举办的第一届综合性体育盛会。从开赛到闭幕，无论项目设置还是参赛人数，均为历届省运会之最。";
        Composition c = composer.compose(text, body, 17 * EM + EM / 2);
        assertTrue(c.lines().size() >= 3);
        assertEquals(2 * EM, c.lines().get(0).glyphs().get(0).x(), "2 em first-line indent");
        for (Line l : c.lines()) {
            if (!l.last()) assertEquals(17 * EM + EM / 2, l.width(), l.text());
        }
        assertTrue(c.lines().get(c.lines().size() - 1).last());
        StringBuilder all = new StringBuilder();
        c.lines().forEach(l -> all.append(l.text()));
        assertEquals(text, all.toString());
    }

    @Test
    void aCharacterNoFaceHasKeepsAPlaceholderAndIsReported() {
        String text = "甲" + new String(Character.toChars(0x30000)) + "乙\uDBFF\uDFFD"; // CJK Ext. G and private use
        Composition c = composer.compose(text, body, 20 * EM);
        assertEquals(2, c.missing().size());
        assertEquals(1, c.missing().get(0).offset());
        assertEquals(0x30000, c.missing().get(0).codePoint());
        assertEquals(4, c.missing().get(1).offset());
        Line l = c.lines().get(0);
        assertEquals(4, l.glyphs().size(), "never dropped");
        assertEquals(EM, l.glyphs().get(1).advance(), "a missing Han character still takes an em");
        assertEquals(EM / 2, l.glyphs().get(3).advance(), "any other missing character half an em");
    }

    @Test
    void subscriptTwoComesFromTheFallbackFace() {
        Composition c = composer.compose("CO₂排放", body, 20 * EM);
        assertTrue(c.missing().isEmpty());
        Glyph two = c.lines().get(0).glyphs().get(2);
        assertEquals(0x2082, two.codePoint());
        assertEquals("LXGW WenKai", two.face().name());
    }

    @Test
    void badMeasuresAreRefusedWithTheirValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> composer.compose("字", body, 100));
        assertTrue(e.getMessage().contains("100"), e.getMessage());
    }

    @Test
    void emptyTextGivesOneEmptyLastLine() {
        Composition c = composer.compose("", body, 10 * EM);
        assertEquals(1, c.lines().size());
        assertTrue(c.lines().get(0).last());
    }

    @Test
    void gridModePutsHanOnWholeCellsAfterDigitsAndCompressedMarks() {
        CompositionRules grid = CompositionRules.DEFAULT.withGrid(true);
        for (String text : new String[] {"共26个大项，719个小项", "他说“好”，走了。共决出金牌830枚、银牌780枚"}) {
            for (Line l : composer.compose(text, body, 30 * EM, grid).lines()) {
                for (Glyph g : l.glyphs()) {
                    if (CharKind.of(g.codePoint()) == CharKind.HAN) assertEquals(0, g.x() % EM, "off its cell: " + l.text() + " at " + g.offset());
                }
            }
            // Without the grid the same Han characters sit where the digits and marks leave them.
            long off = composer.compose(text, body, 30 * EM).lines().get(0).glyphs().stream()
                    .filter(g -> CharKind.of(g.codePoint()) == CharKind.HAN && g.x() % EM != 0).count();
            assertTrue(off > 0, text);
        }
    }

    @Test
    void gridModeKeepsMostOfTheSampleOnCells() {
        int measure = 17 * EM;
        long[] on = new long[2], all = new long[2];
        for (String p : SeedText.paragraphs()) {
            for (int k = 0; k < 2; k++) {
                Composition c = composer.compose(p, body, measure, CompositionRules.DEFAULT.withGrid(k == 1));
                for (Line l : c.lines()) {
                    for (Glyph g : l.glyphs()) {
                        if (CharKind.of(g.codePoint()) != CharKind.HAN) continue;
                        all[k]++;
                        if (g.x() % EM == 0) on[k]++;
                    }
                }
            }
        }
        double free = on[0] / (double) all[0], grid = on[1] / (double) all[1];
        assertTrue(grid > 0.88 && free < 0.7, "Han on cells: " + grid + " with the grid, " + free + " without");
    }

    @Test
    void aConnectorDashEndingALineReachesTheMeasure() {
        // 草—畜—肥—… : a single — is a connector; when one ends a justified line, its glyph (Noto's zh-Hans
        // full-width form since issue 14, a cmap glyph narrower than the em elsewhere) is set flush right in its em
        // so that the line's ink and advance reach the column edge.
        TextStyle flat = new TextStyle(FontBook.SONG, EM, 0, TextStyle.Align.JUSTIFY);
        Composition c = composer.compose("形成草—畜—肥—粮—草的循环", flat, 6 * EM, CompositionRules.DEFAULT.withBreaker(CompositionRules.Breaker.FIRST_FIT));
        Line first = c.lines().get(0);
        assertEquals("形成草—畜—", first.text());
        Glyph dash = first.glyphs().get(first.glyphs().size() - 1);
        assertTrue(dash.gid() > 0, "Noto Serif CJK SC: the zh-Hans form of —");
        int advance = (int) Math.round(composer.fonts().metrics(dash.face()).glyphAdvance(dash.gid()) * EM / 1000.0);
        assertEquals(EM, advance, "the zh-Hans form is a full em");
        assertEquals(6 * EM, dash.x() + advance);
        Glyph mid = first.glyphs().get(3);
        assertEquals((EM - advance) / 2, mid.x() - first.glyphs().get(2).x() - first.glyphs().get(2).advance(), "mid-line: centred");
    }
}
