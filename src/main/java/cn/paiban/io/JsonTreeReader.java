package cn.paiban.io;

import cn.paiban.i18n.Msg;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON file into a {@link JsonTree}: strict UTF-8, strict JSON (no comments, no trailing
 * commas, no duplicate field names), every problem as an {@link IssueFormatException} with line,
 * column and the field path.
 */
final class JsonTreeReader {
    /** Large enough for any real article (a 10 MB paragraph is fine), small enough to refuse garbage. */
    private static final int MAX_STRING_CHARS = 64 * 1024 * 1024;

    /** Larger than any issue or article file should be; checked before the file is read. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Page numbers, years and sizes have a few digits; a number is at most this long as written. */
    private static final int MAX_NUMBER_CHARS = 40;
    private static final int MAX_NUMBER_DIGITS = 400;
    /** Issue files are a few levels deep; a deeper one is garbage (or an attack on the stack). */
    private static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS)
                    .maxNestingDepth(MAX_DEPTH).build())
            .build();

    private final Path file;
    private JsonParser parser;
    /** The path of the value being read, for errors Jackson raises mid-value. */
    private String path = "";

    private JsonTreeReader(Path file) {
        this.file = file;
    }

    /** Reads {@code file}, whose root must be a JSON object. */
    static JsonTree.Obj read(Path file) throws IssueFormatException, IOException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new IssueFormatException(file, 0, 0, null, Msg.get("io.file.too-large", size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IssueFormatException(file, 0, 0, null, Msg.get("io.file.not-found"));
        } catch (AccessDeniedException e) {
            throw new IssueFormatException(file, 0, 0, null, Msg.get("io.file.denied"));
        } catch (IOException e) {
            throw new IssueFormatException(file, 0, 0, null, Msg.get("io.file.unreadable", e.getMessage()));
        }
        return parse(StrictUtf8.decode(bytes, file), file);
    }

    static JsonTree.Obj parse(String text, Path file) throws IssueFormatException, IOException {
        if (text.isBlank()) throw new IssueFormatException(file, 1, 1, null, Msg.get("io.json.empty"));
        char[] chars = text.toCharArray();
        JsonTreeReader reader = new JsonTreeReader(file);
        try (JsonParser p = FACTORY.createParser(chars, 0, chars.length)) {
            reader.parser = p;
            try {
                JsonToken first = p.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    throw reader.error("", Msg.get("io.json.top-not-object", describe(first)));
                }
                JsonTree.Obj root = (JsonTree.Obj) reader.value("");
                JsonToken after = p.nextToken();
                if (after != null) throw reader.error("", Msg.get("io.json.after-end", describe(after)));
                return root;
            } catch (JsonProcessingException e) {
                // explained while the parser is open: its state says what it was reading
                // Limit violations (nesting depth, string length) carry no location; the parser knows where it stopped.
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                throw new IssueFormatException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                        shortened(reader.path), cn.paiban.json.JsonSyntax.explain(e, p, chars));
            }
        }
    }

    private JsonTree value(String at) throws IOException, IssueFormatException {
        path = at;
        JsonLocation loc = parser.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        JsonToken t = parser.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, JsonTree.Member> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation nameLoc = parser.currentTokenLocation();
                    String childPath = at.isEmpty() ? name : at + "." + name;
                    if (members.containsKey(name)) {
                        throw new IssueFormatException(file, nameLoc.getLineNr(), nameLoc.getColumnNr(), childPath,
                                Msg.get("io.json.field-twice", name, members.get(name).line()));
                    }
                    parser.nextToken();
                    JsonTree v = value(childPath);
                    members.put(name, new JsonTree.Member(name, nameLoc.getLineNr(), nameLoc.getColumnNr(), v));
                    path = at;
                }
                return new JsonTree.Obj(members, line, col);
            }
            case START_ARRAY -> {
                List<JsonTree> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(at + "[" + items.size() + "]"));
                    path = at;
                }
                return new JsonTree.Arr(items, line, col);
            }
            case VALUE_STRING -> {
                return new JsonTree.Str(parser.getText(), line, col);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                // bounded precision: 1E999999999 is one short token but a billion digits once written out
                String text = parser.getText();
                if (text.length() > MAX_NUMBER_CHARS) throw error(at, Msg.get("io.json.number-long", text.length(), MAX_NUMBER_CHARS));
                java.math.BigDecimal v = parser.getDecimalValue();
                if (Math.abs((long) v.precision() - v.scale()) > MAX_NUMBER_DIGITS || Math.abs(v.scale()) > MAX_NUMBER_DIGITS) {
                    throw error(at, Msg.get("io.json.number-range", text, MAX_NUMBER_DIGITS));
                }
                return new JsonTree.Num(v, line, col);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsonTree.Bool(t == JsonToken.VALUE_TRUE, line, col);
            }
            case VALUE_NULL -> {
                return new JsonTree.Null(line, col);
            }
            default -> throw error(at, Msg.get("io.json.unexpected", describe(t)));
        }
    }

    private IssueFormatException error(String at, String problem) {
        JsonLocation loc = parser.currentTokenLocation();
        return new IssueFormatException(file, loc.getLineNr(), loc.getColumnNr(), at, problem);
    }

    private static String describe(JsonToken t) {
        if (t == null) return Msg.get("io.json.kind.end");
        return switch (t) {
            case START_ARRAY -> Msg.get("io.json.kind.array");
            case START_OBJECT -> Msg.get("io.json.kind.object");
            case VALUE_STRING -> Msg.get("io.json.kind.string");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Msg.get("io.json.kind.number");
            case VALUE_TRUE, VALUE_FALSE -> Msg.get("io.json.kind.boolean");
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    /** A path a hundred thousand levels deep helps nobody; its start says where it went wrong. */
    private static String shortened(String path) {
        return path.length() <= 200 ? path : path.substring(0, 200) + "…";
    }
}
