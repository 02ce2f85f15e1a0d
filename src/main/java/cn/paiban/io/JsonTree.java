package cn.paiban.io;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON document that remembers where each value and field name stood in its file, so that
 * checks made after parsing (missing title, duplicate id, a plan naming a missing article) can still
 * name the line and column. Jackson's own tree forgets locations.
 */
sealed interface JsonTree {

    /** 1-based line and column of the value's first character. */
    int line();

    int column();

    /** What the value is, in words for error messages ("a string", "an array"). */
    String kind();

    record Obj(Map<String, Member> members, int line, int column) implements JsonTree {
        public Obj {
            members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        public String kind() { return cn.paiban.i18n.Msg.get("io.json.kind.object"); }

        /** A copy with one field's value replaced, keeping the field's place and location. */
        public Obj with(String name, JsonTree value) {
            Map<String, Member> copy = new LinkedHashMap<>(members);
            Member old = copy.get(name);
            copy.put(name, old == null ? new Member(name, line, column, value)
                    : new Member(name, old.line(), old.column(), value));
            return new Obj(copy, line, column);
        }
    }

    /** A field of an object: where its name stood, and its value. */
    record Member(String name, int line, int column, JsonTree value) {}

    record Arr(List<JsonTree> items, int line, int column) implements JsonTree {
        public Arr {
            items = List.copyOf(items);
        }

        public String kind() { return cn.paiban.i18n.Msg.get("io.json.kind.array"); }
    }

    record Str(String value, int line, int column) implements JsonTree {
        public String kind() { return cn.paiban.i18n.Msg.get("io.json.kind.string"); }
    }

    record Num(BigDecimal value, int line, int column) implements JsonTree {
        public String kind() { return cn.paiban.i18n.Msg.get("io.json.kind.number"); }
    }

    record Bool(boolean value, int line, int column) implements JsonTree {
        public String kind() { return value ? "true" : "false"; }
    }

    record Null(int line, int column) implements JsonTree {
        public String kind() { return "null"; }
    }
}
