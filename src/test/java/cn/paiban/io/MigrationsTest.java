package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import cn.paiban.i18n.Msg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unversioned first draft (v0) kept articles inline in issue.json; it loads, and saves as v1. */
class MigrationsTest {
    /** The cases quote the English texts; {@code IssueErrorsInChineseTest} reads the same files in Chinese. */
    @BeforeAll
    static void english() { Msg.use("en"); }

    @AfterAll
    static void back() { Msg.use("zh"); }

    @TempDir Path dir;

    @Test
    void v0IssueLoadsWithItsInlineArticles() throws Exception {
        copyV0();
        Issue issue = IssueStore.load(dir);
        assertEquals("以新气象新作为 推动高质量发展取得新成效", issue.sections().get(0).articles().get(0).title());
        assertEquals(new Block.Quotation("欢迎来稿"), issue.notices().get(0).body().get(0));
        assertEquals(4, issue.plan().entry("a1").orElseThrow().startPage());
        assertFalse(Files.exists(dir.resolve("articles")), "loading never writes, not even a migration");
    }

    @Test
    void savingAMigratedIssueWritesTheCurrentSchema() throws Exception {
        copyV0();
        Issue issue = IssueStore.load(dir);
        IssueStore.save(issue, dir);
        assertTrue(Files.readString(dir.resolve("issue.json")).contains("\"schemaVersion\": 1"));
        assertTrue(Files.isRegularFile(dir.resolve("articles/z1.json")));
        assertTrue(Files.readString(dir.resolve(".backup/issue.json")).contains("\"kind\": \"notice\""),
                "the v0 file is kept as the backup");
        assertEquals(issue, IssueStore.load(dir));
    }

    @Test
    void errorsInsideInlineArticlesPointIntoIssueJson() throws Exception {
        copyV0();
        Path file = dir.resolve("issue.json");
        Files.writeString(file, Files.readString(file).replace("\"type\": \"quotation\"", "\"type\": \"quote\""));
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
        assertEquals(file, e.file());
        assertEquals("notices[0].body[0].type", e.field());
        assertEquals(44, e.line());
        assertTrue(e.problem().startsWith("unknown block type \"quote\""), e.getMessage());
    }

    @Test
    void articleFilesMustSayTheirVersion() throws Exception {
        copyV0();
        IssueStore.save(IssueStore.load(dir), dir);
        Path article = dir.resolve("articles/a1.json");
        String v1 = Files.readString(article);
        Files.writeString(article, v1.replace("  \"schemaVersion\": 1,\n", ""));
        IssueFormatException missing = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
        assertEquals(article, missing.file());
        assertTrue(missing.problem().contains("missing field \"schemaVersion\""), missing.getMessage());
        Files.writeString(article, v1.replace("\"schemaVersion\": 1", "\"schemaVersion\": 0"));
        IssueFormatException old = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
        assertEquals(2, old.line());
        assertTrue(old.problem().contains("article files exist since schemaVersion 1"), old.getMessage());
    }

    private void copyV0() throws Exception {
        try (InputStream in = MigrationsTest.class.getResourceAsStream("/io/v0/issue.json")) {
            Files.copy(in, dir.resolve("issue.json"));
        }
    }
}
