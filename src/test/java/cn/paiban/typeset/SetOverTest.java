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
            // the page is the finding's, printed before its message by the list and the terminal: not twice
            assertTrue(!one.message().contains("第 5 页") && one.message().contains("《厚植生态优势 涵养文化绿洲》"), one.message());
        }
        assertTrue(Preflight.blocking(new LayoutResult(sample.document(), f, sample.startPages())).size() == f.size(), "it stops the export");
    }

    /**
     * A manuscript imported into 本期特稿 after 打通县域商业体系消费脉络 (pages 13-14) with no start of its own has no
     * room before 农牧融合发展, pinned to page 15: its title is set on page 15 over that article's (so that it keeps a
     * page in the outline and the page plan). That is the plan's doing, reported as overset and what to do about it,
     * never as a fault of the program to report to the developers.
     */
    @Test
    void anArticleWithNoRoomBeforeTheNextPinnedStartIsReportedAsOversetNotAsAFaultOfTheProgram() {
        cn.paiban.model.Issue issue = load();
        cn.paiban.model.Article copy = issue.article("nongmu-ronghe").orElseThrow();
        cn.paiban.model.Article imported = new cn.paiban.model.Article("shuzi-jingji", copy.kind(), null,
                "数字经济赋能朔州传统产业转型升级的路径研究", null, copy.authors(), null, copy.body(), null, null);
        String section = issue.sectionOf("jiakuai-fazhan").orElseThrow().id();
        int index = issue.sections().stream().filter(s -> s.id().equals(section)).findFirst().orElseThrow().articles().size();
        issue = new cn.paiban.edit.AddArticle(cn.paiban.edit.ArticleList.section(section), index, imported).apply(issue);
        LayoutResult r = Preflight.typeset(PreflightTest.typesetter == null ? new Typesetter(cn.paiban.font.FontBook.standard(),
                cn.paiban.layout.TemplateFiles.directory()) : PreflightTest.typesetter, issue, PreflightTest.SAMPLE);
        assertTrue(r.findings().stream().anyMatch(f -> f.key().equals("findings.overset") && f.articleId().equals("shuzi-jingji")),
                r.findings().toString());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.key().equals("limits.set-over")).toList(), "no program fault");
        List<Finding> over = r.findings().stream().filter(f -> f.key().equals("limits.set-over.overset")).toList();
        assertEquals(1, over.size(), over.toString());   // once for the page and the pair, however many lines meet
        Finding f = over.get(0);
        assertEquals(Finding.Severity.ERROR, f.severity());   // still stops the export
        assertEquals("shuzi-jingji", f.articleId());
        assertEquals(15, f.page());
        // the page is the finding's: the list and the terminal put it before the message (第 15 页 — …)
        assertTrue(f.message().startsWith("《数字经济赋能朔州传统产业转型升级的路径研究》") && f.message().contains("《农牧融合发展 盐碱地变了样》")
                && f.message().contains("页面规划") && !f.message().contains("开发者"), f.message());
    }
}
