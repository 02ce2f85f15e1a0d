package cn.paiban.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Document;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages in view first: {@link Typesetter#typesetThrough} sets the pages up to a folio exactly as the whole issue
 * sets them (the editor shows them while the rest is being typeset, so they must not change when it is done), leaves
 * out the front matter and the pages it did not finish, and stops early: the first page comes from one article.
 */
class TypesetThroughTest {
    private static final Path SAMPLE = Path.of("samples", "shuozhou-jingji-2023-04");
    private static Typesetter typesetter;
    private static Issue sample;

    @BeforeAll
    static void load() throws Exception {
        typesetter = new Typesetter(FontBook.standard(), Path.of("templates", "shuozhou-jingji"));
        sample = IssueStore.load(SAMPLE);
    }

    @Test
    void thePagesInViewAreAsTheWholeIssueSetsThem() {
        samePages(sample, List.of(1, 2, 4, 13, 16, 17, 20, 33, 45, 46, 47, 48));
    }

    /** Without a single pinned page the stories run on from page to page: still the same pages. */
    @Test
    void aFlowWithoutPinnedPagesToo() {
        Issue free = sample.withPlan(new PagePlan(sample.plan().firstPage(), List.of(), sample.plan().templatePages()));
        samePages(free, List.of(1, 3, 7, 12, 25, 40));
    }

    @Test
    void theFirstPageIsSetWithoutTheRestOfTheIssue() {
        Document first = typesetter.typesetThrough(sample, SAMPLE, 1);
        assertEquals(List.of(1), first.pages().stream().map(Page::folio).toList(), "page 1 only");
        assertFalse(first.pages().get(0).items().isEmpty());
        // the front matter (template pages) waits for the whole issue
        for (PagePlan.TemplatePage tp : sample.plan().templatePages()) {
            assertTrue(typesetter.typesetThrough(sample, SAMPLE, tp.page()).pages().stream().noneMatch(p -> p.folio() == tp.page()),
                    "template page " + tp.page());
        }
    }

    private static void samePages(Issue issue, List<Integer> folios) {
        Map<Integer, Page> whole = new TreeMap<>();
        for (Page p : typesetter.typeset(issue, SAMPLE).document().pages()) whole.put(p.folio(), p);
        for (int last : folios) {
            Document through = typesetter.typesetThrough(issue, SAMPLE, last);
            assertFalse(through.pages().isEmpty(), "pages through " + last);
            int prev = 0;
            for (Page p : through.pages()) {
                assertTrue(p.folio() <= last && p.folio() > prev, "folio order, through " + last + ": " + p.folio());
                prev = p.folio();
                assertEquals(whole.get(p.folio()), p, "page " + p.folio() + " when typeset through " + last);
            }
            // every body page up to the last one is there (front matter pages come later)
            long body = whole.values().stream().filter(p -> p.folio() <= last && !isTemplate(issue, p.folio())).count();
            assertEquals(body, through.pages().size(), "pages through " + last);
        }
    }

    private static boolean isTemplate(Issue issue, int folio) {
        return issue.plan().templatePages().stream().anyMatch(tp -> tp.page() == folio);
    }
}
