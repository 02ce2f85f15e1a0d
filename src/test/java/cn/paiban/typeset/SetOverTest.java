package cn.paiban.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.SourceRef;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Text of one article printed over another's is an error naming the page and both texts; the sample has none. */
class SetOverTest {
    private static LayoutResult sample;

    @BeforeAll
    static void typeset() {
        sample = Preflight.typeset(PreflightTest.typesetter == null ? new Typesetter(cn.paiban.font.FontBook.standard(),
                cn.paiban.layout.TemplateFiles.directory()) : PreflightTest.typesetter, load(), PreflightTest.SAMPLE);
    }

    private static cn.paiban.model.Issue load() {
        try {
            return cn.paiban.io.IssueStore.load(PreflightTest.SAMPLE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Finding> setOver(Document d) {
        return SetOver.find(load(), d, cn.paiban.font.FontBook.standard()).stream().filter(f -> f.key().equals("limits.set-over")).toList();
    }

    /** The sample with page {@code folio}'s first body line of one article copied, as another article's, to (dx, dy). */
    private static Document withCopy(int folio, String otherArticle, int dx, int dy) {
        List<Page> pages = new ArrayList<>(sample.document().pages());
        Page p = pages.get(folio - 1);
        Item.GlyphRun line = p.items().stream().filter(Item.GlyphRun.class::isInstance).map(Item.GlyphRun.class::cast)
                .filter(r -> !r.source().articleId().isEmpty() && r.text().length() > 10).findFirst().orElseThrow();
        List<Item> items = new ArrayList<>(p.items());
        items.add(new Item.GlyphRun(line.x() + dx, line.baseline() + dy, line.face(), line.size(), line.text(), line.xs(),
                line.ink(), new SourceRef(otherArticle, 0, 0)));
        pages.set(folio - 1, new Page(p.folio(), p.format(), items, p.blank()));
        return new Document(sample.document().title(), sample.document().subject(), pages);
    }

    @Test
    void theSampleAsPrintedHasNoTextOverText() {
        assertEquals(List.of(), setOver(sample.document()));
        assertTrue(sample.findings().stream().noneMatch(f -> f.key().equals("limits.set-over")));
    }

    @Test
    void aLineOverAnotherArticlesLineIsAnErrorNamingBoth() {
        int size = sample.document().pages().get(4).items().stream().filter(Item.GlyphRun.class::isInstance)
                .map(i -> ((Item.GlyphRun) i).size()).findFirst().orElseThrow();
        List<Finding> f = setOver(withCopy(5, "houzhi-shengtai", size * 3, size / 3));
        assertTrue(!f.isEmpty() && f.size() <= 3, f.toString());   // the lines it lies across, at most three named
        for (Finding one : f) {
            assertEquals(Finding.Severity.ERROR, one.severity());
            assertEquals(5, one.page());
            assertTrue(one.message().startsWith("第 5 页：") && one.message().contains("《厚植生态优势 涵养文化绿洲》"), one.message());
        }
        assertTrue(Preflight.blocking(new LayoutResult(sample.document(), f, sample.startPages())).size() == f.size(), "it stops the export");
    }
}
