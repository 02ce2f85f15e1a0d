package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.i18n.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed issue or proofs file is explained in the user's language, naming what was expected and what was found
 * at the file, line and column where the parser stopped: the cases of {@code io/json-syntax/cases.txt}, read in
 * Chinese (no English word left outside the quoted text) and in English.
 */
class JsonSyntaxErrorsTest {
    private static final Path FILE = Path.of("issue.json");
    private static final Pattern U = Pattern.compile("<U\\+([0-9A-F]{4})>");
    /** Words a Chinese message may keep: JSON's own names for its values, and the format's name. */
    private static final Pattern ALLOWED = Pattern.compile("\\b(JSON|true|false|null|NaN|Infinity)\\b");

    @TempDir Path dir;

    record Case(String name, String text, int line, int column, String zh, String en) {
        @Override public String toString() { return name; }
    }

    @AfterEach
    void back() { Msg.use("zh"); }

    static List<Case> cases() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/io/json-syntax/cases.txt"), StandardCharsets.UTF_8);
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("=== ")) continue;
            String name = lines.get(i).substring(4);
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            for (; !lines.get(j).startsWith("--- "); j++) {
                if (lines.get(j).equals("<no newline>")) text.setLength(text.length() - 1);
                else text.append(lines.get(j)).append('\n');
            }
            String[] at = lines.get(j).substring(4).split(":");
            String zh = lines.get(j + 1), en = lines.get(j + 2);
            assertTrue(zh.startsWith("zh: ") && en.startsWith("en: "), "case " + name);
            Matcher u = U.matcher(text);
            out.add(new Case(name, u.replaceAll(r -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(r.group(1), 16)))),
                    Integer.parseInt(at[0]), Integer.parseInt(at[1]), zh.substring(4), en.substring(4)));
            i = j + 2;
        }
        assertTrue(out.size() >= 30, "cases read: " + out.size());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void explainedInChinese(Case c) {
        Msg.use("zh");
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> JsonTreeReader.parse(c.text(), FILE));
        assertEquals(c.line() + ":" + c.column(), e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.problem().contains(c.zh()), e.getMessage());
        assertNoEnglish(e.problem());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void explainedInEnglish(Case c) {
        Msg.use("en");
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> JsonTreeReader.parse(c.text(), FILE));
        assertTrue(e.problem().contains(c.en()), e.getMessage());
        assertFalse(e.problem().startsWith("malformed JSON"), "a known case falls back: " + e.getMessage());
    }

    /**
     * Typing slips anywhere in a real issue file: a character deleted, doubled or replaced by one of the characters
     * people mistype JSON with. Every one that breaks the syntax is explained by a message key, never by the parser's
     * English.
     */
    @Test
    void randomSlipsInARealFileAreAllExplainedInChinese() throws IOException {
        Msg.use("zh");
        String base = Files.readString(Path.of("src/test/resources/io/base/issue.json"));
        String slips = ",:{}[]\"'“”：，　0.-+e/\\a\t\n";
        Random random = new Random(20261204);
        int broken = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder t = new StringBuilder(base);
            int at = random.nextInt(t.length());
            switch (random.nextInt(3)) {
                case 0 -> t.deleteCharAt(at);
                case 1 -> t.insert(at, t.charAt(at));
                default -> t.setCharAt(at, slips.charAt(random.nextInt(slips.length())));
            }
            try {
                JsonTreeReader.parse(t.toString(), FILE);
            } catch (IssueFormatException e) {
                broken++;
                assertFalse(e.problem().contains("解析器的原文"), "not explained: " + e.getMessage() + "\n" + excerpt(t, at));
                assertNoEnglish(e.problem());
                assertTrue(e.line() > 0 && e.column() > 0, e.getMessage());
            }
        }
        assertTrue(broken > 1000, "slips that broke the file: " + broken);
    }

    @Test
    void anUnknownParserMessageKeepsItsDetailAfterAChineseText() {
        Msg.use("zh");
        var e = new com.fasterxml.jackson.core.JsonParseException(null, "Something new in a later Jackson");
        assertEquals("JSON 格式错误，无法读取（解析器的原文：Something new in a later Jackson）", cn.paiban.json.JsonSyntax.explain(e, null, new char[0]));
    }

    @Test
    void theLoadersSayItWithFileLineAndColumn() throws Exception {
        Msg.use("zh");
        try (Stream<Path> base = Files.walk(Path.of("src/test/resources/io/base"))) {
            for (Path p : (Iterable<Path>) base::iterator) {
                Path to = dir.resolve(Path.of("src/test/resources/io/base").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        String issue = Files.readString(dir.resolve("issue.json"));
        Files.writeString(dir.resolve("issue.json"), issue.replace("\"year\": 2023,", "\"year\": 2023,,"));
        IssueFormatException e = assertThrows(IssueFormatException.class, () -> IssueStore.load(dir));
        assertEquals(dir.resolve("issue.json") + ":5:18: journal: 多了一个逗号：逗号之前应有一项", e.getMessage());
        Files.writeString(dir.resolve("issue.json"), issue);

        Path marks = dir.resolve("proofs/1/王芳.json");
        Files.createDirectories(marks.getParent());
        Files.writeString(marks, "{\n  \"schemaVersion\": 1,\n  \"reader\": \"王芳\",\n  \"marks\": [\n  ]\n");
        e = assertThrows(IssueFormatException.class, () -> cn.paiban.proof.Marks.load(dir));
        assertEquals(marks, e.file());
        assertEquals(6, e.line());
        assertTrue(e.problem().startsWith("文件在对象中途结束：第 1 行第 1 列开始的对象没有写完"), e.getMessage());
    }

    private static void assertNoEnglish(String problem) {
        String prose = ALLOWED.matcher(problem.replaceAll("“[^”]*”", " ")).replaceAll(" ");
        assertFalse(Pattern.compile("[A-Za-z]{2,}").matcher(prose).find(), "English in: " + problem);
    }

    private static String excerpt(CharSequence t, int at) {
        return t.subSequence(Math.max(0, at - 30), Math.min(t.length(), at + 30)).toString();
    }
}
