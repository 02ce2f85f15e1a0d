package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import cn.paiban.i18n.Msg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each case puts one bad file from src/test/resources/io/bad into a copy of the valid issue in
 * io/base and checks the error names the right file, line, column, field and problem, and that
 * loading wrote nothing.
 */
class IssueStoreBadInputTest {
    /** The cases quote the English texts; {@code IssueErrorsInChineseTest} reads the same files in Chinese. */
    @BeforeAll
    static void english() { Msg.use("en"); }

    @AfterAll
    static void back() { Msg.use("zh"); }

    @TempDir Path dir;

    @Test
    void theBaseIssueLoads() throws Exception {
        copyBase();
        assertEquals(3, IssueStore.load(dir).allArticles().size());
    }

    @Test
    void malformedJson() throws Exception {
        IssueFormatException e = fails("malformed.json", "articles/a2.json");
        expect(e, "articles/a2.json", 5, 3, "", "expected a comma \",\" or the \"}\" ending the object, found \"\"\" (is a comma"
                + " missing after the previous field?)");
    }

    @Test
    void wrongType() throws Exception {
        expect(fails("wrong-type.json", "issue.json"), "issue.json", 5, 13, "journal.year", "expected a whole number, found a string");
    }

    @Test
    void unknownField() throws Exception {
        expect(fails("unknown-field.json", "articles/a2.json"), "articles/a2.json", 9, 7, "authors[0].affilation",
                "unknown field \"affilation\"; expected one of name, affiliation");
    }

    @Test
    void unknownBlockType() throws Exception {
        expect(fails("unknown-block-type.json", "articles/a2.json"), "articles/a2.json", 12, 15, "body[1].type",
                "unknown block type \"poem\"");
    }

    @Test
    void missingTitle() throws Exception {
        expect(fails("missing-title.json", "articles/a2.json"), "articles/a2.json", 1, 1, "title", "missing field \"title\"");
    }

    @Test
    void duplicateIdsDifferingOnlyInCase() throws Exception {
        Files.copy(IssueStoreBadInputTest.class.getResourceAsStream("/io/base/articles/a1.json"), dirWith("articles/A1.json"));
        expect(fails("duplicate-id.json", "issue.json"), "issue.json", 27, 9, "sections[1].articles[0]",
                "duplicate article id \"A1\" (also at sections[0].articles[0])");
    }

    @Test
    void planNamesMissingArticle() throws Exception {
        expect(fails("plan-missing-article.json", "issue.json"), "issue.json", 32, 20, "plan.entries[1].article",
                "the plan names article \"a3\", which is not in the issue");
    }

    @Test
    void planPageCountBelowOne() throws Exception {
        expect(fails("plan-pages-zero.json", "issue.json"), "issue.json", 35, 14, "plan.pages",
                "the issue's page count 0 must be between 1 and 9999");
    }

    @Test
    void missingArticleFile() throws Exception {
        expect(fails("missing-article-file.json", "issue.json"), "issue.json", 21, 9, "sections[0].articles[2]",
                "its file articles/a9.json does not exist");
    }

    @Test
    void notUtf8() throws Exception {
        // GBK 农 (C5 A9) happens to be valid UTF-8 (ũ); the next character's bytes are not.
        IssueFormatException e = fails("gbk.json", "articles/a2.json");
        expect(e, "articles/a2.json", 5, 14, null, "not UTF-8: byte 0xC4");
    }

    @Test
    void emptyIssue() throws Exception {
        expect(fails("empty-issue.json", "issue.json"), "issue.json", 14, 15, "sections", "the issue has no sections");
    }

    @Test
    void emptyFile() throws Exception {
        expect(fails("empty-file.json", "issue.json"), "issue.json", 1, 1, null, "the file is empty");
    }

    @Test
    void newerSchema() throws Exception {
        expect(fails("newer-schema.json", "issue.json"), "issue.json", 2, 20, "schemaVersion", "written by a newer Paiban");
    }

    @Test
    void duplicateKey() throws Exception {
        expect(fails("duplicate-key.json", "articles/a2.json"), "articles/a2.json", 6, 3, "title",
                "field \"title\" appears twice (first on line 5)");
    }

    @Test
    void badDate() throws Exception {
        expect(fails("bad-date.json", "issue.json"), "issue.json", 8, 24, "journal.publicationDate", "expected an ISO date");
    }

