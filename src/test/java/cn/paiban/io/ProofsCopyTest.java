package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save As takes an issue's proofreading along: proofs/ (round.json, marks files, snapshots) is copied aside into the
 * new folder and renamed into place when the issue is saved there; a failure at any step leaves the source as it was
 * and no half copy behind.
 */
class ProofsCopyTest {
    @TempDir Path tmp;
    Path from;
    Path to;

    @BeforeEach
    void proofs() throws IOException {
        from = tmp.resolve("第4期");
        to = Files.createDirectories(tmp.resolve("另存"));
        write(from, "proofs/round.json", "{\"schemaVersion\": 1, \"round\": 2}");
        write(from, "proofs/1/王芳.json", "{\"marks\": []}");
        write(from, "proofs/1/snapshot/issue.json", "{}");
        write(from, "proofs/1/snapshot/articles/a1.json", "{\"id\": \"a1\"}");
        write(from, "proofs/2/李明.json", "{\"marks\": [1]}");
        write(from, "proofs/dismissed.json", "[]");
        write(from, "proofs/2/.李明.json.0123abcd.tmp", "half a save");
    }

    @Test
    void theWholeTreeIsCopiedWhenCommittedAndTheSourceIsOnlyRead() throws Exception {
        Map<String, String> before = tree(from.resolve("proofs"));
        try (var copy = ProofRounds.copyAside(from, to)) {
            assertFalse(Files.exists(to.resolve("proofs")), "not in place before the issue is saved");
            copy.commit();
        }
        Map<String, String> expected = new TreeMap<>(before);
        expected.remove("2/.李明.json.0123abcd.tmp");
        assertEquals(expected, tree(to.resolve("proofs")));
        assertEquals(before, tree(from.resolve("proofs")));
        assertEquals(1, names(to).length, "nothing else left in the target: " + String.join(", ", names(to)));
    }

    @Test
    void aCopyNotCommittedLeavesNothing() throws Exception {
        try (var copy = ProofRounds.copyAside(from, to)) {
            assertEquals(1, names(to).length);   // the copy aside, a dot folder
        }
        assertEquals(0, names(to).length);
    }

    @Test
    void anotherIssuesProofreadingIsNeverOverwritten() throws Exception {
        write(to, "proofs/1/别人.json", "theirs");
        var e = assertThrows(ProofRounds.Refused.class, () -> ProofRounds.copyAside(from, to));
        assertTrue(e.getMessage().contains("另一期"), e.getMessage());
        assertEquals(Map.of("1/别人.json", "theirs"), tree(to.resolve("proofs")));
        assertEquals(1, names(to).length);
    }

    @Test
    void aFailedRenameLeavesTheSourceAndNoHalfCopy() throws Exception {
        Map<String, String> before = tree(from.resolve("proofs"));
        try (var copy = ProofRounds.copyAside(from, to)) {
            write(to, "proofs/1/别人.json", "theirs");   // made meanwhile, on a shared drive
            assertThrows(IOException.class, copy::commit);
        }
        assertEquals(Map.of("1/别人.json", "theirs"), tree(to.resolve("proofs")));
        assertEquals(1, names(to).length, String.join(", ", names(to)));
        assertEquals(before, tree(from.resolve("proofs")));
    }

    @Test
    void aFailedCopyLeavesTheSourceAndNoHalfCopy() throws Exception {
        Map<String, String> before = tree(from.resolve("proofs"));
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "not a folder");
        assertThrows(IOException.class, () -> ProofRounds.copyAside(from, file));
        assertEquals("not a folder", Files.readString(file));
        assertEquals(before, tree(from.resolve("proofs")));
    }

    @Test
    void anIssueWithoutProofreadingHasNothingToCopy() throws Exception {
        assertNull(ProofRounds.copyAside(to, tmp));
    }

    private static void write(Path dir, String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static String[] names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toArray(String[]::new);
        }
    }

    /** Every file under {@code dir}: relative path → text. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) out.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }
}
