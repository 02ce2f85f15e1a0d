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
}
