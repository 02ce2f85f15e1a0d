package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.i18n.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The editor's and the CLI's default language is Chinese, so an editor who mistypes issue.json reads what is wrong in
 * Chinese: the same bad files as {@link IssueStoreBadInputTest}, read with the zh bundles, name the file, line and
 * field and say the problem in Chinese, with no English sentence left (quoted ids, fields and values aside).
 */
class IssueErrorsInChineseTest {
    @TempDir Path dir;

    @BeforeEach
    void chinese() { Msg.use("zh"); }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "wrong-type.json          | issue.json       | 应为整数，实际是字符串",
        "unknown-field.json       | articles/a2.json | 未知字段“affilation”",
        "unknown-block-type.json  | articles/a2.json | 未知的段落类型",
        "missing-title.json       | articles/a2.json | 缺少字段“title”",
        "duplicate-id.json        | issue.json       | 文章标识“A1”重复",
        "plan-missing-article.json| issue.json       | 不在本期中",
        "empty-issue.json         | issue.json       | 本期没有栏目",
        "empty-file.json          | issue.json       | 文件为空",
        "newer-schema.json        | issue.json       | 由更新版本的 Paiban 写入",
        "duplicate-key.json       | articles/a2.json | 字段“title”出现两次（第一次在第 5 行）",
        "bad-date.json            | issue.json       | 应为 ISO 日期",
        "id-mismatch.json         | articles/a2.json | 不一致",
        "ragged-table.json        | articles/a2.json | 这一行有 2 个单元格",
    })
    void badFilesAreExplainedInChinese(String resource, String target, String expected) throws IOException {
        IssueFormatException e = fails(resource, target);
        assertEquals(dir.resolve(target), e.file(), e.getMessage());
        assertTrue(e.problem().contains(expected), e.getMessage());
        // Ids, field names and file names are ASCII; an English sentence is two words with a space between.
        assertTrue(!e.problem().matches("(?s).*[A-Za-z]{2,} [A-Za-z]{2,}.*"), "English left in: " + e.getMessage());
    }

    @Test
    void notAnIssueFolder() {
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir.resolve("无")));
        assertTrue(e.getMessage().contains("不是文件夹"), e.getMessage());
    }

    private IssueFormatException fails(String resource, String target) throws IOException {
        try (Stream<Path> base = Files.walk(Path.of("src/test/resources/io/base"))) {
            for (Path p : (Iterable<Path>) base::iterator) {
                Path to = dir.resolve(Path.of("src/test/resources/io/base").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (InputStream in = IssueErrorsInChineseTest.class.getResourceAsStream("/io/bad/" + resource)) {
            Files.copy(in, dir.resolve(target), StandardCopyOption.REPLACE_EXISTING);
        }
        return assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
    }
}
