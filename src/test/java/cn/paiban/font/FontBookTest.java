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
}
