package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import cn.paiban.io.word.DocxBuilder;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** paiban new and paiban add: the next issue from the sample, manuscripts into it, refusals that write nothing. */
class NewAndAddCommandTest {
    static final String SAMPLE = "samples/shuozhou-jingji-2023-04";
    @TempDir Path tmp;

    @Test
    void newIssueCarriesTheJournalOverAndCountsOn() throws Exception {
        Path dir = tmp.resolve("2023-05");
        var r = ImportTextCommandTest.run("new", dir.toString(), "--like", SAMPLE);
        assertEquals(0, r.code(), r.err());
        Issue prev = IssueStore.load(Path.of(SAMPLE));
        Issue next = IssueStore.load(dir);
        assertEquals(5, next.journal().issueNumber());
        assertEquals(172, next.journal().totalNumber());
        assertEquals(2023, next.journal().year());
        assertNull(next.journal().publicationDate(), "no made-up date");
        assertEquals(prev.journal().colophon(), next.journal().colophon());
        assertEquals(prev.board(), next.board());
        assertEquals(prev.sections().stream().map(s -> s.title()).toList(), next.sections().stream().map(s -> s.title()).toList());
        assertTrue(next.sections().stream().allMatch(s -> s.articles().isEmpty()));
        assertEquals(prev.notices(), next.notices(), "the call for papers recurs");
        assertEquals(prev.plan().templatePages(), next.plan().templatePages());

        // after the 6th issue of a bimonthly the year rolls over
        Path dir6 = tmp.resolve("2024-01");
        assertEquals(0, ImportTextCommandTest.run("new", dir6.toString(), "--like", SAMPLE, "--number", "1", "--date", "2024-02-25").code());
        Issue jan = IssueStore.load(dir6);
        assertEquals(2024, jan.journal().year());
        assertEquals(1, jan.journal().issueNumber());
        assertEquals(174, jan.journal().totalNumber());
        assertEquals(java.time.LocalDate.of(2024, 2, 25), jan.journal().publicationDate());

        var again = ImportTextCommandTest.run("new", dir.toString(), "--like", SAMPLE);
        assertEquals(2, again.code());
        assertTrue(again.err().contains(dir.toString()), again.err());
    }

    @Test
    void addAppendsArticlesPrintsGuessesAndRefusesBadFiles() throws Exception {
        Path dir = tmp.resolve("next");
        assertEquals(0, ImportTextCommandTest.run("new", dir.toString(), "--like", SAMPLE).code());
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "加快发展县域经济");
        b.para("作者：王晓东");
        b.bold("一是抓产业");
        b.para("县域经济是国民经济的基本单元。");
        b.picture(DocxBuilder.png(40, 20), "png");
        b.para("图1 县域经济");
        Path docx = b.save(tmp.resolve("县域.docx"));
        Path wps = Files.write(tmp.resolve("坏稿.wps"), new byte[] {1, 2, 3});
        var r = ImportTextCommandTest.run("add", dir.toString(), docx.toString(), wps.toString(), "--section", "本期特稿");
        assertEquals(1, r.code(), "a refused file makes exit 1: " + r.out() + r.err());
        assertTrue(r.out().contains("jiakuai-fazhan"), r.out());
        assertTrue(r.err().contains("坏稿.wps"), r.err());
        Issue after = IssueStore.load(dir);
        var section = after.sections().stream().filter(s -> s.title().equals("本期特稿")).findFirst().orElseThrow();
        assertEquals(1, section.articles().size());
        var a = section.articles().get(0);
        assertEquals("加快发展县域经济", a.title());
        assertEquals(new Block.Subheading(1, java.util.List.of("一是抓产业")), a.body().get(0));
        assertTrue(Files.isRegularFile(dir.resolve("images/jiakuai-fazhan-1.png")));
        String report = Files.readString(dir.resolve("import-report.txt"), StandardCharsets.UTF_8);
        assertTrue(report.contains("jiakuai-fazhan") && report.contains("坏稿.wps"), report);

        // a second add of the same title, told it is another article, goes to a new section with a fresh id
        var r2 = ImportTextCommandTest.run("add", dir.toString(), docx.toString(), "--section", "新栏目", "--kind", "news", "--keep-both");
        assertEquals(0, r2.code(), r2.err());
        Issue twice = IssueStore.load(dir);
        var fresh = twice.sections().get(twice.sections().size() - 1);
        assertEquals("新栏目", fresh.title());
        assertEquals("jiakuai-fazhan-2", fresh.articles().get(0).id());
        assertEquals(cn.paiban.model.ArticleKind.NEWS, fresh.articles().get(0).kind());

