package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Document;
import cn.paiban.display.Page;
import cn.paiban.display.SourceRef;
import cn.paiban.io.IssueFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewModelTest {
    private final FakeTypesetter fake = new FakeTypesetter();
    private final Document doc = fake.apply(IssueFixtures.rich()).document();

    @Test
    void spreadsPutOddFoliosOnTheRight() {
        PreviewModel m = new PreviewModel();
        m.documentProperty().set(doc);   // 6 pages, folios 1..6
        m.spreadsProperty().set(true);
        List<int[]> rows = m.rows();
        assertArrayEquals(new int[] {-1, 0}, rows.get(0), "page 1 alone on the right");
        assertArrayEquals(new int[] {1, 2}, rows.get(1));
        assertArrayEquals(new int[] {3, 4}, rows.get(2));
        assertArrayEquals(new int[] {5, -1}, rows.get(3));
        assertEquals(2, m.rowOf(4));
        m.pageProperty().set(1);
        m.next();
        assertEquals(3, m.pageProperty().get(), "next goes a spread at a time");
        m.spreadsProperty().set(false);
        assertEquals(doc.pages().size(), m.rows().size());
    }

    @Test
    void zoomStaysBetween25And400PercentAndFitsTheViewport() {
        PreviewModel m = new PreviewModel();
        m.documentProperty().set(doc);
        m.setZoom(9);
        assertEquals(4.0, m.zoomProperty().get());
        for (int i = 0; i < 30; i++) m.zoomOut();
        assertEquals(0.25, m.zoomProperty().get());
        m.fitWidth(800);
        double pagePx = m.pageWidthPt() * m.scale();
        assertEquals(800 - 2 * PreviewModel.GAP, pagePx, 0.01);
        m.fitPage(800, 600);
        assertTrue(m.pageHeightPt() * m.scale() <= 600 - 2 * PreviewModel.GAP + 0.01);
        assertTrue(m.pageWidthPt() * m.scale() <= 800);
    }

    @Test
    void aClickFindsTheParagraphAndTheCharacterUnderIt() {
        Page p = doc.pages().get(1);   // a02: title, then blocks 0..5
        int y = FakeTypesetter.TOP + 2 * FakeTypesetter.LEADING - 3000;   // on block 0's line
        int x = FakeTypesetter.LEFT + 3 * FakeTypesetter.SIZE + 2000;     // over its 4th character
        assertEquals(new SourceRef("a02-xinqixiang", 0, 3), PageHits.at(p, x, y).orElseThrow());
        assertTrue(PageHits.at(p, x, FakeTypesetter.FORMAT.trimHeight() - 12_000).isEmpty(), "the folio is furniture");
        assertTrue(PageHits.at(p, 1000, 1000).isEmpty());
        assertEquals(1, PageHits.pageOf(doc, "a02-xinqixiang", 3).orElseThrow());
        assertEquals(5, PageHits.pageWithFolio(doc, 6).orElseThrow());
    }

    @Test
    void offsetsCountCharsEvenPastSurrogatePairs() {
        var run = fake.run("𠀀乙丙", 50_000, new SourceRef("x", 2, 10));
        Page p = new Page(1, FakeTypesetter.FORMAT, new ArrayList<>(List.of(run)), false);
        var hit = PageHits.at(p, FakeTypesetter.LEFT + FakeTypesetter.SIZE + 100, 48_000).orElseThrow();
        assertEquals(new SourceRef("x", 2, 12), hit, "乙 is char 2 after the surrogate pair");
    }
}
