package cn.paiban.layout;

import static cn.paiban.layout.TestIssues.feature;
import static cn.paiban.layout.TestIssues.pin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Page;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import cn.paiban.typeset.Typesetter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Typesetter kept by the editor reuses front-matter pages while what they show is unchanged. */
class TypesetterReuseTest {

    private static Issue issue(Article a, Article b) {
        return TestIssues.issue(List.of(new Section("s1", "本期特稿", List.of(a, b))), List.of(), List.of(),
                new PagePlan(1, List.of(pin(a.id(), 1, null), pin(b.id(), 3, null)),
                        List.of(new PagePlan.TemplatePage("contents", 2))));
    }

    @Test
    void frontPagesAreKeptAcrossBodyEditsAndRemadeWhenTitlesChange() {
        Typesetter ts = new Typesetter(LayoutFixture.FONTS, LayoutFixture.TEMPLATE_DIR, LayoutFixture.COMPOSER);
        Article a = feature("a", 1, 4, 100);
        Article b = feature("b", 2, 4, 100);
        Page first = LayoutFixture.page(ts.typeset(issue(a, b)).document().pages(), 2);

        Article edited = a.withBlock(0, new Block.Paragraph("改过的一段正文。"));
        var afterEdit = ts.typeset(issue(edited, b));
        assertSame(first, LayoutFixture.page(afterEdit.document().pages(), 2), "a body edit keeps the contents page");
        assertEquals(3, afterEdit.startPages().get("b"));

        var afterRetitle = ts.typeset(issue(a.withTitle("新的标题"), b));
        assertNotSame(first, LayoutFixture.page(afterRetitle.document().pages(), 2), "a new title remakes it");
    }

    /**
     * The front pages are made ahead, while the body is laid out, with the start pages the plan pins; an article the
     * plan leaves to the layout starts elsewhere, and the contents must show where it did start, in the first layout
     * and after a new title moves nothing but the pages made ahead from the last layout.
     */
    @Test
    void contentsShowTheLaidOutStartOfAnArticleThePlanDoesNotPin() throws Exception {
        Typesetter ts = new Typesetter(LayoutFixture.FONTS, LayoutFixture.TEMPLATE_DIR, LayoutFixture.COMPOSER);
        Article a = feature("a", 1, 24, 300);
        Article b = feature("b", 2, 4, 100);
        PagePlan plan = new PagePlan(1, List.of(pin("a", 1, null), pin("b", null, null)),
                List.of(new PagePlan.TemplatePage("contents", 9)));
        var r = ts.typeset(TestIssues.issue(List.of(new Section("s1", "本期特稿", List.of(a, b))), List.of(), List.of(), plan));
        int start = r.startPages().get("b");
        assertTrue(start > 1, "b follows a long article: " + start);
        assertTrue(contentsText(r).contains("标题b推动发展王　爽(" + start + ")"), contentsText(r));

        Article longer = feature("a", 1, 36, 300).withTitle("新的标题");
        var r2 = ts.typeset(TestIssues.issue(List.of(new Section("s1", "本期特稿", List.of(longer, b))), List.of(), List.of(), plan));
        int moved = r2.startPages().get("b");
        assertTrue(moved > start, "b moved on: " + moved);
        assertTrue(contentsText(r2).contains("标题b推动发展王　爽(" + moved + ")"), contentsText(r2));
    }

    /**
     * An article the plan leaves to the layout, in a section of news items (listed by its first page): where it starts
     * does not show, and wherever the layout puts it the contents lists the section on its first item's page, in the
     * first layout and after an edit that moves it.
     */
    @Test
    void contentsListANewsSectionByItsFirstPageWhereverItsOtherItemsStart() throws Exception {
        Typesetter ts = new Typesetter(LayoutFixture.FONTS, LayoutFixture.TEMPLATE_DIR, LayoutFixture.COMPOSER);
        Article a = feature("a", 1, 4, 100);
        Article n1 = news(feature("n1", 2, 3, 100));
        Article n2 = news(feature("n2", 3, 3, 100));
        PagePlan plan = new PagePlan(1, List.of(pin("a", 1, null), pin("n1", 3, null), pin("n2", null, null)),
                List.of(new PagePlan.TemplatePage("contents", 9)));
        var sections = List.of(new Section("s1", "本期特稿", List.of(a)), new Section("s2", "调查信息", List.of(n1, n2)));
        var r = ts.typeset(TestIssues.issue(sections, List.of(), List.of(), plan));
        assertEquals(3, r.startPages().get("n1"));
        assertTrue(r.startPages().get("n2") >= 3, r.startPages().toString());
        assertTrue(contentsText(r).contains("调查信息(3)"), contentsText(r));

        Article longer = news(feature("n1", 2, 30, 300).withTitle("新的标题"));
        var sections2 = List.of(new Section("s1", "本期特稿", List.of(a)), new Section("s2", "调查信息", List.of(longer, n2)));
        var r2 = ts.typeset(TestIssues.issue(sections2, List.of(), List.of(), plan));
        assertTrue(r2.startPages().get("n2") > r.startPages().get("n2"), "n2 moved on: " + r2.startPages());
        assertTrue(contentsText(r2).contains("调查信息(3)"), contentsText(r2));
    }

    private static Article news(Article a) {
        return new Article(a.id(), cn.paiban.model.ArticleKind.NEWS, a.kicker(), a.title(), a.subtitle(), a.authors(), a.lead(),
                a.body(), a.source(), a.signature());
    }

    private static String contentsText(cn.paiban.layout.LayoutResult r) throws Exception {
        Page contents = LayoutFixture.page(r.document().pages(), 9);
        var item = (cn.paiban.display.Item.ForeignPage) contents.items().stream()
                .filter(i -> i instanceof cn.paiban.display.Item.ForeignPage).findFirst().orElseThrow();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(item.source().bytes())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("[\\s.·…]", "");
        }
    }
}
