package cn.paiban.io;

import cn.paiban.i18n.Msg;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A JSON value with the file it came from and its field path ({@code sections[2].articles[0]}):
 * everything needed to turn a wrong value into a precise {@link IssueFormatException}.
 */
record Located(Path file, String path, JsonTree node) {

    IssueFormatException error(String problem) {
        return new IssueFormatException(file, node.line(), node.column(), path, problem);
    }

    Located child(String name, JsonTree value) {
        return new Located(file, path.isEmpty() ? name : path + "." + name, value);
    }

    String string() throws IssueFormatException {
        if (node instanceof JsonTree.Str s) return s.value();
        throw error(Msg.get("io.json.expected-string", node.kind()));
    }

    boolean bool() throws IssueFormatException {
        if (node instanceof JsonTree.Bool b) return b.value();
        throw error(Msg.get("io.json.expected-boolean", node.kind()));
    }

    int integer() throws IssueFormatException {
        if (!(node instanceof JsonTree.Num n)) throw error(Msg.get("io.json.expected-integer", node.kind()));
        try {
            return n.value().intValueExact(); // 2023.0 is fine, 2023.5 and 1e40 are not
        } catch (ArithmeticException e) {
            String v = n.value().abs().compareTo(java.math.BigDecimal.valueOf(1_000_000_000L)) > 0 ? n.value().toString()
                    : n.value().toPlainString(); // never a billion digits
            throw error(Msg.get("io.json.expected-integer-value", v.length() > 60 ? v.substring(0, 60) + "…" : v));
        }
    }

    LocalDate date() throws IssueFormatException {
        String s = string();
        LocalDate d = isoDate(s);
        if (d == null) throw error(Msg.get("io.json.expected-date", s));
        return d;
    }

    /**
     * {@code s} read as {@link LocalDate#parse(CharSequence)} reads it (ISO, 2023-08-28), or null where that refuses it.
     * The form every issue has, a four-digit year and two-digit month and day in ASCII digits, is read here: the
     * first LocalDate.parse of a process builds the JDK's ISO formatters and its parser (~8 ms of a cold export's main
     * thread) for one date. Anything else (a sign, a longer year, other digits) goes to LocalDate.parse as before.
     */
    static LocalDate isoDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4), month = digits(s, 5, 7), day = digits(s, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                // the ISO formatter resolves strictly: a month or day out of range is refused, not rolled over
                boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);   // not Year.isLeap: Year's class builds a parser
                if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).length(leap)) {
                    return null;
                }
                return LocalDate.of(year, month, day);
            }
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The number written by the ASCII digits {@code s[from, to)}, or -1 when one of them is not such a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    List<Located> items() throws IssueFormatException {
        if (!(node instanceof JsonTree.Arr a)) throw error(Msg.get("io.json.expected-array", node.kind()));
        List<Located> out = new ArrayList<>(a.items().size());
        for (int i = 0; i < a.items().size(); i++) out.add(new Located(file, path + "[" + i + "]", a.items().get(i)));
        return out;
    }

    List<String> strings() throws IssueFormatException {
        List<String> out = new ArrayList<>();
        for (Located item : items()) out.add(item.string());
        return out;
    }

    /** This value as an object whose field names must all be in {@code known}. */
    Fields fields(String... known) throws IssueFormatException {
        if (!(node instanceof JsonTree.Obj o)) throw error(Msg.get("io.json.expected-object", node.kind()));
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(known));
        for (JsonTree.Member m : o.members().values()) {
            if (!allowed.contains(m.name())) {
                String where = path.isEmpty() ? m.name() : path + "." + m.name();
                throw new IssueFormatException(file, m.line(), m.column(), where,
                        Msg.get("io.json.unknown-field", m.name(), String.join(", ", allowed)));
            }
        }
        return new Fields(this, o);
    }

    /** The fields of an object, read by name. An explicit JSON null counts as absent. */
    record Fields(Located at, JsonTree.Obj obj) {

        /** The field, or null when it is absent or null. */
        Located get(String name) {
            JsonTree.Member m = obj.members().get(name);
            if (m == null || m.value() instanceof JsonTree.Null) return null;
            return at.child(name, m.value());
        }

        Located require(String name) throws IssueFormatException {
            Located v = get(name);
            if (v == null) {
                String where = at.path().isEmpty() ? name : at.path() + "." + name;
                throw new IssueFormatException(at.file(), obj.line(), obj.column(), where, Msg.get("io.json.missing-field", name));
            }
            return v;
        }

        String string(String name) throws IssueFormatException { return require(name).string(); }

        String optString(String name) throws IssueFormatException {
            Located v = get(name);
            return v == null ? null : v.string();
        }

        int integer(String name) throws IssueFormatException { return require(name).integer(); }

        Integer optInteger(String name) throws IssueFormatException {
            Located v = get(name);
            return v == null ? null : v.integer();
        }

        /** An array field; absent means empty. */
        List<Located> list(String name) throws IssueFormatException {
            Located v = get(name);
            return v == null ? List.of() : v.items();
        }

        List<String> strings(String name) throws IssueFormatException {
            Located v = get(name);
            return v == null ? List.of() : v.strings();
        }
    }
}