    @Test
    void articleIdDiffersFromItsListing() throws Exception {
        expect(fails("id-mismatch.json", "articles/a2.json"), "articles/a2.json", 3, 9, "id", "does not match \"a2\"");
    }

    @Test
    void raggedTable() throws Exception {
        expect(fails("ragged-table.json", "articles/a2.json"), "articles/a2.json", 14, 9, "body[0].rows[1]",
                "this row has 2 cells, the table's first row has 3");
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() throws Exception {
        copyBase();
        Files.writeString(dir.resolve("articles/a2.json"), "{\"body\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
        assertEquals(dir.resolve("articles/a2.json"), e.file());
        assertEquals("nesting depth over 64 levels", e.problem());
        assertEquals(1, e.line());
        assertTrue(e.field().startsWith("body[0][0]") && e.field().length() < 210, e.field());
    }

    @Test
    void topLevelMustBeAnObject() throws Exception {
        copyBase();
        Files.writeString(dir.resolve("issue.json"), "\n  [1, 2]\n");
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertTrue(e.problem().contains("expected a JSON object at the top of the file, found an array"), e.getMessage());
    }

    @Test
    void trailingGarbage() throws Exception {
        copyBase();
        Files.writeString(dir.resolve("articles/n1.json"), Files.readString(dir.resolve("articles/n1.json")) + "{}\n");
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
        assertEquals(8, e.line());
        assertTrue(e.problem().contains("after the end of the top-level object"), e.getMessage());
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreRead() throws Exception {
        copyBase();
        Path a1 = dir.resolve("articles/a1.json");
        String text = Files.readString(a1).replace("\n", "\r\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(a1, concat(bom, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("以新气象新作为 推动高质量发展取得新成效", IssueStore.load(dir).article("a1").orElseThrow().title());
        Files.write(a1, concat(bom, text.replace("\"feature\"", "\"featur\"").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
        assertEquals(4, e.line(), e.getMessage());
        assertEquals(11, e.column(), "columns count characters after the byte order mark");
    }

    @Test
    void fractionsAndHugeNumbersAreNoPageNumbers() throws Exception {
        copyBase();
        Path issue = dir.resolve("issue.json");
        String base = Files.readString(issue);
        Files.writeString(issue, base.replace("\"startPage\": 4", "\"startPage\": 4.5"));
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
        assertEquals("plan.entries[0].startPage", e.field());
        assertTrue(e.problem().contains("expected a whole number, found 4.5"), e.getMessage());
        Files.writeString(issue, base.replace("\"startPage\": 4", "\"startPage\": 4.0"));
        assertEquals(4, IssueStore.load(dir).plan().entry("a1").orElseThrow().startPage());
        Files.writeString(issue, base.replace("\"startPage\": 4", "\"startPage\": 1e40"));
        assertTrue(assertThrows(IssueFormatException.class, () -> IssueStore.load(dir)).problem().contains("whole number"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void noIssueFolder() {
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir.resolve("nothing")));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
        IssueFormatException e2 = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
        assertTrue(e2.getMessage().contains("no issue.json"), e2.getMessage());
    }

    /** Copies the base issue, puts {@code resource} at {@code target}, loads, and checks nothing was written. */
    private IssueFormatException fails(String resource, String target) throws IOException {
        copyBase();
        try (InputStream in = IssueStoreBadInputTest.class.getResourceAsStream("/io/bad/" + resource)) {
            Files.copy(in, dir.resolve(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, FileTime> before = snapshot();
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
        assertEquals(before, snapshot(), "loading must not write");
        return e;
    }

    private void expect(IssueFormatException e, String file, int line, int column, String field, String problem) {
        assertEquals(dir.resolve(file), e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve(file) + ":" + line + ":" + column + ": "), e.getMessage());
    }

    private Path dirWith(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        return p;
    }

    private void copyBase() throws IOException {
        for (String f : new String[] {"issue.json", "articles/a1.json", "articles/a2.json", "articles/n1.json"}) {
            Path target = dirWith(f);
            if (Files.exists(target)) continue;
            try (InputStream in = IssueStoreBadInputTest.class.getResourceAsStream("/io/base/" + f)) {
                Files.copy(in, target);
            }
        }
    }

    private Map<String, FileTime> snapshot() throws IOException {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) out.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p));
        }
        return out;
    }
}
