package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, findings 4 and 7: what the loader refuses before it spends minutes or gigabytes, each with the file and
 * field named. (The sample in samples/ is the base; every case breaks one thing in a copy.)
 */
class IssueLimitsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void copySample() throws IOException {
        Path from = Path.of("samples", "shuozhou-jingji-2023-04");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    private IssueFormatException fails() {
        return assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
    }

    private void replace(String file, String from, String to) throws IOException {
        String s = Files.readString(dir.resolve(file));
        assertTrue(s.contains(from), from);
        Files.writeString(dir.resolve(file), s.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void aPageNumberBeyond9999IsRefused() throws IOException {
        replace("issue.json", "\"startPage\": 48", "\"startPage\": 2147483647");
        IssueFormatException e = fails();
        assertTrue(e.getMessage().contains("startPage") && e.getMessage().contains("9999"), e.getMessage());
    }

    @Test
    void aPlannedPageFarBeyondTheRestIsATypo() throws IOException {
        replace("issue.json", "\"startPage\": 48", "\"startPage\": 4800");
        IssueFormatException e = fails();
        assertTrue(e.getMessage().contains("4800") && e.getMessage().contains("startPage"), e.getMessage());
    }

    @Test
    void aHugeExponentIsRefusedAtOnceWithAShortMessage() throws IOException {
        String s = Files.readString(dir.resolve("issue.json"));
        Files.writeString(dir.resolve("issue.json"), s.replaceFirst("\"year\": \\d+", "\"year\": 1E999999999"));
        long t0 = System.nanoTime();
        IssueFormatException e = fails();
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "no billion-digit number is ever written out");
        assertTrue(e.getMessage().length() < 400, e.getMessage());
        assertTrue(e.getMessage().contains("journal.year"), e.getMessage());
    }

    @Test
    void aFileOver64MbIsRefusedBeforeReading() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("articles/shuxie-gongye.json").toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 GB, read in a blink only if read at all
        }
        IssueFormatException e = fails();
        assertTrue(e.getMessage().contains("shuxie-gongye.json") && e.getMessage().contains("64 MB"), e.getMessage());
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        replace("articles/shuxie-gongye.json", "\"kind\": \"feature\",", "\"kind\": \"feature\", \"x\": " + deep + ",");
        IssueFormatException e = fails();
        assertTrue(e.getMessage().contains("shuxie-gongye.json"), e.getMessage());
    }

    @Test
    void aSymlinkedArticleIsNotRead() throws IOException {
        Path outside = dir.resolveSibling(dir.getFileName() + "-outside.json");
        Files.move(dir.resolve("articles/shuxie-gongye.json"), outside);
        Files.createSymbolicLink(dir.resolve("articles/shuxie-gongye.json"), outside);
        IssueFormatException e = fails();
        assertTrue(e.getMessage().contains("shuxie-gongye.json"), e.getMessage());
        Files.delete(outside);
    }

    @Test
    void aFifoInPlaceOfAnArticleDoesNotBlock() throws Exception {
        Path f = dir.resolve("articles/shuxie-gongye.json");
        Files.delete(f);
        Process p = new ProcessBuilder("mkfifo", f.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo");
        IssueFormatException e = fails();
        assertTrue(e.getMessage().contains("shuxie-gongye.json"), e.getMessage());
    }
}
