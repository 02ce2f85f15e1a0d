package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Author;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loaded sample's sections, articles, authors and start pages are those of the printed contents page. */
class SampleMatchesPrintedContentsTest {

    @Test
    void sectionsArticlesAuthorsAndStartPagesAreThePrintedContents() throws Exception {
        Issue issue = IssueStore.load(NoTextLostTest.SAMPLE);
        List<String> expected = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("printed-contents-2023-04.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\\|", -1);
                expected.add(f[0].strip() + " | " + f[1].replace(" ", "").strip() + " | " + f[2].strip() + " | " + f[3].strip());
            }
        }
        List<String> actual = new ArrayList<>();
        for (Section s : issue.sections()) {
            boolean listed = false;
            for (Article a : s.articles()) {
                if (a.kind() == ArticleKind.NEWS) continue;
                listed = true;
                actual.add(s.title() + " | " + a.title().replace(" ", "") + " | "
                        + String.join(" ", a.authors().stream().map(Author::name).toList()) + " | " + issue.plan().entry(a.id()).orElseThrow().startPage());
            }
            if (!listed) {
                Integer page = s.articles().isEmpty() ? null : issue.plan().entry(s.articles().get(0).id()).orElseThrow().startPage();
                actual.add(s.title() + " |  |  | " + page);
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void thePlanHoldsTheJumpTheNoticeAndTheTemplatePages() throws Exception {
        Issue issue = IssueStore.load(NoTextLostTest.SAMPLE);
        PagePlan plan = issue.plan();
        assertEquals(1, plan.firstPage());
        Article nongmu = issue.allArticles().stream().filter(a -> a.title().equals("农牧融合发展 盐碱地变了样")).findFirst().orElseThrow();
        assertEquals(new PagePlan.Entry(nongmu.id(), 15, 46), plan.entry(nongmu.id()).orElseThrow());
        assertEquals(1, issue.notices().size());
        Article notice = issue.notices().get(0);
        assertEquals(ArticleKind.NOTICE, notice.kind());
        assertEquals("关于《朔州经济》的征稿启事", notice.title());
        assertEquals(8, plan.entry(notice.id()).orElseThrow().startPage());
        assertEquals(List.of(new PagePlan.TemplatePage("board-colophon", 2), new PagePlan.TemplatePage("contents", 3)), plan.templatePages());
        Section news = issue.sections().stream().filter(s -> s.title().equals("调查信息")).findFirst().orElseThrow();
        assertEquals(List.of("我市上半年市场主体净增率全省第一", "让红山荞麦“红”起来"), news.articles().stream().map(Article::title).toList());
        assertTrue(news.articles().stream().allMatch(a -> a.kind() == ArticleKind.NEWS));
        // only jumps and pinned starts that print says: no other article continues elsewhere
        assertEquals(1, plan.entries().stream().filter(e -> e.continuesOn() != null).count());
    }

    @Test
    void theSampleIsExactlyWhatTheImporterMakesOfTheSeed() throws Exception {
        // hand corrections are recorded as decisions, never as edits to the sample: a re-import gives the same issue
        PlainTextImporter.Result r = PlainTextImporter.importFile(NoTextLostTest.SEED,
                ImportDecisions.read(java.nio.file.Path.of("samples/seed/shuozhou-jingji-2023-04.decisions")));
        assertEquals(IssueStore.load(NoTextLostTest.SAMPLE), r.issue());
    }
}
