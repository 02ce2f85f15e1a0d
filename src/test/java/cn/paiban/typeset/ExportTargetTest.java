package cn.paiban.typeset;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.files.AtomicWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, findings 1 and 11: the export never writes over the issue's files, a folder, a device or a link. */
class ExportTargetTest {
    @TempDir
    Path tmp;
    Path issue;

    @BeforeEach
    void issueFolder() throws IOException {
        issue = Files.createDirectories(tmp.resolve("issue"));
        Files.writeString(issue.resolve("issue.json"), "{}");
        Files.createDirectories(issue.resolve("articles"));
        Files.writeString(issue.resolve("articles/a.json"), "{}");
    }

    private String refused(Path target, boolean force) {
        return assertThrows(ExportTarget.Refused.class, () -> ExportTarget.check(target, issue, force)).getMessage();
    }

    @Test
    void theIssueFileAndArticleFilesAreRefusedEvenWithForce() {
        assertTrue(refused(issue.resolve("issue.json"), true).contains("issue.json"));
        assertTrue(refused(issue.resolve("articles/a.json"), true).contains("a.json"));
        assertTrue(refused(issue.resolve("articles/a.pdf"), true).contains("a.pdf"));
        assertTrue(refused(issue.resolve("articles/../issue.json"), false).contains("issue.json"));
    }

    @Test
    void aFolderADeviceAndANameWithoutPdfAreRefused() {
        assertTrue(refused(issue, true).contains(issue.toString()));
        assertTrue(refused(tmp.resolve("issue.txt"), true).contains(".pdf"));
        if (Files.exists(Path.of("/dev/null"))) refused(Path.of("/dev/null"), true);
        refused(tmp.resolve("no-such-folder/issue.pdf"), true);
    }

    @Test
    void aSymlinkIsNeverReplaced() throws IOException {
        Path real = Files.writeString(tmp.resolve("real.pdf"), "%PDF-1.4 old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.pdf"), real);
        refused(link, true);
        assertThrows(IOException.class, () -> AtomicWrite.writeString(link, "new"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("%PDF-1.4 old", Files.readString(real));
    }

    @Test
    void anExistingPdfIsReplacedButAnotherFileOnlyWithForce() throws IOException {
        Path pdf = Files.writeString(tmp.resolve("old.pdf"), "%PDF-1.7 …");
        assertEquals(pdf.toAbsolutePath(), ExportTarget.check(pdf, issue, false));
        Path notes = Files.writeString(tmp.resolve("notes.pdf"), "my notes");
        assertTrue(refused(notes, false).contains("--force"));
        assertEquals(notes.toAbsolutePath(), ExportTarget.check(notes, issue, true));
        assertEquals(tmp.resolve("new.pdf").toAbsolutePath(), ExportTarget.check(tmp.resolve("new.pdf"), issue, false));
        // a PDF beside issue.json in the issue folder is allowed: it destroys nothing
        ExportTarget.check(issue.resolve("issue.pdf"), issue, false);
    }

    @Test
    void aTempFileLeftByAKilledExportIsRemovedByTheNextExportOfTheSameTarget() throws IOException {
        Path stale = Files.writeString(tmp.resolve(".issue.pdf.7f3a9c01d2e4b5a6.tmp"), "");
        Path other = Files.writeString(tmp.resolve(".other.pdf.7f3a9c01d2e4b5a6.tmp"), "");
        AtomicWrite.writeString(tmp.resolve("issue.pdf"), "%PDF-");
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(other), "another target's temp file is not ours to remove");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith(".issue.pdf")).count() + 1);
        }
    }
}
