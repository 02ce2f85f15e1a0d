package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, finding 1: {@code export S -o S/issue.json} overwrote the issue with the PDF and exited 0. */
class DataLossTest {
    @TempDir
    static Path tmp;
    static Path issue;

    @BeforeAll
    static void copy() throws Exception {
        issue = SampleCopy.copy(tmp.resolve("issue"));
    }

    @Test
    void exportNeverWritesOverTheIssueOrAnArticle() throws Exception {
        for (String f : new String[] {"issue.json", "articles/shuxie-gongye.json"}) {
            byte[] before = Files.readAllBytes(issue.resolve(f));
            for (boolean force : new boolean[] {false, true}) {
                SampleCopy.Run r = force ? SampleCopy.run("export", issue.toString(), "-o", issue.resolve(f).toString(), "--force")
                        : SampleCopy.run("export", issue.toString(), "-o", issue.resolve(f).toString());
                assertEquals(2, r.code(), r.all());
                assertTrue(r.err().contains(f.substring(f.lastIndexOf('/') + 1)), r.err());
                assertArrayEquals(before, Files.readAllBytes(issue.resolve(f)), f + " untouched");
            }
        }
        try (var s = Files.list(issue)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
        }
    }

    @Test
    void aFolderOrADeviceIsRefusedBeforeTypesetting() {
        SampleCopy.Run dir = SampleCopy.run("export", issue.toString(), "-o", tmp.toString());
        assertEquals(2, dir.code(), dir.all());
        SampleCopy.Run dev = SampleCopy.run("export", issue.toString(), "-o", "/dev/null", "--force");
        assertEquals(2, dev.code(), dev.all());
        assertTrue(dev.err().contains("/dev/null"), dev.err());
    }

    @Test
    void renderOntoAnExistingFileSaysItIsNotAFolder() throws Exception {
        Path f = Files.writeString(tmp.resolve("proofs"), "keep me");
        SampleCopy.Run r = SampleCopy.run("render", issue.toString(), "--pages", "1", "-o", f.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("-o " + f), r.err());
        assertEquals("keep me", Files.readString(f));
    }
}
