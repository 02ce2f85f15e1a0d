package cn.paiban.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.layout.StoryLength;
import cn.paiban.layout.TemplateFiles;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.typeset.Typesetter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planner on the sample issue: from a plan that keeps only the notice's and the table's pages, --pages 48
 * gives the printed plan (every start page, the 17→46 jump), and the real layout sets that plan with no overset.
 */
class PagePlannerTest {
    static final Path SAMPLE = Path.of("samples/shuozhou-jingji-2023-04");
    static Typesetter typesetter;
    static Issue printed;
    static Issue unplanned;
    static List<StoryLength> lengths;

    @BeforeAll
    static void load() throws Exception {
        typesetter = new Typesetter(FontBook.standard(), TemplateFiles.directory());
        printed = IssueStore.load(SAMPLE);
        unplanned = keepOnly(printed, Set.of("zhenggao-qishi", "jingji-zhibiao"));
        lengths = typesetter.measure(unplanned, SAMPLE);
    }

    /** The issue with only the given articles' plan entries (and the template pages). */
    static Issue keepOnly(Issue issue, Set<String> ids) {
        PagePlan p = issue.plan();
        return issue.withPlan(new PagePlan(p.firstPage(),
                p.entries().stream().filter(e -> ids.contains(e.articleId())).toList(), p.templatePages()));
    }

    @Test
    void fortyEightPagesGiveThePrintedPlan() {
        PagePlanner.Proposal p = new PagePlanner(unplanned, lengths, 48).propose();
        assertTrue(p.fits(), () -> String.join("\n", PlanReport.lines(p, unplanned)));
        int exact = 0;
        List<String> off = new ArrayList<>();
        for (PagePlan.Entry e : printed.plan().entries()) {
            if (e.startPage() == null) continue;
            PagePlanner.Row r = p.row(e.articleId());
            assertNotNull(r, e.articleId());
            if (Math.abs(r.startPage() - e.startPage()) > 1) off.add(e.articleId() + " " + r.startPage() + " vs " + e.startPage());
            if (r.startPage() == e.startPage()) exact++;
        }
        assertTrue(off.isEmpty(), "start pages more than one page off the printed plan: " + off);
        assertEquals(15, exact, "printed start pages met exactly");
        PagePlanner.Row nongmu = p.row("nongmu-ronghe");
        assertEquals(17, nongmu.jumpFrom());
        assertEquals(46, nongmu.continuesOn());
        assertEquals(List.of("nongmu-ronghe"), p.jumped());
        assertEquals(new PagePlan.Entry("nongmu-ronghe", 15, 46), p.plan().entry("nongmu-ronghe").orElseThrow());
        assertEquals(printed.plan().templatePages(), p.plan().templatePages());
    }

    @Test
    void theLayoutSetsTheProposedPlanWithoutOversetOnThePlannedPages() {
        PagePlanner.Proposal p = new PagePlanner(unplanned, lengths, 48).propose();
        LayoutResult r = typesetter.typeset(unplanned.withPlan(p.plan()), SAMPLE);
        List<Finding> errors = r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), errors::toString);
        for (PagePlanner.Row row : p.rows()) {
            assertEquals(row.startPage(), r.startPages().get(row.articleId()), row.title());
        }
        assertEquals(46, r.fits().get("nongmu-ronghe").endPage());
        assertTrue(r.fits().values().stream().allMatch(f -> f.overLines() == 0), r.fits()::toString);
    }

    @Test
    void tooFewPagesJumpMoreAndReportWhatStillDoesNotFit() {
        PagePlanner.Proposal p = new PagePlanner(unplanned, lengths, 40).propose();
        assertFalse(p.fits());
        assertTrue(p.jumped().size() >= 1, p.jumped()::toString);
        assertTrue(p.usedPages() > 40);
        assertFalse(p.unfitted().isEmpty());
        PagePlanner.Row last = p.row(p.unfitted().get(p.unfitted().size() - 1));
        assertTrue(last.overLines() > 0, last::toString);
        // each jump that was taken saved a page: fewer pages without any is impossible
        PagePlanner.Proposal at48 = new PagePlanner(unplanned, lengths, 48).propose();
        assertTrue(p.usedPages() <= 48 && p.usedPages() >= at48.usedPages() - p.jumped().size(), () -> p.usedPages() + "");
    }

    @Test
    void pagesLeftOverAreCountedAndANoticeWithoutAPageFillsFreeSpace() {
        Issue noNotice = keepOnly(printed, Set.of("jingji-zhibiao"));
        PagePlanner.Proposal p = new PagePlanner(noNotice, typesetter.measure(noNotice, SAMPLE), 56).propose();
        assertTrue(p.fits());
        assertTrue(p.jumped().isEmpty(), "nothing jumps when the pages suffice");
        // without the jump the text needs page 48, so the table gives it up and follows on 49
        assertEquals(49, p.row("jingji-zhibiao").startPage());
        assertTrue(p.leftoverPages() >= 7, () -> String.join("\n", PlanReport.lines(p, noNotice)));
        Integer noticePage = p.plan().entry("zhenggao-qishi").map(PagePlan.Entry::startPage).orElse(null);
        assertNotNull(noticePage, "the notice is given a page with room");
        PagePlanner.FreeSpace where = p.free().stream().filter(f -> f.page() == noticePage).findFirst().orElseThrow();
        assertEquals(List.of("zhenggao-qishi"), where.fillers());
        LayoutResult r = typesetter.typeset(noNotice.withPlan(p.plan()), SAMPLE);
        assertEquals(noticePage, r.startPages().get("zhenggao-qishi"));
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() == Finding.Severity.ERROR), r.findings()::toString);
        assertTrue(String.join("\n", PlanReport.lines(p, noNotice)).contains("征稿启事"));
    }

    @Test
    void aNoticeWhosePageTheTextNeedsMovesOn() {
        Issue tight = keepOnly(printed, Set.of("jingji-zhibiao"));
        List<PagePlan.Entry> entries = new ArrayList<>(tight.plan().entries());
        entries.add(new PagePlan.Entry("zhenggao-qishi", 5, null)); // inside 以新气象新作为 (pages 4–8)
        Issue issue = tight.withPlan(new PagePlan(1, entries, tight.plan().templatePages()));
        PagePlanner.Proposal p = new PagePlanner(issue, typesetter.measure(issue, SAMPLE), 48).propose();
        int page = p.plan().entry("zhenggao-qishi").orElseThrow().startPage();
        assertTrue(page >= 8, "page 5 is the article's; the notice went to " + page);
        assertEquals(4, p.row("yixin-qixiang").startPage());
    }
}
