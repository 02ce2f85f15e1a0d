package cn.paiban.font;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class FontBookTest {
    private final FontBook book = FontBook.standard();

    @Test
    void songIsTheSimplifiedChineseFaceOfTheCollection() {
        FaceMetrics song = book.metrics(book.primary(FontBook.SONG));
        assertEquals(2, song.face().index());
        // The SC face sets quotation marks full-width; the JP face (index 0) would give them proportional widths.
        assertEquals(1000, song.advance('“'));
        assertEquals(1000, song.advance('，'));
        assertEquals(1000, song.advance('中'));
        assertEquals(10500, song.advance('中', 10500));
    }

    @Test
    void fallbackChainFindsSubscriptTwoThatNotoLacks() {
        assertFalse(book.metrics(book.primary(FontBook.SONG)).covers(0x2082));
        Face f = book.faceFor(FontBook.SONG, 0x2082);
        assertNotNull(f);
        assertEquals("LXGW WenKai", f.name());
    }

    @Test
    void aCharacterNoFaceHasIsReportedAsNull() {
        assertNull(book.faceFor(FontBook.SONG, 0x10FFFD)); // private use, plane 16
    }

    @Test
    void unknownRoleNamesTheKnownOnes() {
        FontException e = assertThrows(FontException.class, () -> book.chain("fangsong"));
        assertTrue(e.getMessage().contains("song"), e.getMessage());
    }

    @Test
    void coverageReportNamesEachUncoveredCharacterOnceWithItsFirstOffset() {
        String ext = new String(Character.toChars(0x30000)); // CJK Ext. G: no face of the book has it
        var missing = book.uncovered(FontBook.SONG, "甲" + ext + "乙CO₂" + ext);
        assertEquals(1, missing.size());
        assertEquals(1, missing.get(0x30000));
    }

    @Test
    void cachedLookupsAgreeWithTheFont() {
        FaceMetrics song = book.metrics(book.primary(FontBook.SONG));
        for (int cp : new int[] {'中', 'a', ' ', 0x2014, 0x00B7, 0x2082}) {
            boolean exists = song.baseFont().charExists(cp);
            assertEquals(exists, song.covers(cp), "U+" + Integer.toHexString(cp));
            assertEquals(exists ? song.baseFont().getWidth(cp) : 0, song.advance(cp));
            assertEquals(song.covers(cp), song.covers(cp), "second, cached lookup");
        }
        assertEquals(890, song.advance(0x2014), "Noto Serif CJK SC's em dash is narrower than an em");
    }
}
