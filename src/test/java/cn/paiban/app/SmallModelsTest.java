package cn.paiban.app;

import cn.paiban.edit.EditArticleText;
import cn.paiban.edit.ArticleField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueFixtures;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preflight rows, recovery, recent issues, the template for a new issue, and the UI strings. */
class SmallModelsTest {
    @TempDir
    Path tmp;

    @Test
    void preflightRowsSayWhereInWords() {
        Issue issue = IssueFixtures.rich();
        var r = new LayoutResult(new cn.paiban.display.Document("t", "", List.of()),
                List.of(new Finding(Finding.Severity.WARNING, "a03-nongmu", 1, 17, "溢出 3 行")), Map.of());
        Messages.use("zh");
        assertEquals("警告 · 第 17 页 · 农牧融合发展 盐碱地变了样 · 第 2 段 — 溢出 3 行", PreflightModel.rows(r, issue).get(0).label());
        // a message that names the article itself: the title once
        var named = new LayoutResult(new cn.paiban.display.Document("t", "", List.of()),
                List.of(new Finding(Finding.Severity.ERROR, "a03-nongmu", -1, 17, "《农牧融合发展 盐碱地变了样》溢出 3 行")), Map.of());
        assertEquals("错误 · 第 17 页 — 《农牧融合发展 盐碱地变了样》溢出 3 行", PreflightModel.rows(named, issue).get(0).label());
    }

    @Test
    void recoveryKeepsTheIssueUntilCleared() throws Exception {
        Recovery rec = new Recovery(tmp);
        assertTrue(rec.pending().isEmpty());
        Issue changed = new EditArticleText("a02-xinqixiang", ArticleField.TITLE, "未保存的修改").apply(IssueFixtures.rich());
        rec.save(changed, tmp.resolve("issue-dir"));
        var found = rec.pending().orElseThrow();
        assertEquals(changed, found.issue());
        assertEquals(tmp.resolve("issue-dir").toAbsolutePath(), found.origin());
        rec.clear();
        assertTrue(rec.pending().isEmpty());
    }

    @Test
    void recentIssuesAreNewestFirstWithoutDuplicates() throws IOException {
        RecentIssues r = new RecentIssues(tmp);
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        r.add(a);
        r.add(b);
        r.add(a);
        assertEquals(List.of(a.toAbsolutePath(), b.toAbsolutePath()), r.list());
        assertEquals(a.toAbsolutePath(), r.last());
        for (int i = 0; i < 20; i++) r.add(tmp.resolve("x" + i));
        assertEquals(RecentIssues.MAX, r.list().size());
    }

    @Test
    void aNewIssueKeepsTheJournalAndSectionsButNoArticles() throws Exception {
        Issue base = IssueFixtures.rich();
        Issue fresh = MainWindow.fromTemplate(base);
        assertEquals(base.journal().colophon(), fresh.journal().colophon());
        assertEquals(base.journal().totalNumber() + 1, fresh.journal().totalNumber(), "the next issue, as paiban new makes it");
        assertEquals(base.sections().stream().map(s -> s.title()).toList(), fresh.sections().stream().map(s -> s.title()).toList());
        assertTrue(fresh.sections().stream().allMatch(s -> s.articles().isEmpty()));
        assertTrue(fresh.shortItems().isEmpty());
        IssueStore.save(fresh, tmp.resolve("new"));
        assertEquals(fresh, IssueStore.load(tmp.resolve("new")), "a new issue is a valid issue");
    }
}
