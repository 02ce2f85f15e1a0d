package cn.paiban.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Map;

/**
 * Prints a value tree (Map, List, {@link Inline}, String, Integer, Boolean) as JSON in Paiban's one
 * canonical layout: two-space indent, {@code "key": value}, one array element per line, LF line ends
 * and a final newline. The output is a function of the value alone, so save → load → save is
 * byte-identical. Non-ASCII text is written as itself (UTF-8), not as \\u escapes, to stay readable.
 */
final class JsonPrinter {
    /** A short array printed on one line, e.g. a table row or a list of names. */
    record Inline(List<?> items) {}

    private final StringBuilder out = new StringBuilder();

    private JsonPrinter() {}

    static String print(Object value) {
        JsonPrinter p = new JsonPrinter();
        p.value(value, 0);
        return p.out.append('\n').toString();
    }

    private void value(Object v, int indent) {
        if (v instanceof Map<?, ?> map) object(map, indent);
        else if (v instanceof List<?> list) array(list, indent);
        else if (v instanceof Inline inline) inline(inline.items());
        else if (v instanceof String s) string(s);
        else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) out.append(v);
        else throw new IllegalArgumentException("cannot print " + (v == null ? "null" : v.getClass().getName()));
    }

    private void object(Map<?, ?> map, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            pad(indent + 2);
            string((String) e.getKey());
            out.append(": ");
            value(e.getValue(), indent + 2);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        pad(indent);
        out.append('}');
    }

    private void array(List<?> list, int indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            pad(indent + 2);
            value(list.get(i), indent + 2);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        pad(indent);
        out.append(']');
    }

    private void inline(List<?> items) {
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(", ");
            string((String) items.get(i));
        }
        out.append(']');
    }

    private void string(String s) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, out);
        out.append('"');
    }

    private void pad(int n) {
        out.append(" ".repeat(n));
    }
}
