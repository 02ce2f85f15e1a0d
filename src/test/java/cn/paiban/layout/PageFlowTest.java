package cn.paiban.layout;

import static cn.paiban.layout.LayoutFixture.page;
import static cn.paiban.layout.LayoutFixture.runs;
import static cn.paiban.layout.LayoutFixture.text;
import static cn.paiban.layout.TestIssues.feature;
import static cn.paiban.layout.TestIssues.pin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import cn.paiban.typeset.Typesetter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The page flow on crafted issues: pins, jumps, overset, underset, the grid, padding, resolution. */
class PageFlowTest {
    private static final Typesetter TYPESETTER = new Typesetter(LayoutFixture.FONTS, LayoutFixture.TEMPLATE_DIR,
            LayoutFixture.COMPOSER);

    private static LayoutResult set(List<Article> articles, List<PagePlan.Entry> entries, List<PagePlan.TemplatePage> tps) {
        Issue issue = TestIssues.issue(List.of(new Section("s1", "本期特稿", articles)), List.of(), List.of(),
                new PagePlan(1, entries, tps));
        return TYPESETTER.typeset(issue);
    }

    /** About 2.2 pages: 16 paragraphs of ~120 characters (7 lines each) and 3 subheadings. */
    private static Article longOne(String id) { return feature(id, 7, 16, 120); }

    private static Article shortOne(String id) { return feature(id, 3, 4, 100); }

    @Test
    void articlesStartOnTheirPinnedPages() {
        var r = set(List.of(shortOne("a"), shortOne("b"), longOne("c"), shortOne("d")),
                List.of(pin("a", 1, null), pin("b", 2, null), pin("c", 4, null), pin("d", 8, null)), List.of());
        assertEquals(1, r.startPages().get("a"));
        assertEquals(2, r.startPages().get("b"));
        assertEquals(4, r.startPages().get("c"));
        assertEquals(8, r.startPages().get("d"));
        assertTrue(text(page(r.document().pages(), 4)).contains("标题c"));
    }

    /**
     * The flow tells each article's start page as it places it (what is made from the start pages, the contents, need
     * not wait for the end): every article once, in the order they begin, on the page the layout gives.
     */
    @Test
    void theFlowTellsEachStartPageAsItPlacesIt() {
        List<Article> articles = List.of(longOne("a"), shortOne("b"), shortOne("c"), longOne("d"));
        Issue issue = TestIssues.issue(List.of(new Section("s1", "本期特稿", articles)), List.of(), List.of(),
                new PagePlan(1, List.of(pin("a", 1, null), pin("b", null, null), pin("c", 5, null), pin("d", null, null)),
                        List.of()));
        List<String> told = new ArrayList<>();
        var flowed = new IssueLayout(LayoutFixture.TEMPLATE, LayoutFixture.COMPOSER)
                .onStart((id, p) -> told.add(id + "@" + p)).layout(issue, java.util.Map.of());
        List<String> expected = new ArrayList<>();
        flowed.startPages().forEach((id, p) -> expected.add(id + "@" + p));
        assertEquals(expected, told);
        assertEquals(List.of("a", "b", "c", "d"), told.stream().map(x -> x.substring(0, x.indexOf('@'))).toList());
        assertTrue(flowed.startPages().get("b") > 1 && flowed.startPages().get("d") >= 5, told.toString());
    }

    @Test
    void anArticleThatDoesNotFitJumpsWithMarkersFromTheLayout() {
        var r = set(List.of(longOne("a"), shortOne("b"), feature("c", 3, 2, 60), shortOne("d")),
                List.of(pin("a", 1, 4), pin("b", 3, null), pin("c", 4, null), pin("d", 5, null)), List.of());
        List<Page> pages = r.document().pages();
        assertTrue(text(page(pages, 2)).contains("（下转第4页）"), text(page(pages, 2)));
        String p4 = text(page(pages, 4));
        assertTrue(p4.contains("（上接第2页）"), p4);
        assertTrue(p4.indexOf("标题c") < p4.indexOf("（上接第2页）"), "the continuation follows the article on its page");
        assertEquals(1, r.startPages().get("a"), "a jumped article keeps its first page");
        // nothing lost: every character of a's body appears in order across pages 1, 2 and 4
        String body = ((Article) longOne("a")).body().stream().filter(Block.Paragraph.class::isInstance)
                .map(b -> ((Block.Paragraph) b).text()).collect(Collectors.joining());
        String set = pages.stream().flatMap(LayoutFixture::runs).filter(g -> g.source().articleId().equals("a")
                && g.source().block() >= 0 && isParagraph(longOne("a"), g.source().block())).map(Item.GlyphRun::text)
                .collect(Collectors.joining());
        assertEquals(body.length(), set.length(), "characters set");
        assertTrue(body.equals(set), "a's text comes back in order");
        assertFalse(r.hasErrors(), r.findings().toString());
    }

