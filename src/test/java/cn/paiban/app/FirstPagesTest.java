package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Document;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.typeset.Typesetter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The page an opened issue shows first, and the preview's pages while only it is typeset. */
class FirstPagesTest {
    private static final Path SAMPLE = Path.of("samples", "shuozhou-jingji-2023-04");

    @Test
    void theFirstArticlesPageIsInViewFirst() throws Exception {
        Issue sample = IssueStore.load(SAMPLE);
        assertEquals(1, FirstPages.folioInView(sample), "奋楫开新局 is pinned to page 1");
        // no pins: the first page that is not a template page
        Issue free = sample.withPlan(new PagePlan(1, List.of(), List.of(new PagePlan.TemplatePage("cover2", 1),
                new PagePlan.TemplatePage("board", 2))));
        assertEquals(3, FirstPages.folioInView(free));
    }

    /** Page 1 typeset, the other 47 pages of the issue stand-ins: the page list shows all 48 and which are coming. */
    @Test
    void thePagesStillComingAreStandIns() throws Exception {
        Issue sample = IssueStore.load(SAMPLE);
        Document first = new Typesetter(FontBook.standard(), Path.of("templates", "shuozhou-jingji")).typesetThrough(sample, SAMPLE, 1);
        FirstPages.Partial p = FirstPages.partial(first, sample);
        assertEquals(48, p.document().pages().size(), "every page of the issue, in a multiple of four");
        assertEquals(IntStream.rangeClosed(1, 48).boxed().toList(), p.document().pages().stream().map(Page::folio).toList());
        assertSame(first.pages().get(0), p.document().pages().get(0), "page 1 as typeset");
        assertEquals(IntStream.rangeClosed(2, 48).boxed().collect(java.util.stream.Collectors.toSet()), p.pending());
        assertTrue(p.document().pages().subList(1, 48).stream().allMatch(pg -> pg.blank() && pg.items().isEmpty()));
    }
}
