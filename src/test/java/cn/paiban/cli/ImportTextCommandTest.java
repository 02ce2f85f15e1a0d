package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** paiban import-text: bad input gives a clear error and writes nothing; a folder with files is not overwritten unasked. */
class ImportTextCommandTest {
    static final String SEED = "samples/seed/shuozhou-jingji-2023-04.txt";
    @TempDir Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = new Cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void assertRefused(Path input, String message) throws Exception {
        Path dir = tmp.resolve("out");
        Run r = run("import-text", input.toString(), "-o", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertTrue(r.err().contains("未写入任何文件"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        assertFalse(Files.exists(dir), "nothing written");
    }

    @Test
    void aFileThatIsNotAJournalDumpIsRefused() throws Exception {
        Path f = tmp.resolve("readme.txt");
        Files.writeString(f, "这是一份普通的说明文档。\n\n它没有刊头，也没有目录。\n");
        assertRefused(f, "readme.txt: 看起来不是一期印刷期刊的纯文本");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path f = tmp.resolve("empty.txt");
        Files.write(f, new byte[0]);
        assertRefused(f, "empty.txt: 文件为空");
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        Path f = tmp.resolve("image.png");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertRefused(f, "image.png: " + cn.paiban.i18n.Msg.get("package.encoding.binary", "8"));
    }

    @Test
    void aTruncatedDumpIsRefusedWithTheLineThatIsMissing() throws Exception {
        // the dump up to the contents page only: contents entries without their articles
        List<String> lines = Files.readAllLines(Path.of(SEED)).subList(0, 170);
        Path f = tmp.resolve("cut.txt");
        Files.write(f, lines);
        assertRefused(f, "cut.txt:69: 目录条目“以新气象新作为推动高质量发展取得新成效”（第 4 页）在正文");
    }

    @Test
    void importsTheSeedWritesTheReportAndLoads() throws Exception {
        Path dir = tmp.resolve("issue");
        Run r = run("import-text", SEED, "-o", dir.toString(), "--decisions", "samples/seed/shuozhou-jingji-2023-04.decisions");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("8 个栏目，16 篇文章"), r.out());
        // the same report as the one committed with the sample (the command is given the same relative path)
        assertEquals(Files.readString(Path.of("samples/shuozhou-jingji-2023-04/import-report.txt")), Files.readString(dir.resolve("import-report.txt")));
        assertTrue(r.out().contains("处待核对：请对照印刷版检查"));
        assertEquals(IssueStore.load(Path.of("samples/shuozhou-jingji-2023-04")), IssueStore.load(dir));
    }

    @Test
    void aFolderWithFilesIsNotOverwrittenUnlessForced() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Run r = run("import-text", SEED, "-o", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("文件夹里已有文件；未写入任何文件（加 --force"), r.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("notes.txt")), s.toList());
        }
        Run forced = run("import-text", SEED, "-o", dir.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.exists(dir.resolve("issue.json")));
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
    }

    @Test
    void theSeedSavedAsGb18030WithCrlfUnderAChineseNameImportsToTheSameIssue() throws Exception {
        String seed = Files.readString(Path.of(SEED), StandardCharsets.UTF_8).replace("\n", "\r\n");
        Path f = Files.createDirectories(tmp.resolve("稿件 第4期")).resolve("朔州 经济 2023-04.txt");
        Files.write(f, seed.getBytes("GB18030"));
        Path dir = tmp.resolve("期刊 目录");
        Run r = run("import-text", f.toString(), "-o", dir.toString(), "--decisions", "samples/seed/shuozhou-jingji-2023-04.decisions");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(dir.resolve("import-report.txt")).contains("GB18030"), "the detected encoding is reported");
        assertEquals(IssueStore.load(Path.of("samples/shuozhou-jingji-2023-04")), IssueStore.load(dir));
        // --encoding overrides detection: naming the wrong one is refused, nothing written
        Path wrong = tmp.resolve("wrong");
        Run refused = run("import-text", f.toString(), "-o", wrong.toString(), "--encoding", "UTF-8");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains(f + ":3: "), refused.err()); // the dump starts with two empty lines
        assertFalse(Files.exists(wrong));
        Run unknown = run("import-text", f.toString(), "-o", wrong.toString(), "--encoding", "nonsense-9");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains(cn.paiban.i18n.Msg.get("package.encoding.unknown", "nonsense-9")), unknown.err());
    }

    @Test
    void usageErrors() {
        assertEquals(2, run("import-text", SEED).code());
        assertTrue(run("import-text", SEED).err().contains("缺少 -o DIR"));
        assertTrue(run("import-text", "-o", "x").err().contains("缺少文本文件"));
    }
}
