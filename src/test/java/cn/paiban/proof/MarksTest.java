package cn.paiban.proof;

import static cn.paiban.proof.ProofTesting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueFormatException;
import cn.paiban.model.Issue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marks files: one per round and proofreader, merged on load, read strictly, names safe on every system. */
class MarksTest {
    @TempDir
    Path dir;

    private Marks twoReaders(Issue issue) {
        int p = paragraph(issue, 1);
        Mark a = mark("1-王芳-1", "王芳", MarkKind.REPLACE, anchorAt(issue, p, 3, 5), null, "账户");
        Mark b = mark("1-李明-1", "李明", MarkKind.QUERY, anchorAt(issue, p, 8, 10), null, "此数据是否核实？")
                .withReply(new Reply("编辑部", "已核", T0.plusSeconds(60)));
        Mark c = Mark.open("2-王芳-1", 2, "王芳", MarkKind.SWAP, anchorAt(issue, p, 0, 2), anchorAt(issue, p, 4, 6), null, "#2060c0",
                T0.plusSeconds(3600));
        return Marks.of(List.of(a, b, c));
    }

    @Test
    void twoProofreadersFilesAndTwoRoundsMergeOnLoad() throws Exception {
        Marks marks = twoReaders(sample());
        marks.save(dir);
        assertTrue(Files.isRegularFile(dir.resolve("proofs/1/王芳.json")));
        assertTrue(Files.isRegularFile(dir.resolve("proofs/1/李明.json")));
        assertTrue(Files.isRegularFile(dir.resolve("proofs/2/王芳.json")));
        Marks loaded = Marks.load(dir);
        assertEquals(3, loaded.all().size());
        for (Mark m : marks.all()) assertEquals(m, loaded.get(m.id()).orElseThrow());
        assertEquals(2, loaded.lastRound());
        // a colleague's file copied in from their copy of the folder joins the others
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Marks.of(List.of(mark("1-赵强-1", "赵强", MarkKind.DELETE, anchorAt(sample(), paragraph(sample(), 1), 1, 2), null, null)))
                .save(other);
        Files.copy(other.resolve("proofs/1/赵强.json"), dir.resolve("proofs/1/赵强.json"));
        assertEquals(4, Marks.load(dir).all().size());
        // files other than marks in proofs/ (dismissed findings, a round's snapshot) are not marks
        Files.createDirectories(dir.resolve("proofs/1/snapshot"));
        Files.writeString(dir.resolve("proofs/dismissed.json"), "{}");
        assertEquals(4, Marks.load(dir).all().size());
    }

    @Test
    void savingAgainChangesNothingAndTheLayoutIsCanonical() throws Exception {
        Marks marks = twoReaders(sample());
        marks.save(dir);
        Path f = dir.resolve("proofs/1/李明.json");
        String first = Files.readString(f);
        Marks.load(dir).save(dir);
        assertEquals(first, Files.readString(f));
        assertTrue(first.contains("\"kind\": \"query\""), first);
        assertTrue(first.contains("\"author\": \"编辑部\""), first);
    }

    @Test
    void readerNamesAreSafeFileNamesEverywhere() {
        assertEquals("王芳", ReaderNames.fileName("王芳"));
        assertEquals("Wang Fang", ReaderNames.fileName("Wang Fang"));
        for (String bad : List.of("CON", "con.x", "LPT1", "a/b", "a:b", "..", ".hidden", "x. ", "问?", "tab\there", "")) {
            String f = ReaderNames.fileName(bad);
            assertTrue(!f.isEmpty() && !f.startsWith(".") && !f.endsWith(".") && !f.endsWith(" "), bad + " → " + f);
            assertTrue(f.chars().noneMatch(c -> c < 0x20 || "<>:\"/\\|?*".indexOf(c) >= 0), bad + " → " + f);
            String base = (f.indexOf('.') < 0 ? f : f.substring(0, f.indexOf('.'))).toUpperCase();
            assertTrue(!base.matches("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]"), bad + " → " + f);
        }
        assertTrue(!ReaderNames.fileName("a/b").equals(ReaderNames.fileName("a:b")), "two names made safe alike keep two files");
    }

    @Test
    void aReaderWithAnUnsafeNameRoundTrips() throws Exception {
        Issue issue = sample();
        Mark m = mark("1-x", "CON", MarkKind.DELETE, anchorAt(issue, paragraph(issue, 1), 1, 2), null, null);
        Marks.of(List.of(m)).save(dir);
        assertEquals(List.of(m), Marks.load(dir).all());
        assertTrue(Files.exists(dir.resolve(Marks.relPath(1, "CON"))));
        assertTrue(Marks.relPath(1, "CON").startsWith("proofs/1/_CON~"), Marks.relPath(1, "CON"));
    }

