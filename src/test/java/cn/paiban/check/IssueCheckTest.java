package cn.paiban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Colophon;
import cn.paiban.model.Issue;
import cn.paiban.model.Journal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The issue-wide checks on the sample: the colophon's required fields, the word list, pages of the findings. */
class IssueCheckTest {
    private static final Path SAMPLE = Path.of("samples/shuozhou-jingji-2023-04");

    private static List<String> rules(IssueCheck.Result r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.quote()).toList();
    }

    @Test
    void theSampleColophonHasEveryFieldAnInternalPublicationNeeds() throws Exception {
        Issue issue = IssueStore.load(SAMPLE);
        var r = IssueCheck.run(issue, null, null, WordList.empty(), Dismissals.none());
        assertTrue(rules(r).stream().noneMatch(s -> s.startsWith(ColophonFields.RULE)), rules(r).toString());
    }

    @Test
    void anEmptyPrintRunAndAPermitWithoutItsNameAreReported() throws Exception {
        Issue issue = IssueStore.load(SAMPLE);
        Journal j = issue.journal();
        Colophon c = j.colophon();
        Colophon bad = new Colophon(c.supervisor(), c.sponsor(), c.editor(), c.audience(), c.address(), c.postcode(), c.phone(),
                c.website(), c.email(), c.printer(), " ", "山西省K163号", c.distribution());
        Issue changed = issue.withJournal(new Journal(j.name(), j.pinyin(), j.year(), j.issueNumber(), j.totalNumber(),
                j.frequency(), null, bad, j.slogans()));
        var r = IssueCheck.run(changed, null, null, WordList.empty(), Dismissals.none());
        List<String> colophon = rules(r).stream().filter(s -> s.startsWith(ColophonFields.RULE)).toList();
        assertEquals(List.of("issue.colophon 准印证", "issue.colophon 印刷日期", "issue.colophon 印数"), colophon);
    }

    @Test
    void theWordListFindsEveryWrongFormInTheArticlesAndADismissalRemovesExactlyOne() throws Exception {
        Issue issue = IssueStore.load(SAMPLE);
        Article a = issue.allArticles().get(1);
        List<Block> body = new ArrayList<>(a.body());
        body.add(new Block.Paragraph("开立帐户后，帐户余额增加。"));
        Article edited = a.withBody(body);
        Issue changed = issue.withSections(issue.sections().stream().map(sec -> sec.withArticles(sec.articles().stream()
                .map(x -> x.id().equals(a.id()) ? edited : x).toList())).toList());
        WordList words = WordList.parse("帐户 → 账户", "words.txt");
        var r = IssueCheck.run(changed, null, null, words, Dismissals.none());
        List<Finding> found = r.findings().stream().filter(f -> f.rule().equals(WordList.RULE)).toList();
        assertEquals(2, found.size());
        assertEquals(List.of(2, 6), found.stream().map(Finding::offset).toList());
        var after = IssueCheck.run(changed, null, null, words, Dismissals.none().with(found.get(0)));
        assertEquals(1, after.dismissed());
        assertEquals(List.of(6), after.findings().stream().filter(f -> f.rule().equals(WordList.RULE)).map(Finding::offset).toList());
    }

    @Test
    void aHalfWidthBracketInASectionTitleIsFoundInTheRunningHeadAndTheContentsToo() throws Exception {
        Issue issue = IssueStore.load(SAMPLE);
        List<cn.paiban.model.Section> sections = new ArrayList<>(issue.sections());
        var first = sections.get(1);
        sections.set(1, first.withTitle(first.title() + "(上)"));
        Issue changed = issue.withSections(sections);
        Path template = Path.of("templates/shuozhou-jingji");
        var fonts = cn.paiban.font.FontBook.standard();
        var layout = cn.paiban.typeset.Preflight.typeset(new cn.paiban.typeset.Typesetter(fonts, template), changed, SAMPLE);
        var r = IssueCheck.run(changed, layout, new cn.paiban.front.FrontMatter(template, fonts), WordList.empty(), Dismissals.none());
        List<String> where = r.findings().stream().filter(f -> f.quote().equals("(上)"))
                .map(f -> f.place().kind() + " " + f.place().label() + " " + f.page()).toList();
        int start = layout.startPages().get(first.articles().get(0).id());
        assertTrue(where.contains("SECTION " + first.id() + " 0"), where.toString());
        assertTrue(where.contains("FRONT contents 3"), where.toString());
        assertEquals(1, where.stream().filter(s -> s.startsWith("HEAD running-head")).count(), "read once, not on every page: " + where);
        assertTrue(where.stream().anyMatch(s -> s.startsWith("HEAD running-head ") && Integer.parseInt(s.substring(s.lastIndexOf(' ') + 1)) >= start),
                where.toString());
    }

    @Test
    void theFrontMatterTextIsTheFilledTemplatesIncludingTheCover() throws Exception {
        Issue issue = IssueStore.load(SAMPLE);
        var pages = new cn.paiban.front.FrontMatter(Path.of("templates/shuozhou-jingji")).printedText(issue, java.util.Map.of());
        List<String> templates = pages.stream().map(p -> p.template() + "@" + p.folio()).toList();
        assertTrue(templates.contains("cover@0"), templates.toString());
        assertTrue(templates.contains("contents@3"), templates.toString());
        var colophon = pages.stream().filter(p -> p.template().equals("board-colophon")).findFirst().orElseThrow();
        assertTrue(colophon.blocks().contains("山西省内部资料准印证第K163号"), colophon.blocks().toString());
        assertTrue(colophon.blocks().contains("1500"), colophon.blocks().toString());
        var cover = pages.stream().filter(p -> p.template().equals("cover")).findFirst().orElseThrow();
        assertTrue(cover.blocks().stream().anyMatch(b -> b.contains("朔州经济")), cover.blocks().toString());
    }
}
