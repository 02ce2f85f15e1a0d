package cn.paiban.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of an export or a save leaves nothing half-written in the folder: not the target (the rename never
 * happens) and not the temporary file it was being written into, which stayed as {@code .本期.pdf.3f9a….tmp}.
 */
class PendingTempsTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The hook running while the write is still under way: the old file stays whole, the temp is gone. */
    @Test
    void theHookDeletesTheTempAndTheWriteThenCannotReplaceTheTarget() throws IOException {
        Path f = dir.resolve("本期.pdf");
        Files.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicWrite.write(f, out -> {
            out.write("half a PDF".getBytes());
            assertEquals(1, PendingTemps.pending().stream().filter(p -> p.getParent().equals(dir)).count());
            PendingTemps.deleteAll();   // what the shutdown hook does on Ctrl-C
            out.write(" and the rest".getBytes());
            return null;
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("本期.pdf"), names());
        assertTrue(PendingTemps.pending().stream().noneMatch(p -> p.getParent().equals(dir)));
    }

    /** A folder written aside (a proof round's snapshot) goes whole, with what is in it; a link in it is not followed. */
    @Test
    void aFolderWrittenAsideIsDeletedWithItsFiles() throws IOException {
        Path outside = Files.createDirectory(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "留");
        Path tmp = dir.resolve(".snapshot.1f.tmp");
        Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(tmp.resolve("issue.json"), "{}");
        Files.writeString(tmp.resolve("articles/a.json"), "{}");
        Files.createSymbolicLink(tmp.resolve("link"), outside);
        PendingTemps.add(tmp);
        PendingTemps.deleteAll();
        assertEquals(List.of("outside"), names());
        assertEquals("留", Files.readString(outside.resolve("keep.txt")));
    }

    @Test
    void aFinishedWriteLeavesNothingPending() throws IOException {
        AtomicWrite.writeString(dir.resolve("a.txt"), "一");
        assertTrue(PendingTemps.pending().stream().noneMatch(p -> p.getParent().equals(dir)));
    }

    /** A separate process writing a file, ended by SIGTERM (what destroy() sends; Ctrl-C's SIGINT runs the same hooks). */
    @Test
    void aProcessEndedInTheMiddleOfAWriteLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("本 期.pdf");
        Files.writeString(target, "old");
        String cp = System.getProperty("java.class.path");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                SlowWriter.class.getName(), target.toString()).redirectErrorStream(true).start();
        try {
            // wait until the write is under way: its temp exists and has bytes in it
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (names().size() < 2 && System.nanoTime() < deadline && p.isAlive()) Thread.sleep(20);
            assertEquals(2, names().size(), "the writer's temp: " + names());
        } finally {
            p.destroy();
            p.waitFor();
        }
        assertEquals(List.of("本 期.pdf"), names());
        assertEquals("old", Files.readString(target));
    }

    /** Writes half a file to args[0] and waits to be killed. */
    public static final class SlowWriter {
        public static void main(String[] args) throws Exception {
            AtomicWrite.write(Path.of(args[0]), out -> {
                out.write(new byte[64 * 1024]);
                out.flush();
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
        }
    }
}
