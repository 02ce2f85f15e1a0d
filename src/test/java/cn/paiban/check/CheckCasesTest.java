package cn.paiban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.paiban.edit.ArticleField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The proofreading rules as readable case files under src/test/resources/check/cases, one per rule family, each
 * quoting its clause. A case is blank-line separated {@code key: value} lines:
 * <pre>
 * case: 逗号重复
 * in: 今天，，下雨。               (one in: per paragraph of one article, read in order)
 * find: 15834.doubled @2 ，， → ，   (rule, char offset in its paragraph, the quote, → the suggestion; ✓ when certain)
 * </pre>
 * A case without find: lines expects no finding. Options: {@code part: body | subheading | title | lead | front},
 * {@code year: 2023} (the issue's year), {@code words: 帐户 → 账户} (a word-list line, repeatable).
 * In a find: line, {@code #2} before {@code @} names the paragraph (from 1) when there are several.
 */
class CheckCasesTest {
    private static final Path DIR = Path.of("src/test/resources/check/cases");

    record Case(String file, int line, String name, Map<String, List<String>> options, List<String> in, List<String> expected) {
        String opt(String key, String def) {
            List<String> v = options.get(key);
            return v == null ? def : v.get(0);
        }
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<Case> cases = read(f);
                assertFalse(cases.isEmpty(), f + " has no cases");
                for (Case c : cases) tests.add(DynamicTest.dynamicTest(c.file + ":" + c.line + " " + c.name, () -> run(c)));
            }
        }
        return tests.stream();
    }

    private static void run(Case c) {
        String part = c.opt("part", "body");
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < c.in.size(); i++) {
            String t = c.in.get(i);
            pieces.add(switch (part) {
                case "subheading" -> Piece.subheading("a", i, 0, t);
                case "title" -> Piece.field("a", ArticleField.TITLE, t);
                case "lead" -> Piece.field("a", ArticleField.LEAD, t);
                case "front" -> new Piece(Piece.Kind.FRONT, "", null, -1, -1, t, 3, "contents");
                default -> Piece.body("a", i, 0, t);
            });
        }
        WordList words = WordList.parse(String.join("\n", c.options.getOrDefault("words", List.of())), "words.txt");
        List<Finding> found = new Checker(Integer.parseInt(c.opt("year", "2023")), words).check(null, pieces);
        List<String> got = new ArrayList<>();
        for (Finding f : found) {
            String para = pieces.size() > 1 ? "#" + (pieces.indexOf(f.place()) + 1) + " " : "";
            got.add(f.rule() + " " + para + "@" + f.offset() + " " + f.quote()
                    + (f.suggestion() == null ? "" : " → " + (f.suggestion().isEmpty() ? "∅" : f.suggestion()))
                    + (f.certain() ? " ✓" : ""));
        }
        assertEquals(String.join("\n", c.expected), String.join("\n", got), c.file + ":" + c.line + " (" + c.name + ")");
    }

    static List<Case> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Case> out = new ArrayList<>();
        String name = null;
        int start = 0;
        Map<String, List<String>> opts = new LinkedHashMap<>();
        List<String> in = new ArrayList<>(), exp = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i) : "";
            if (l.startsWith("#")) continue;
            if (l.isBlank()) {
                if (name != null) out.add(new Case(file.getFileName().toString(), start, name, opts, in, exp));
                name = null;
                opts = new LinkedHashMap<>();
                in = new ArrayList<>();
                exp = new ArrayList<>();
                continue;
            }
            int colon = l.indexOf(": ");
            if (colon < 0) throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'key: value'");
            String key = l.substring(0, colon), value = l.substring(colon + 2);
            switch (key) {
                case "case" -> { name = value; start = i + 1; }
                case "in" -> in.add(value);
                case "find" -> exp.add(value.strip());
                default -> opts.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        return out;
    }
}