    private static boolean isParagraph(Article a, int block) { return a.body().get(block) instanceof Block.Paragraph; }

    @Test
    void oversetWithoutAJumpIsAnErrorInLinesAndCharacters() {
        var r = set(List.of(longOne("a"), shortOne("b")), List.of(pin("a", 1, null), pin("b", 3, null)), List.of());
        var errors = r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        assertEquals(1, errors.size(), r.findings().toString());
        assertEquals("a", errors.get(0).articleId());
        assertEquals("findings.overset", errors.get(0).key(), errors.get(0).message());
        assertTrue(errors.get(0).message().matches("\\D*\\d+\\D+\\d+\\D*"), "lines and characters: " + errors.get(0).message());
    }

    @Test
    void undersetOfMoreThanAColumnIsAWarning() {
        var r = set(List.of(shortOne("a"), shortOne("b")), List.of(pin("a", 1, null), pin("b", 3, null)), List.of());
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Finding.Severity.WARNING && f.articleId().equals("a")
                && "findings.underset".equals(f.key())), r.findings().toString());
    }

    /** Property over article lengths: the warning comes exactly when the balanced last page leaves more than a column free. */
    @Test
    void undersetWarningMatchesTheFreeLinesOnTheLastPage() {
        LineGrid g = LayoutFixture.TEMPLATE.grid();
        int warned = 0;
        int quiet = 0;
        for (int n = 10; n <= 22; n++) {
            Article a = feature("a", n, n, 120);
            var alone = set(List.of(a), List.of(pin("a", 1, null)), List.of());
            int last = alone.document().pages().stream().filter(p -> !p.blank()).mapToInt(Page::folio).max().orElseThrow();
            var r = set(List.of(a, shortOne("b")), List.of(pin("a", 1, null), pin("b", last + 1, null)), List.of());
            int maxLine = runs(page(r.document().pages(), last)).filter(x -> x.source().articleId().equals("a"))
                    .mapToInt(x -> (x.baseline() - g.baseline(0)) / g.leading()).max().orElseThrow();
            int free = (g.lines() - maxLine - 1) * g.columns();
            boolean warning = r.findings().stream().anyMatch(f -> f.key().startsWith("findings.underset"));
            if (warning) {   // the free lines are on one page: named as one (第 14 页, not 第 14–14 页)
                assertTrue(r.findings().stream().anyMatch(f -> f.key().equals("findings.underset-one") && f.page() == last),
                        r.findings().toString());
            }
            assertEquals(free > g.lines(), warning, "n=" + n + " free " + free + " " + r.findings());
            if (warning) warned++; else quiet++;
        }
        assertTrue(warned > 0 && quiet > 0, "both cases seen: " + warned + "/" + quiet);
    }

    @Test
    void bodyLinesSitOnTheOneGridInEveryColumn() {
        var r = set(List.of(longOne("a"), longOne("b")), List.of(pin("a", 1, null), pin("b", 4, null)), List.of());
        LineGrid g = LayoutFixture.TEMPLATE.grid();
        Set<Integer> grid = new HashSet<>();
        for (int i = 0; i < g.lines(); i++) grid.add(g.baseline(i));
        int checked = 0;
        for (Page p : r.document().pages()) {
            for (Item.GlyphRun run : runs(p).toList()) {
                if (run.source().block() >= 0) {
                    assertTrue(grid.contains(run.baseline()), "page " + p.folio() + " off grid: " + run);
                    checked++;
                }
            }
        }
        assertTrue(checked > 200, "checked " + checked);
    }

    @Test
    void theLastPageOfAnArticleBalancesItsColumns() {
        var r = set(List.of(longOne("a")), List.of(pin("a", 1, null)), List.of());
        Page last = r.document().pages().stream().filter(p -> !p.blank()).reduce((x, y) -> y).orElseThrow();
        int mid = LayoutFixture.TEMPLATE.textLeft(last.folio()) + LayoutFixture.TEMPLATE.grid().measure();
        List<Item.GlyphRun> body = runs(last).filter(g -> g.source().block() >= 0 || g.source().block() == -1 && g.baseline() > 200_000).toList();
        long left = body.stream().filter(g -> g.x() < mid).map(Item.GlyphRun::baseline).distinct().count();
        long right = body.stream().filter(g -> g.x() > mid).map(Item.GlyphRun::baseline).distinct().count();
        assertTrue(right > 0 && Math.abs(left - right) <= 2, "left " + left + " right " + right);
    }

    @Test
    void pageCountIsAMultipleOfFour() {
        var r = set(List.of(longOne("a"), shortOne("b")), List.of(pin("a", 1, null), pin("b", 5, null)), List.of());
        assertEquals(0, r.document().pages().size() % 4);
        assertEquals(8, r.document().pages().size());
        assertTrue(r.document().pages().get(7).blank());
        // the blank pages made to reach a multiple of four are named, once, from the first of them
        int lastSet = r.document().pages().stream().filter(p -> !p.blank()).mapToInt(Page::folio).max().orElseThrow();
        List<Finding> padding = r.findings().stream().filter(f -> f.key().startsWith("findings.page.padding")).toList();
        assertEquals(1, padding.size(), r.findings().toString());
        assertEquals(lastSet + 1, padding.get(0).page());
        assertTrue(padding.get(0).message().contains(String.valueOf(8)) == (lastSet + 1 < 8), padding.get(0).message());
    }

    /**
     * A plan that fixes the issue's page count (本期信息 ▸ 页数) gets that many pages, the ones with no copy yet blank
     * and named once; text past the count is named too. Without a count the text decides (above).
     */
    @Test
    void aFixedPageCountGivesThatManyPagesAndNamesTheEmptyOnes() {
        List<Article> two = List.of(longOne("a"), shortOne("b"));
        List<PagePlan.Entry> pins = List.of(pin("a", 1, null), pin("b", 5, null));
        Issue issue = TestIssues.issue(List.of(new Section("s1", "本期特稿", two)), List.of(), List.of(),
                new PagePlan(1, pins, List.of(), 16));
        var r = TYPESETTER.typeset(issue);
        assertEquals(16, r.document().pages().size());
        int lastSet = r.document().pages().stream().filter(p -> !p.blank()).mapToInt(Page::folio).max().orElseThrow();
        assertTrue(lastSet < 8, "the copy fills " + lastSet);
        assertTrue(r.document().pages().subList(lastSet, 16).stream().allMatch(Page::blank));
        List<Finding> unfilled = r.findings().stream().filter(f -> f.key().startsWith("findings.page.unfilled")).toList();
        assertEquals(1, unfilled.size(), r.findings().toString());
        assertEquals(lastSet + 1, unfilled.get(0).page());
        assertEquals(cn.paiban.i18n.Msg.get("findings.page.unfilled", lastSet + 1, 16, 16), unfilled.get(0).message());
        assertTrue(r.findings().stream().noneMatch(f -> f.key().startsWith("findings.page.padding")), r.findings().toString());

        // a count the copy overruns: every page is kept, the overrun named from the first page past the count
        var over = TYPESETTER.typeset(issue.withPlan(issue.plan().withPages(4)));
        assertEquals(lastSet, over.document().pages().stream().filter(p -> !p.blank()).mapToInt(Page::folio).max().orElseThrow());
        List<Finding> past = over.findings().stream().filter(f -> f.key().equals("findings.page.past-extent")).toList();
        assertEquals(1, past.size(), over.findings().toString());
        assertEquals(5, past.get(0).page());
        assertEquals(cn.paiban.i18n.Msg.get("findings.page.past-extent", lastSet, 4, lastSet - 4), past.get(0).message());
    }

    @Test
    void missingGlyphsAreErrorsWithArticleParagraphAndOffset() {
        Article a = shortOne("a");
        List<Block> body = new ArrayList<>(a.body());
        body.set(1, new Block.Paragraph("这里有一个" + new String(Character.toChars(0x10FFFD)) + "字。"));
        var r = set(List.of(a.withBody(body)), List.of(pin("a", 1, null)), List.of());
        var f = r.findings().stream().filter(x -> x.message().contains("U+10FFFD")).findFirst().orElseThrow(
                () -> new AssertionError(r.findings().toString()));
        assertEquals(Finding.Severity.ERROR, f.severity());
        assertEquals("a", f.articleId());
        assertEquals(1, f.block());
        assertEquals("findings.glyph.missing", f.key());
        assertTrue(f.message().contains(cn.paiban.i18n.Msg.get("findings.glyph.missing", "U+10FFFD",
                new String(Character.toChars(0x10FFFD)), cn.paiban.i18n.Msg.get("findings.part.body"), 2, 6)), f.message());
        assertEquals(1, f.page(), "the page where the paragraph is set");
        assertEquals(1, r.findings().stream().filter(x -> x.message().contains("U+10FFFD")).count(), "reported once");
    }

    @Test
    void jumpNumbersResolveWhenThePlannedPageIsTaken() {
        // The plan says continue on 4, but 4 is a template page: the continuation lands on 5 and the marker says so.
        var r = set(List.of(longOne("a"), shortOne("b"), shortOne("c")),
                List.of(pin("a", 1, 4), pin("b", 3, null), pin("c", 6, null)), List.of(new PagePlan.TemplatePage("ad", 4)));
        List<Page> pages = r.document().pages();
        assertTrue(text(page(pages, 2)).contains("（下转第5页）"), text(page(pages, 2)));
        assertTrue(text(page(pages, 5)).contains("（上接第2页）"));
        assertFalse(r.hasErrors(), r.findings().toString());
    }

    @Test
    void aFillerGoesIntoLeftoverSpace() {
        Article filler = new Article("f", cn.paiban.model.ArticleKind.FILLER, null, "补白小题", null, List.of(), null,
                List.of(new Block.Paragraph(TestIssues.text(new java.util.Random(5), 90))), null, null);
        Issue issue = TestIssues.issue(List.of(new Section("s1", "本期特稿", List.of(shortOne("a"), shortOne("b")))),
                List.of(filler), List.of(), new PagePlan(1, List.of(pin("a", 1, null), pin("b", 2, null)), List.of()));
        var r = TYPESETTER.typeset(issue);
        assertEquals(1, r.startPages().get("f"), "below a, on its page");
        int aBottom = runs(page(r.document().pages(), 1)).filter(g -> g.source().articleId().equals("a"))
                .mapToInt(Item.GlyphRun::baseline).max().orElseThrow();
        assertTrue(runs(page(r.document().pages(), 1)).filter(g -> g.source().articleId().equals("f"))
                .allMatch(g -> g.baseline() > aBottom), "after a's last line");
        assertEquals(4, r.document().pages().size(), "no page added for it");
    }

    @Test
    void aFillerNeverGoesOntoAPageAnArticleFilledAndLeft() {
        // a fills page 1 to the foot in both columns and goes on to page 2: page 1 has no leftover space, though the
        // flow left it with its cursor under a's title (the filler was set over a's first lines)
        var r = TYPESETTER.typeset(withFiller(longOne("a"), shortOne("b"), 5, 90, 5));
        assertTrue(r.startPages().getOrDefault("f", 0) >= 3, "not on a page a filled: " + r.startPages());
        assertNothingSetOverAnything(r, "f");
    }

    @Test
    void fillersOfAnySizeAfterArticlesOfAnyLengthAreNeverSetOverText() {
        java.util.Random random = new java.util.Random(20261204);
        for (int i = 0; i < 25; i++) {
            Article a = feature("a", random.nextLong(), 2 + random.nextInt(20), 40 + random.nextInt(160));
            Article b = feature("b", random.nextLong(), 1 + random.nextInt(6), 40 + random.nextInt(120));
            var r = TYPESETTER.typeset(withFiller(a, b, 4 + random.nextInt(3), 20 + random.nextInt(400), random.nextLong()));
            assertNothingSetOverAnything(r, "f");
        }
    }

    private static Issue withFiller(Article a, Article b, int bPage, int fillerChars, long seed) {
        Article filler = new Article("f", cn.paiban.model.ArticleKind.FILLER, null, "补白小题", null, List.of(), null,
                List.of(new Block.Paragraph(TestIssues.text(new java.util.Random(seed), fillerChars))), null, null);
        return TestIssues.issue(List.of(new Section("s1", "本期特稿", List.of(a, b))), List.of(filler), List.of(),
                new PagePlan(1, List.of(pin("a", 1, null), pin("b", bPage, null)), List.of()));
    }

    /** No line of {@code id} shares a baseline band and a stretch of the measure with a line of anything else. */
    private static void assertNothingSetOverAnything(LayoutResult r, String id) {
        for (Page p : r.document().pages()) {
            List<Item.GlyphRun> all = runs(p).toList();
            for (Item.GlyphRun x : all) {
                if (!x.source().articleId().equals(id)) continue;
                for (Item.GlyphRun y : all) {
                    if (y.source().articleId().equals(id)) continue;
                    boolean sameLine = Math.abs(x.baseline() - y.baseline()) < Math.max(x.size(), y.size());
                    boolean across = x.x() < y.x() + y.xs()[y.xs().length - 1] + y.size()
                            && y.x() < x.x() + x.xs()[x.xs().length - 1] + x.size();
                    assertFalse(sameLine && across, "page " + p.folio() + ": \"" + x.text() + "\" is set over \"" + y.text() + "\"");
                }
            }
        }
    }

    @Test
    void templatePagesComeFromFrontMatterAtTheirFolio() {
        var r = set(List.of(shortOne("a"), shortOne("b")), List.of(pin("a", 1, null), pin("b", 3, null)),
                List.of(new PagePlan.TemplatePage("contents", 2)));
        Page two = page(r.document().pages(), 2);
        assertTrue(two.items().stream().anyMatch(Item.ForeignPage.class::isInstance), two.items().toString());
        assertFalse(text(two).contains("标题"), "no body text on a template page");
    }
}
