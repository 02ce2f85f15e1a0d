package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 文件 ▸ 打开… on an issue's articles/ folder opens the issue; any other folder is left for open() to refuse in words. */
class IssueFolderOfTest {
    @TempDir Path tmp;

    @Test
    void aFolderOneLevelTooDeepOpensItsIssue() throws Exception {
        Path issue = Files.createDirectories(tmp.resolve("2023年第5期"));
        Files.writeString(issue.resolve("issue.json"), "{}");
        Path articles = Files.createDirectories(issue.resolve("articles"));
        Path deeper = Files.createDirectories(articles.resolve("x"));
        Path elsewhere = Files.createDirectories(tmp.resolve("别处"));
        assertEquals(issue, MainWindow.issueFolderOf(issue));
        assertEquals(issue, MainWindow.issueFolderOf(articles));
        assertEquals(deeper, MainWindow.issueFolderOf(deeper), "two levels down is not a slip of the chooser");
        assertEquals(elsewhere, MainWindow.issueFolderOf(elsewhere));
    }
}