    private void write(String json) throws Exception {
        Files.createDirectories(dir.resolve("proofs/1"));
        Files.writeString(dir.resolve("proofs/1/王芳.json"), json, StandardCharsets.UTF_8);
    }

    private static final String GOOD_MARK = """
              {
                "id": "1-王芳-1",
                "kind": "%s",
                %s
                "colour": "#c0392b",
                "status": "open",
                "created": "2026-12-04T09:00:00Z",
                "anchor": {
                  "article": "a",
                  "block": 0,
                  "start": %s,
                  "end": 2,
                  "quote": "帐户"
                }
              }
            """;

    private String file(String kind, String text, String start) {
        return "{\n  \"schemaVersion\": 1,\n  \"round\": 1,\n  \"reader\": \"王芳\",\n  \"marks\": [\n"
                + GOOD_MARK.formatted(kind, text, start) + "  ]\n}\n";
    }

    @Test
    void aWellFormedHandWrittenFileLoads() throws Exception {
        write(file("replace", "\"text\": \"账户\",", "0"));
        Mark m = Marks.load(dir).all().get(0);
        assertEquals(MarkKind.REPLACE, m.kind());
        assertEquals("账户", m.text());
        assertEquals(Instant.parse("2026-12-04T09:00:00Z"), m.created());
    }

    @Test
    void aMalformedFileIsAnErrorNamingFileLineAndField() throws Exception {
        write(file("replace", "\"text\": \"账户\",", "\"0\""));
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> Marks.load(dir));
        assertEquals(dir.resolve("proofs/1/王芳.json"), e.file());
        assertEquals("marks[0].anchor.start", e.field());
        assertEquals(16, e.line());
    }

    @Test
    void anUnknownKindIsRefusedWithTheKindsThereAre() throws Exception {
        write(file("underline", "", "0"));
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> Marks.load(dir));
        assertEquals("marks[0].kind", e.field());
        assertTrue(e.getMessage().contains("underline") && e.getMessage().contains("replace, delete, insert, swap, split, join, query"),
                e.getMessage());
    }

    @Test
    void aReplaceWithoutItsTextAndAFileUnderAnotherNameAreErrors() throws Exception {
        write(file("replace", "", "0"));
        assertEquals("marks[0].kind", assertThrows(IssueFormatException.class, () -> Marks.load(dir)).field());
        write(file("delete", "", "0"));
        Files.move(dir.resolve("proofs/1/王芳.json"), dir.resolve("proofs/1/李明.json"));
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> Marks.load(dir));
        assertEquals("reader", e.field());
        assertTrue(e.getMessage().contains("王芳.json"), e.getMessage());
    }

    @Test
    void theSameIdInTwoFilesIsAnError() throws Exception {
        Issue issue = sample();
        Mark a = mark("same", "王芳", MarkKind.DELETE, anchorAt(issue, paragraph(issue, 1), 1, 2), null, null);
        Mark b = mark("same", "李明", MarkKind.DELETE, anchorAt(issue, paragraph(issue, 1), 1, 2), null, null);
        Marks.of(List.of(a)).save(dir);
        Marks.of(List.of(b)).save(dir);
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> Marks.load(dir));
        assertTrue(e.getMessage().contains("same"), e.getMessage());
    }

    @Test
    void nextIdsAreUniquePerRoundAndReader() throws Exception {
        Marks marks = twoReaders(sample());
        assertEquals("1-王芳-2", marks.nextId(1, "王芳"));
        assertEquals("1-赵强-1", marks.nextId(1, "赵强"));
        assertEquals("2-王芳-2", marks.nextId(2, "王芳"));
    }

    @Test
    void twoEditorsOnOneFolderKeepEachOthersMarks() throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, 1);
        MarkStore here = MarkStore.load(dir), there = MarkStore.load(dir);
        Mark a = mark("1-王芳-1", "王芳", MarkKind.DELETE, anchorAt(issue, p, 1, 2), null, null);
        Mark b = mark("1-王芳-2", "王芳", MarkKind.DELETE, anchorAt(issue, p, 3, 4), null, null);
        there.put(b);
        here.put(a);
        assertEquals(2, Marks.load(dir).all().size(), "the second save kept the first one's mark");
        assertTrue(here.marks().get(b.id()).isPresent(), "and now shows it");
        there.put(b.withStatus(MarkStatus.DECLINED));
        here.remove(a.id());
        assertEquals(List.of(b.withStatus(MarkStatus.DECLINED)), Marks.load(dir).all(), "a removal touches only its own mark");
        Files.writeString(dir.resolve("proofs/1/王芳.json"), "{ broken");
        assertThrows(java.io.UncheckedIOException.class, () -> here.put(a), "a file that cannot be read is never overwritten");
        assertEquals("{ broken", Files.readString(dir.resolve("proofs/1/王芳.json")));
    }
}
