package cn.paiban.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.Finding;
import cn.paiban.layout.IssueLayout.FigureLines;
import cn.paiban.layout.IssueLayout.Fit;
import cn.paiban.layout.IssueLayout.LastLine;
import cn.paiban.layout.LayoutResult;
import cn.paiban.layout.TemplateFiles;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.typeset.Typesetter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Copyfitting on the sample: take away the 17→46 jump and 农牧融合发展 runs over its three pages; the finding
 * says by how much, and cutting what it names from the paragraph it names really saves a line.
 */
class CopyfitTest {
    static Typesetter typesetter;
    static Issue noJump;
    static LayoutResult layout;

    @BeforeAll
    static void setUp() throws Exception {
        typesetter = new Typesetter(FontBook.standard(), TemplateFiles.directory());
        Issue printed = IssueStore.load(PagePlannerTest.SAMPLE);
        List<PagePlan.Entry> entries = new ArrayList<>();
        for (PagePlan.Entry e : printed.plan().entries()) {
            entries.add(e.articleId().equals("nongmu-ronghe") ? new PagePlan.Entry(e.articleId(), e.startPage(), null) : e);
        }
        noJump = printed.withPlan(new PagePlan(1, entries, printed.plan().templatePages()));
        layout = typesetter.typeset(noJump, PagePlannerTest.SAMPLE);
    }

    @Test
    void anArticleOverItsSpanGetsLinesCharactersAndRankedRemedies() {
        Fit fit = layout.fits().get("nongmu-ronghe");
        assertTrue(fit.overLines() > 3, fit::toString);
        List<Finding> found = Copyfit.findings(layout, noJump).stream()
                .filter(f -> "plan.copyfit.over".equals(f.key()) && f.articleId().equals("nongmu-ronghe")).toList();
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(17, f.page());
        assertTrue(f.message().contains(fit.overLines() + " ") && f.message().contains(fit.overChars() + " "), f.message());
        List<Copyfit.Remedy> r = Copyfit.remedies(fit, layout, noJump);
        assertTrue(r.get(0).key().startsWith("plan.remedy.jump"), "many lines over: a jump before a long cut " + r);
        assertTrue(r.stream().anyMatch(x -> x.key().equals("plan.remedy.cut")), r::toString);
        // the same layout's own overset finding agrees on the lines
        assertTrue(layout.findings().stream().anyMatch(x -> "nongmu-ronghe".equals(x.articleId())
                && "findings.overset".equals(x.key()) && x.message().contains(" " + fit.overLines() + " ")), layout.findings()::toString);
    }

    @Test
    void cuttingWhatTheCutRemedyNamesSavesALine() {
        Fit fit = layout.fits().get("nongmu-ronghe");
        LastLine shortest = fit.lastLines().stream().filter(l -> l.lines() >= 2).findFirst().orElseThrow();
        Copyfit.Remedy cut = Copyfit.cut(fit, 1);
        assertEquals(List.of(shortest.chars(), shortest.block() + 1, shortest.chars()), List.of(cut.args()));
        Article a = noJump.article("nongmu-ronghe").orElseThrow();
        Block.Paragraph p = (Block.Paragraph) a.body().get(shortest.block());
        String shorter = p.text().substring(0, p.text().length() - shortest.chars());
        Issue cutIssue = replace(noJump, a.withBlock(shortest.block(), new Block.Paragraph(shorter)));
        Fit after = typesetter.typeset(cutIssue, PagePlannerTest.SAMPLE).fits().get("nongmu-ronghe");
        int linesBefore = shortest.lines();
        assertEquals(linesBefore - 1, after.lastLines().stream().filter(l -> l.block() == shortest.block()).findFirst()
                .orElseThrow().lines(), "the paragraph is a line shorter");
        assertTrue(after.overLines() <= fit.overLines());
    }

    @Test
    void cuttingAllThatTheRemedyNamesTakesTheOversetAway() {
        Fit fit = layout.fits().get("nongmu-ronghe");
        Copyfit.Remedy cut = Copyfit.cut(fit, fit.overLines());
        Article a = noJump.article("nongmu-ronghe").orElseThrow();
        List<LastLine> ends = fit.lastLines().stream().filter(l -> l.lines() >= 2).limit(fit.overLines()).toList();
        int total = 0;
        for (LastLine l : ends) {
            Block.Paragraph p = (Block.Paragraph) a.body().get(l.block());
            a = a.withBlock(l.block(), new Block.Paragraph(p.text().substring(0, p.text().length() - l.chars())));
            total += l.chars();
        }
        assertEquals(total, cut.args()[0]);
        Fit after = typesetter.typeset(replace(noJump, a), PagePlannerTest.SAMPLE).fits().get("nongmu-ronghe");
        assertTrue(after.overLines() <= 2, "over " + fit.overLines() + " → " + after.overLines());
    }

    @Test
    void aFewLinesOverAreCutFirstAFigureThatHoldsThemComesNext() {
        Fit fit = new Fit("x", 5, 6, 200, 2, 30, 0, List.of(new LastLine(3, 4, 5), new LastLine(7, 6, 2), new LastLine(1, 2, 1)),
                List.of(new FigureLines(4, 9)), 27, 18, 0, 0);
        List<Copyfit.Remedy> r = Copyfit.remedies(fit, new LayoutResult(null, List.of(), Map.of(), Map.of("x", fit)), noJump);
        assertEquals("plan.remedy.cut", r.get(0).key());
        assertEquals(List.of(10, 4, 4), List.of(r.get(0).args()), "two lines: the two shortest last lines of longer paragraphs");
        assertEquals("plan.remedy.figure", r.get(1).key());
        assertEquals("plan.remedy.jumpBack", r.get(2).key(), "no page with room: the back pages");
    }

    @Test
    void freeSpaceAfterAnArticleOffersAFillerThatFits() {
        Article filler = new Article("buibai", cn.paiban.model.ArticleKind.FILLER, null, "补白", null, List.of(), null,
                List.of(new Block.Paragraph("短文")), null, null);
        Issue withFiller = noJump.withShortItems(List.of(filler));
        Fit under = new Fit("houzhi-shengtai", 44, 45, 100, 0, 0, 40, List.of(), List.of(), 27, 18, 0, 0);
        Fit small = new Fit("buibai", 0, 0, 6, 0, 0, 0, List.of(), List.of(), 27, 18, 0, 0);
        LayoutResult r = new LayoutResult(null, List.of(), Map.of(), Map.of("houzhi-shengtai", under, "buibai", small));
        List<Copyfit.Remedy> remedies = Copyfit.remedies(under, r, withFiller);
        assertEquals("plan.remedy.filler", remedies.get(0).key());
        assertEquals(List.of("补白", 6), List.of(remedies.get(0).args()));
        assertEquals(List.of(40 * 18), List.of(remedies.get(1).args()));
        List<Finding> f = Copyfit.findings(r, withFiller);
        assertEquals(1, f.size());
        assertNotNull(f.get(0).key());
    }

    static Issue replace(Issue issue, Article a) {
        List<cn.paiban.model.Section> sections = new ArrayList<>();
        for (var s : issue.sections()) {
            List<Article> arts = new ArrayList<>();
            for (Article x : s.articles()) arts.add(x.id().equals(a.id()) ? a : x);
            sections.add(s.withArticles(arts));
        }
        return issue.withSections(sections);
    }
}
