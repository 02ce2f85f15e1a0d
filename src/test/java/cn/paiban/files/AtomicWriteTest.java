package cn.paiban.files;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("issue.pdf");
        Files.writeString(f, "old");
        AtomicWrite.writeString(f, "新的内容");
        assertEquals("新的内容", Files.readString(f));
        assertEquals(1, count());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("issue.pdf");
        Files.writeString(f, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.write(f, out -> {
            out.write("half a PDF".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(f));
        assertEquals(1, count());
    }

    @Test
    void aMissingFolderIsNamed() {
        Path f = dir.resolve("no-such-folder").resolve("x.pdf");
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.writeString(f, "x"));
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
    }

    @Test
    void returnsWhatTheBodyComputed() throws IOException {
        Integer written = AtomicWrite.write(dir.resolve("n"), out -> {
            out.write(new byte[] {1, 2, 3});
            return 3;
        });
        assertEquals(3, written);
        assertEquals(3, Files.size(dir.resolve("n")));
    }

    /**
     * A stale temp of an earlier, crashed write is swept while this write is under way (not before it, which cost a
     * big folder's listing on the writer's thread), and the sweep never takes this write's own temp for a stale one.
     */
    @Test
    void staleTempsAreSweptDuringTheWriteAndItsOwnTempIsKept() throws IOException {
        Path f = dir.resolve("issue.pdf");
        Path stale = Files.writeString(dir.resolve(".issue.pdf.7f3a9c01d2e4b5a6.tmp"), "half");
        for (int i = 0; i < 200; i++) Files.writeString(dir.resolve("other-" + i + ".txt"), "");   // a folder to list
        AtomicWrite.write(f, out -> {
            out.write("新".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long until = System.nanoTime() + 10_000_000_000L;
            while (Files.exists(stale) && System.nanoTime() < until) Thread.onSpinWait();
            assertFalse(Files.exists(stale), "the stale temp is swept while the write goes on");
            try (Stream<Path> s = Files.list(dir)) {
                assertEquals(1, s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "its own temp is still there");
            }
            return null;
        });
        assertEquals("新", Files.readString(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    private long count() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
