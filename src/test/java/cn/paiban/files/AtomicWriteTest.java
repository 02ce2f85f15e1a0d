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

    private long count() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
