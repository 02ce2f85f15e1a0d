package cn.paiban.json;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JsonTrees gives the tree ObjectMapper.readTree gives, node class by node class and in member order, for the
 * project's own JSON files, hand-picked corner cases and seeded random documents; a malformed text fails with the
 * mapper's message and location.
 */
class JsonTreesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theProjectsJsonFilesReadAsTheMapperReadsThem() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("templates")), Files.walk(Path.of("samples")))) {
            files = s.filter(f -> f.toString().endsWith(".json")).toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertSame(MAPPER.readTree(f.toFile()), JsonTrees.read(f.toFile()), f.toString());
            assertSame(MAPPER.readTree(Files.readString(f)), JsonTrees.read(Files.readString(f)), f.toString());
        }
    }

    @Test
    void cornerCases() throws IOException {
        for (String text : List.of("", "  ", "null", "1", "-0", "-0.0", "1e400", "1.5e-400", "2147483647", "2147483648",
                "-9223372036854775808", "9223372036854775808", "123456789012345678901234567890", "0.1", "3.0",
                "\"\\u00e9\\ud83d\\ude00\"", "true", "[]", "{}", "{\"a\":1,\"b\":2,\"a\":3}", "{\"a\":{\"a\":[1,[2,{}]]}}",
                "[1, 2.5, \"x\", null, false]", "{\"a\":1} trailing", "{\"k\":\"\u4e2d\u6587\"}")) {
            assertSame(MAPPER.readTree(text), JsonTrees.read(text), text);
        }
    }

    @Test
    void malformedTextsFailAsThroughTheMapper() {
        for (String text : List.of("{", "[1,", "{\"a\" 1}", "{\"a\":}", "[1 2]", "{'a':1}", "NaN", "\"\\x\"", "{\"a\":1,}",
                "[01]", "-", "tru")) {
            JsonProcessingException theirs = assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(text), text);
            JsonProcessingException ours = assertThrows(JsonProcessingException.class, () -> JsonTrees.read(text), text);
            assertEquals(theirs.getOriginalMessage(), ours.getOriginalMessage(), text);
            assertEquals(theirs.getLocation().getLineNr(), ours.getLocation().getLineNr(), text);
            assertEquals(theirs.getLocation().getColumnNr(), ours.getLocation().getColumnNr(), text);
        }
    }

    @Test
    void randomDocuments(@TempDir Path dir) throws IOException {
        Random r = new Random(4_12_2026L);
        for (int i = 0; i < 500; i++) {
            String text = value(r, 0);
            assertSame(MAPPER.readTree(text), JsonTrees.read(text), text);
            Path f = dir.resolve("d.json");
            Files.writeString(f, text);
            assertSame(MAPPER.readTree(f.toFile()), JsonTrees.read(f.toFile()), text);
        }
    }

    private static String value(Random r, int depth) {
        int kind = r.nextInt(depth > 4 ? 6 : 8);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> r.nextBoolean() ? "true" : "false";
            case 2 -> String.valueOf(r.nextInt(5) == 0 ? r.nextLong() : r.nextInt(1000) - 500);
            case 3 -> String.valueOf((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20));
            case 4 -> r.nextBoolean() ? "99999999999999999999" + r.nextInt(10) : "1e" + (r.nextInt(700) - 350);
            case 5 -> "\"" + List.of("", "ab", "\\n", "\u4e2d", "\\u0041", "\\\"", "x y").get(r.nextInt(7)) + "\"";
            case 6 -> {
                List<String> items = new ArrayList<>();
                for (int k = r.nextInt(4); k > 0; k--) items.add(value(r, depth + 1));
                yield "[" + String.join(",", items) + "]";
            }
            default -> {
                List<String> members = new ArrayList<>();
                for (int k = r.nextInt(4); k > 0; k--) members.add("\"" + "abc".charAt(r.nextInt(3)) + "\":" + value(r, depth + 1));
                yield "{" + String.join(", ", members) + "}";
            }
        };
    }

    /** The same tree: equal values, the same node class at every place, members in the same order. */
    private static void assertSame(JsonNode expected, JsonNode actual, String what) {
        assertEquals(expected, actual, what);
        assertEquals(expected.getClass(), actual.getClass(), what);
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> a = expected.fields(), b = actual.fields();
            while (a.hasNext()) {
                var x = a.next();
                var y = b.next();
                assertEquals(x.getKey(), y.getKey(), what);
                assertSame(x.getValue(), y.getValue(), what);
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) assertSame(expected.get(i), actual.get(i), what);
        }
    }
}
