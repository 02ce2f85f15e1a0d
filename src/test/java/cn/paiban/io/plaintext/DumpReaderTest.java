package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpReaderTest {
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
        assertTrue(problem(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}).contains("is a binary file (NUL byte at offset 4)"));
        String gbk = problem("朔州经济\n".getBytes("GBK"));
        assertTrue(gbk.contains(":1: is not UTF-8 (invalid byte 0x"), gbk);
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
}
