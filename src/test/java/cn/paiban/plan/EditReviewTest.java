package cn.paiban.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.edit.ArticleList;
import cn.paiban.edit.CommandStack;
import cn.paiban.edit.DeleteArticle;
import cn.paiban.edit.MoveArticle;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.layout.TemplateFiles;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.typeset.Preflight;
import cn.paiban.typeset.Typesetter;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two moves reported in issue 10, reviewed on the sample before they happen. */
class EditReviewTest {
    static Issue sample;
    static Function<Issue, LayoutResult> typeset;

    @BeforeAll
    static void setUp() throws Exception {
        Typesetter t = new Typesetter(FontBook.standard(), TemplateFiles.directory());
        sample = IssueStore.load(PagePlannerTest.SAMPLE);
        typeset = i -> Preflight.typeset(t, i, PagePlannerTest.SAMPLE);
    }

    private static long errors(LayoutResult r) {
        return r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
    }

    /** 调查信息: Alt+Down on 我市上半年市场主体净增率全省第一 lost both items and left 【缺：s.pageLabel】 in the contents. */
    @Test
    void reorderingTwoNewsItemsKeepsTheRunOnItsPageWithoutAsking() {
        MoveArticle down = new MoveArticle("woshi-shangban", ArticleList.section("diaocha-xinxi"), 1);
        EditReview.Review r = EditReview.move(sample, down, typeset);
        assertFalse(r.refused(), r.refusal());
        assertEquals(null, r.question());
        EditReview.Option o = r.recommended();
        assertEquals(EditReview.Choice.FOLLOW, o.choice());
        assertEquals(47, o.after().plan().entry("ranghong-shanqiao").orElseThrow().startPage());
        LayoutResult after = typeset.apply(o.after());
        assertEquals(47, after.startPages().get("ranghong-shanqiao"));
        assertEquals(47, after.startPages().get("woshi-shangban"));
        assertEquals(0, errors(after));
        assertTrue(o.warnings().isEmpty(), o.warnings().toString());
        // and as it was reported, only the order changed: both lost, a placeholder on the contents page
        Issue orderOnly = down.apply(sample);
        var breaks = EditReview.breaks(sample, typeset.apply(sample), orderOnly, typeset.apply(orderOnly));
        assertFalse(breaks.isEmpty(), "the old behaviour is what the review catches");
    }

    /** Alt+Down on 农牧融合发展 past 山西朔州…, pinned to page 18: the user is asked, and each reading is reviewed. */
    @Test
    void movingPastAPinnedStartAsksAndTheFollowingReadingKeepsThePages() {
        MoveArticle down = new MoveArticle("nongmu-ronghe", ArticleList.section("jingji-shehui"), 1);
        EditReview.Review r = EditReview.move(sample, down, typeset);
        assertFalse(r.refused(), r.refusal());
        assertNotNull(r.question());
        assertTrue(r.question().contains("18"), r.question());
        assertTrue(r.needsAsking());
        EditReview.Option follow = r.option(EditReview.Choice.FOLLOW);
        assertEquals(EditReview.Choice.FOLLOW, r.recommended().choice());
        PagePlan p = follow.after().plan();
        assertEquals(15, p.entry("shanxi-shuozhou").orElseThrow().startPage());
        assertEquals(20, p.entry("nongmu-ronghe").orElseThrow().startPage(), "15 + the five pages 山西朔州 had");
        assertEquals(46, p.entry("nongmu-ronghe").orElseThrow().continuesOn(), "the jump goes with its article");
        assertTrue(follow.warnings().isEmpty(), follow.warnings().toString());
        EditReview.Option keep = r.option(EditReview.Choice.KEEP_PINS);
        if (keep != null) assertFalse(keep.warnings().isEmpty(), "keeping page 18 leaves pages empty or text overset, and says so");
        // one undo step
        CommandStack stack = new CommandStack(sample);
        stack.execute(follow.command());
        assertEquals(follow.after(), stack.current());
        stack.undo();
        assertEquals(sample, stack.current());
    }

    @Test
    void deletingThePinnedFirstNewsItemPassesItsPageToTheNext() {
        EditReview.Review r = EditReview.edit(sample, new DeleteArticle("woshi-shangban"), typeset);
        assertFalse(r.refused(), r.refusal());
        assertEquals(47, r.recommended().after().plan().entry("ranghong-shanqiao").orElseThrow().startPage());
    }
}