        // only bad files: nothing in the issue changes
        String before = Files.readString(dir.resolve("issue.json"));
        var r3 = ImportTextCommandTest.run("add", dir.toString(), wps.toString(), "--section", "本期特稿");
        assertEquals(1, r3.code());
        assertEquals(before, Files.readString(dir.resolve("issue.json")));
        assertFalse(r3.err().contains("Exception"), r3.err());
    }

    /**
     * An author's revised manuscript (修改稿) has the title of an article already in the issue: add refuses and says
     * what to do, writing nothing; --replace puts the new text in place of the old, keeping the article's id, section,
     * place and planned start page (no --section needed); --keep-both makes a second article.
     */
    @Test
    void aRevisedManuscriptReplacesItsArticleOnlyWhenToldTo() throws Exception {
        Path dir = tmp.resolve("next");
        assertEquals(0, ImportTextCommandTest.run("new", dir.toString(), "--like", SAMPLE).code());
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "加快发展县域经济");
        b.para("第一稿的正文。");
        Path first = b.save(tmp.resolve("县域.docx"));
        DocxBuilder other = new DocxBuilder();
        other.styled("Title", "打通县域商业体系");
        other.para("另一篇。");
        Path second = other.save(tmp.resolve("商业.docx"));
        assertEquals(0, ImportTextCommandTest.run("add", dir.toString(), first.toString(), second.toString(), "--section", "本期特稿").code());
        assertEquals(0, ImportTextCommandTest.run("plan", dir.toString(), "--apply").code());
        Issue planned = IssueStore.load(dir);
        var entry = planned.plan().entries().stream().filter(e -> e.articleId().equals("jiakuai-fazhan")).findFirst().orElseThrow();

        DocxBuilder rev = new DocxBuilder();
        rev.styled("Title", "加快发展 县域经济");   // the same title, with a space the author put in
        rev.para("修改稿的正文，作者改过了。");
        Path revised = rev.save(tmp.resolve("县域-修改稿.docx"));
        byte[] before = Files.readAllBytes(dir.resolve("issue.json"));
        var refused = ImportTextCommandTest.run("add", dir.toString(), revised.toString(), "--section", "本期特稿");
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains("县域-修改稿.docx：本期已有《加快发展县域经济》（jiakuai-fazhan，栏目“本期特稿”）"), refused.err());
        assertTrue(refused.err().contains("--replace") && refused.err().contains("--keep-both"), refused.err());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(dir.resolve("issue.json")), "nothing written");

        var replaced = ImportTextCommandTest.run("add", dir.toString(), revised.toString(), "--replace");   // no --section needed
        assertEquals(0, replaced.code(), replaced.out() + replaced.err());
        assertTrue(replaced.out().contains("修改稿，替换 jiakuai-fazhan《加快发展 县域经济》的正文，栏目“本期特稿”不变"), replaced.out());
        Issue after = IssueStore.load(dir);
        var section = after.sections().stream().filter(s -> s.title().equals("本期特稿")).findFirst().orElseThrow();
        assertEquals(java.util.List.of("jiakuai-fazhan", "datong-xianyu"), section.articles().stream().map(a -> a.id()).toList(),
                "same id, same place, nothing appended");
        assertEquals(new Block.Paragraph("修改稿的正文，作者改过了。"), section.articles().get(0).body().get(0));
        assertEquals(entry, after.plan().entries().stream().filter(e -> e.articleId().equals("jiakuai-fazhan")).findFirst().orElseThrow(),
                "its planned pages kept");

        var both = ImportTextCommandTest.run("add", dir.toString(), revised.toString(), "--section", "本期特稿", "--keep-both");
        assertEquals(0, both.code(), both.err());
        assertEquals(3, IssueStore.load(dir).sections().stream().filter(s -> s.title().equals("本期特稿")).findFirst().orElseThrow()
                .articles().size());
        assertEquals(2, ImportTextCommandTest.run("add", dir.toString(), revised.toString(), "--replace", "--keep-both").code());
    }

    @Test
    void addWithoutSectionRefusesWhenTheIssueHasSeveralAndListsThem() throws Exception {
        Path dir = tmp.resolve("next");
        assertEquals(0, ImportTextCommandTest.run("new", dir.toString(), "--like", SAMPLE).code());
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "加快发展县域经济");
        b.para("县域经济是国民经济的基本单元。");
        b.picture(DocxBuilder.png(40, 20), "png");
        b.para("图1 县域经济");
        Path docx = b.save(tmp.resolve("县域.docx"));
        byte[] before = Files.readAllBytes(dir.resolve("issue.json"));
        java.util.List<Path> filesBefore;
        try (var w = Files.walk(dir)) { filesBefore = w.sorted().toList(); }

        var r = ImportTextCommandTest.run("add", dir.toString(), docx.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("本期有 8 个栏目"), r.err());
        for (String s : java.util.List.of("“卷首语”、“本期特稿”、“经济社会”", "“调查信息”", "--section")) assertTrue(r.err().contains(s), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out(), "no article reported as made");
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(dir.resolve("issue.json")));
        try (var w = Files.walk(dir)) { assertEquals(filesBefore, w.sorted().toList(), "no image, no import report"); }

        cn.paiban.i18n.Msg.use("en");
        try {
            var en = ImportTextCommandTest.run("add", dir.toString(), docx.toString());
            assertEquals(2, en.code());
            assertTrue(en.err().contains("this issue has 8 sections and none was named for the manuscripts; nothing imported. "
                    + "Sections: \"卷首语\", \"本期特稿\""), en.err());
            assertTrue(en.err().contains("Name one with --section, e.g. --section 卷首语"), en.err());
        } finally {
            cn.paiban.i18n.Msg.use("zh");
        }
    }

    @Test
    void addWithoutSectionGoesToTheOnlySection() throws Exception {
        Path dir = tmp.resolve("one");
        assertEquals(0, ImportTextCommandTest.run("new", dir.toString(), "--like", SAMPLE).code());
        Issue issue = IssueStore.load(dir);
        IssueStore.save(issue.withSections(java.util.List.of(issue.sections().get(1))), dir);
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "加快发展县域经济");
        b.para("县域经济是国民经济的基本单元。");
        Path docx = b.save(tmp.resolve("县域.docx"));
        var r = ImportTextCommandTest.run("add", dir.toString(), docx.toString());
        assertEquals(0, r.code(), r.err());
        Issue after = IssueStore.load(dir);
        assertEquals(1, after.sections().size());
        assertEquals("本期特稿", after.sections().get(0).title());
        assertEquals("加快发展县域经济", after.sections().get(0).articles().get(0).title());
    }
}
