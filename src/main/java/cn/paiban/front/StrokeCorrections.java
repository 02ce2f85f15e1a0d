package cn.paiban.front;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The office's corrections to ICU's stroke counts, kept beside the templates in front/strokes.json:
 * <pre>{ "strokes": { "连": 7, "黄": 11 }, "surnames": { "单于飞": "单" } }</pre>
 * A malformed file is a {@link TemplateException} naming the file, the line and the problem.
 */
final class StrokeCorrections {
    static final String FILE = "strokes.json";

    private StrokeCorrections() {}

    /** The file's text for the message about its syntax (which names the characters it found); empty when unreadable. */
    private static char[] textOf(Path file) {
        try {
            return Files.readString(file).toCharArray();
        } catch (IOException | RuntimeException e) {
            return new char[0];
        }
    }

    static StrokeOrder load(Path frontDir, StrokeOrder base) {
        Path file = frontDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return base;
        JsonNode root;
        try {
            root = cn.paiban.json.JsonTrees.read(file.toFile());
        } catch (JsonProcessingException e) {
            throw new TemplateException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    cn.paiban.json.JsonSyntax.explain(e, null, textOf(file)));
        } catch (IOException e) {
            throw new TemplateException(file, 0, cn.paiban.i18n.Msg.get("limits.template.unreadable", e.getMessage()));
        }
        StrokeOrder order = base;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("strokes").fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 1 || e.getKey().codePointCount(0, e.getKey().length()) != 1) {
                throw new TemplateException(file, 0, "strokes: " + cn.paiban.i18n.Msg.get("limits.template.strokes", e.getKey(),
                        String.valueOf(e.getValue())));
            }
            order = order.withStrokes(e.getKey(), e.getValue().asInt());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("surnames").fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isTextual() || !e.getKey().startsWith(e.getValue().asText()) || e.getValue().asText().isEmpty()) {
                throw new TemplateException(file, 0, "surnames: '" + e.getKey() + "' must map to the surname it starts with,"
                        + " not " + e.getValue());
            }
            order = order.withSurname(e.getKey(), e.getValue().asText());
        }
        return order;
    }
}
