package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.i18n.Msg;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import cn.paiban.i18n.Msg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpReaderTest {
    /** The cases quote the importer's English texts; ImportTextCommandTest reads the Chinese report. */
    @BeforeAll
    static void english() { Msg.use("en"); }

    @AfterAll
    static void back() { Msg.use("zh"); }

    @TempDir Path dir;

    private String problem(byte[] bytes) throws Exception {
        Path f = dir.resolve("in.txt");
        Files.write(f, bytes);
        return assertThrows(ImportException.class, () -> DumpReader.read(f)).getMessage();
    }

    @Test
    void refusesEmptyBlankBinaryAndNonUtf8FilesByName() throws Exception {
        assertEquals(dir.resolve("in.txt") + ": is empty", problem(new byte[0]));
        assertTrue(problem("\n \n\t\n".getBytes(StandardCharsets.UTF_8)).endsWith("is empty (only blank lines)"));
        assertTrue(problem(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}).endsWith(Msg.get("package.encoding.binary", "4")));
        // GBK is read now (TextDecoding); naming UTF-8 for it is refused at its line
        Path f = dir.resolve("gbk.txt");
        Files.write(f, "第一行\n朔州经济\n".getBytes("GBK"));
        ImportException e = assertThrows(ImportException.class, () -> DumpReader.read(f, StandardCharsets.UTF_8));
        assertEquals(1, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ":1: "), e.getMessage());
        assertTrue(problem("第一行\n\u0007响铃\n".getBytes(StandardCharsets.UTF_8)).contains("control characters"));
        Path missing = dir.resolve("nope.txt");
        assertEquals(missing + ": no such file", assertThrows(ImportException.class, () -> DumpReader.read(missing)).getMessage());
    }

    @Test
    void readsLinesWithNumbersAndDropsTheBom() throws Exception {
        Path f = dir.resolve("ok.txt");
        Files.writeString(f, "\uFEFF甲\r\n\r\n乙", StandardCharsets.UTF_8);
        var lines = DumpReader.read(f);
        assertEquals(3, lines.size());
        assertEquals(new SourceLine(1, "甲"), lines.get(0));
        assertEquals(new SourceLine(3, "乙"), lines.get(2));
    }

    @Test
    void readsGbkWithCrlfAsTheSameLines() throws Exception {
        Path f = dir.resolve("国标 文本.txt");
        Files.write(f, "朔州经济\r\n\r\n2023年第4期，本期特稿：推进高质量发展，建设现代化经济体系。\r\n".getBytes("GB18030"));
        DumpReader.Dump d = DumpReader.read(f, null);
        assertEquals(new SourceLine(1, "朔州经济"), d.lines().get(0));
        assertEquals(new SourceLine(3, "2023年第4期，本期特稿：推进高质量发展，建设现代化经济体系。"), d.lines().get(2));
        assertEquals("GB18030", d.decoded().charset().name());
    }
}
