package cn.paiban.typeset;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.layout.TemplateFiles;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 15, findings 2, 3 and 9: what the one validation raises, for every entry point alike. */
class PreflightTest {
    static final Path SAMPLE = Path.of("samples", "shuozhou-jingji-2023-04");
    static Typesetter typesetter;
    static Issue sample;

    @BeforeAll
    static void load() throws Exception {
        typesetter = new Typesetter(FontBook.standard(), TemplateFiles.directory());
        sample = IssueStore.load(SAMPLE);
    }

    static Issue replace(Issue issue, Article changed) {
        List<Section> sections = new ArrayList<>();
        for (Section s : issue.sections()) {
            sections.add(new Section(s.id(), s.title(), s.articles().stream()
                    .map(a -> a.id().equals(changed.id()) ? changed : a).toList()));
        }
        return new Issue(issue.journal(), issue.board(), sections, issue.shortItems(), issue.notices(), issue.plan());
    }

    static List<Finding> keyed(LayoutResult r, String key) {
        return r.findings().stream().filter(f -> key.equals(f.key())).toList();
    }

    /** An emoji pasted from WeChat into a paragraph is one error with its paragraph and place, not two (it was also named per run). */
    @Test
    void aCharacterNoFontHasIsNamedOnce() {
        Article a = sample.article("jiakuai-fazhan").orElseThrow();
        List<cn.paiban.model.Block> body = new ArrayList<>(a.body());
        body.set(0, new cn.paiban.model.Block.Paragraph("区域协调发展😀不仅包括东中西部地区协调发展。"));
        LayoutResult r = Preflight.typeset(typesetter, replace(sample, a.withBody(body)), SAMPLE);
        List<Finding> named = r.findings().stream().filter(f -> f.message().contains("U+1F600")).toList();
        assertEquals(1, named.size(), named.toString());
        assertEquals(Finding.Severity.ERROR, named.get(0).severity());
        assertEquals("jiakuai-fazhan", named.get(0).articleId());
        assertEquals(0, named.get(0).block());
    }

    @Test
    void aLeadTallerThanAPageIsAnErrorAndNothingIsDrawnPastThePage() {
        Article a = sample.article("shuxie-gongye").orElseThrow();
        Article tall = new Article(a.id(), a.kind(), a.kicker(), a.title(), a.subtitle(), a.authors(),
                "固废综合利用是转型的重要抓手。".repeat(90), a.body(), a.source(), a.signature());
        LayoutResult r = Preflight.typeset(typesetter, replace(sample, tall), SAMPLE);
        List<Finding> f = keyed(r, "limits.header-too-tall");
        assertEquals(1, f.size(), r.findings().toString());
        assertEquals("shuxie-gongye", f.get(0).articleId());
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("书写工业固废"), f.get(0).message());
        assertFalse(Preflight.blocking(r).isEmpty());
        for (Page p : r.document().pages()) {
            for (Item i : p.items()) {
                if (i instanceof Item.GlyphRun g && g.source().articleId().equals("shuxie-gongye")) {
                    assertTrue(g.baseline() <= p.format().trimHeight(), "page " + p.folio() + ": " + g.text());
                }
                if (i instanceof Item.Box b) assertTrue(b.rect().y() + b.rect().height() <= p.format().trimHeight());
            }
        }
    }

    @Test
    void twoTemplatePagesOnOnePageAreAnError() {
        PagePlan plan = sample.plan();
        List<PagePlan.TemplatePage> tp = new ArrayList<>(plan.templatePages());
        tp.add(new PagePlan.TemplatePage("call-for-papers", 3));
        Issue twice = new Issue(sample.journal(), sample.board(), sample.sections(), sample.shortItems(), sample.notices(),
                new PagePlan(plan.firstPage(), plan.entries(), tp));
        LayoutResult r = Preflight.typeset(typesetter, twice, SAMPLE);
        List<Finding> f = keyed(r, "limits.template-page-twice");
        assertEquals(1, f.size(), r.findings().toString());
        assertEquals(3, f.get(0).page());
        assertTrue(f.get(0).message().contains("contents") && f.get(0).message().contains("call-for-papers"));
    }

    @Test
    void controlCharactersAreErrorsNamingArticleBlockAndField() {
        Article a = sample.article("shuxie-gongye").orElseThrow();
        Article bad = a.withBlock(1, new Block.Paragraph("煤\u0007绽放\u001b[31m光暖")).withTitle(a.title() + "\u0000");
        LayoutResult r = Preflight.typeset(typesetter, replace(sample, bad), SAMPLE);
        List<Finding> f = keyed(r, "limits.control-char");
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.block() == 1 && x.message().contains("U+0007")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.block() == -1 && x.message().contains("U+0000")), f.toString());
        assertTrue(f.stream().allMatch(x -> x.articleId().equals("shuxie-gongye")));
    }

    @Test
    void theSampleHasNoBlockingFinding() {
        LayoutResult r = Preflight.typeset(typesetter, sample, SAMPLE);
        assertTrue(Preflight.blocking(r).isEmpty(), r.findings().toString());
        assertNotNull(r.document().date(), "the issue's date makes the PDF reproducible");
    }

    static Article withTable(Block.Table t) {
        Article a = sample.article("jingji-zhibiao").orElseThrow();
        List<Block> body = new ArrayList<>(a.body());
        for (int i = 0; i < body.size(); i++) if (body.get(i) instanceof Block.Table) body.set(i, t);
        return a.withBody(body);
    }

    @Test
    void aOneColumnTableAndA500ColumnTableNameTheArticle() {
        Block.Table one = new Block.Table("表", null, List.of(List.of("指标")), List.of(List.of("地区生产总值"), List.of("工业")), null);
        LayoutResult r1 = Preflight.typeset(typesetter, replace(sample, withTable(one)), SAMPLE);
        List<Finding> f1 = keyed(r1, "limits.table.one-column");
        assertEquals(1, f1.size(), r1.findings().toString());
        assertEquals("jingji-zhibiao", f1.get(0).articleId());

        List<String> wide = new ArrayList<>();
        for (int i = 0; i < 500; i++) wide.add(i == 0 ? "指标" : "列" + i);
        Block.Table many = new Block.Table("表", null, List.of(wide), List.of(wide), null);
        LayoutResult r2 = Preflight.typeset(typesetter, replace(sample, withTable(many)), SAMPLE);
        assertTrue(Preflight.blocking(r2).stream().allMatch(f -> f.articleId().equals("jingji-zhibiao")), r2.findings().toString());
        assertFalse(Preflight.blocking(r2).isEmpty());
    }

    @Test
    void windowsReservedNamesAreNoIds() {
        for (String id : List.of("CON", "aux", "nul", "com1", "LPT9", "con.txt", "abc.")) {
            assertNotNull(cn.paiban.model.Ids.problem(id), id);
        }
        for (String id : List.of("console", "auxiliary", "com10x", "shuxie-gongye", "nul-2")) {
            assertNull(cn.paiban.model.Ids.problem(id), id);
        }
    }
}
