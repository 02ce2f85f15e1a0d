package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: .backup/ kept one generation only. It keeps the last ten versions of each file, the oldest pruned. */
class BackupVersionsTest {
    @TempDir Path dir;

    private static Issue titled(Issue issue, String id, String title) {
        List<cn.paiban.model.Section> secs = new ArrayList<>();
        for (var s : issue.sections()) {
            secs.add(s.withArticles(s.articles().stream().map(a -> a.id().equals(id) ? a.withTitle(title) : a).toList()));
        }
        return issue.withSections(secs);
    }

    @Test
    void theLastTenVersionsOfAnArticleAreKeptNewestUnderItsOwnName() throws Exception {
        Issue issue = IssueFixtures.rich();
        String id = "a03-nongmu";
        List<String> versions = new ArrayList<>();
        for (int v = 0; v < 14; v++) {
            issue = titled(issue, id, "第 " + v + " 版");
            IssueStore.save(issue, dir);
            versions.add(Files.readString(dir.resolve("articles/" + id + ".json")));
        }
        Path backup = dir.resolve(".backup/articles");
        // version 13 is the file; the backups are 12 (newest) down to 3
        assertEquals(versions.get(12), Files.readString(backup.resolve(id + ".json")));
        for (int n = 1; n <= 9; n++) assertEquals(versions.get(12 - n), Files.readString(backup.resolve(id + "~" + n + ".json")), "~" + n);
        assertFalse(Files.exists(backup.resolve(id + "~10.json")), "the oldest is pruned");
        try (var files = Files.list(backup)) {
            assertEquals(10, files.filter(p -> p.getFileName().toString().startsWith(id)).count());
        }
        assertEquals(issue, IssueStore.load(dir), "backups are never read as articles");
    }

    @Test
    void aDeletedArticleJoinsItsVersionsInTheBackup() throws Exception {
        Issue issue = IssueFixtures.rich();
        String id = "a03-nongmu";
        IssueStore.save(issue, dir);
        IssueStore.save(titled(issue, id, "改过"), dir);
        Article before = IssueStore.load(dir).article(id).orElseThrow();
        assertEquals("改过", before.title());
        Issue without = issue.withSections(issue.sections().stream()
                .map(s -> s.withArticles(s.articles().stream().filter(a -> !a.id().equals(id)).toList())).toList())
                .withPlan(new cn.paiban.model.PagePlan(1, issue.plan().entries().stream().filter(e -> !e.articleId().equals(id)).toList(),
                        issue.plan().templatePages()));
        IssueStore.save(without, dir);
        Path backup = dir.resolve(".backup/articles");
        assertTrue(Files.readString(backup.resolve(id + ".json")).contains("改过"), "the deleted file is the newest backup");
        assertFalse(Files.readString(backup.resolve(id + "~1.json")).contains("改过"), "the version before it is kept");
    }
}
