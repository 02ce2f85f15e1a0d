package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Colophon;
import cn.paiban.model.EditorialBoard;
import cn.paiban.model.Issue;
import cn.paiban.model.Journal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issue's own facts as the office edits them (本期信息): the journal's name, year, 期号 and 总期号, the publication
 * date, the slogans, the 版权页, the 编辑委员会 and the page count (页数), each a named field with a text value. The editor's form and
 * {@code paiban info} both read the fields here and change them through {@link #edit}, so they refuse the same
 * values with the same words. The change is one undo step ({@link SetFrontMatter}).
 */
public final class IssueFacts {
    /** A field: its key ({@code date}, the command line's name) and whether its text holds several lines. */
    public record Field(String key, boolean lines) {
        /** What the office calls it (出版日期), in the language in use. */
        public String label() { return Msg.get("facts.field." + key); }

        /** How its text is written, when it has a form of its own (2023-10-25; 主任：武跃飞); empty otherwise. */
        public String hint() { return Msg.has("facts.hint." + key) ? Msg.get("facts.hint." + key) : ""; }
    }

    /** A value refused: which field, and why in the user's words. Nothing of the edit is applied. */
    public static final class Refused extends IllegalArgumentException {
        private final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() { return field; }
    }

    private static final List<Field> FIELDS = List.of(
            new Field("name", false), new Field("pinyin", false), new Field("year", false), new Field("number", false),
            new Field("total", false), new Field("frequency", false), new Field("date", false), new Field("pages", false),
            new Field("slogans", true),
            new Field("supervisor", false), new Field("sponsor", false), new Field("editor", false),
            new Field("audience", false), new Field("address", false), new Field("postcode", false), new Field("phone", false),
            new Field("website", false), new Field("email", false), new Field("printer", false), new Field("print-run", false),
            new Field("permit", false), new Field("distribution", false), new Field("board", true), new Field("board-note", false));

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    /** Names of the board are separated by 、 or commas; spaces inside a name are the printer's padding (王 虎). */
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、，,；;]+");

    private IssueFacts() {}

    public static List<Field> fields() { return FIELDS; }

    /** The field a user means by {@code name}: its key, or its label in either language (出版日期, Publication date). */
    public static Optional<Field> field(String name) {
        String n = name.strip();
        for (Field f : FIELDS) {
            if (f.key().equalsIgnoreCase(n) || f.label().equals(n)
                    || Msg.in("zh", "facts.field." + f.key()).equals(n)
                    || Msg.in("en", "facts.field." + f.key()).equalsIgnoreCase(n)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** Every field's text for this issue, in the fields' order. */
    public static Map<String, String> values(Issue issue) {
        Journal j = issue.journal();
        Colophon c = j.colophon();
        EditorialBoard b = issue.board();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", j.name());
        v.put("pinyin", text(j.pinyin()));
        v.put("year", String.valueOf(j.year()));
        v.put("number", String.valueOf(j.issueNumber()));
        v.put("total", String.valueOf(j.totalNumber()));
        v.put("frequency", text(j.frequency()));
        v.put("date", j.publicationDate() == null ? "" : j.publicationDate().toString());
        Integer pages = issue.plan().pages();
        v.put("pages", pages == null ? "" : String.valueOf(pages));
        v.put("slogans", String.join("\n", j.slogans()));
        v.put("supervisor", text(c.supervisor()));
        v.put("sponsor", text(c.sponsor()));
        v.put("editor", text(c.editor()));
        v.put("audience", text(c.audience()));
        v.put("address", text(c.address()));
        v.put("postcode", text(c.postcode()));
        v.put("phone", text(c.phone()));
        v.put("website", text(c.website()));
        v.put("email", text(c.email()));
        v.put("printer", text(c.printer()));
        v.put("print-run", text(c.printRun()));
        v.put("permit", text(c.permit()));
        v.put("distribution", text(c.distribution()));
        List<String> roles = new ArrayList<>();
        for (EditorialBoard.Role r : b.roles()) roles.add(r.title() + "：" + String.join("、", r.names()));
        v.put("board", String.join("\n", roles));
        v.put("board-note", text(b.note()));
        return v;
    }

    /**
     * The edit that gives the issue these texts (keys of {@link #fields}; fields not named keep theirs), or empty
     * when nothing changes.
     *
     * @throws Refused for the first value that cannot be taken, naming the field; nothing is applied then
     */
    public static Optional<EditCommand> edit(Issue issue, Map<String, String> changes) {
        Map<String, String> v = values(issue);
        for (Map.Entry<String, String> e : changes.entrySet()) {
            if (!v.containsKey(e.getKey())) throw new Refused(e.getKey(), Msg.get("facts.unknown", e.getKey()));
            v.put(e.getKey(), e.getValue() == null ? "" : e.getValue());
        }
        Journal journal = journal(v);
        EditorialBoard board = new EditorialBoard(roles(v.get("board")), optional(v.get("board-note")));
        Integer pages = pages(v.get("pages"));
        // compared through the same reading, so blank and absent (not printed either way) are the same
        boolean journalChanged = !journal.equals(journal(values(issue))), boardChanged = !board.equals(issue.board());
        boolean pagesChanged = !java.util.Objects.equals(pages, issue.plan().pages());
        if (!journalChanged && !boardChanged && !pagesChanged) return Optional.empty();
        return Optional.of(SetFrontMatter.facts(journalChanged ? journal : null, boardChanged ? board : null,
                pagesChanged ? new SetFrontMatter.Extent(pages) : null));
    }

    /** The journal facts these texts give; the first value that cannot be taken is refused, naming its field. */
    private static Journal journal(Map<String, String> v) {
        String name = v.get("name").strip();
        if (name.isEmpty()) throw refused("name", Msg.get("facts.empty"));
        Journal journal = new Journal(name, optional(v.get("pinyin")), number(v, "year", 1900, 2200),
                number(v, "number", 1, 99), number(v, "total", 1, 99_999), optional(v.get("frequency")), date(v.get("date")),
                new Colophon(optional(v.get("supervisor")), optional(v.get("sponsor")), optional(v.get("editor")),
                        optional(v.get("audience")), optional(v.get("address")), optional(v.get("postcode")),
                        optional(v.get("phone")), optional(v.get("website")), optional(v.get("email")),
                        optional(v.get("printer")), optional(v.get("print-run")), optional(v.get("permit")),
                        optional(v.get("distribution"))),
                lines(v.get("slogans")));
        if (journal.totalNumber() < journal.issueNumber()) {
            throw refused("total", Msg.get("facts.total-below-number", journal.totalNumber(), journal.issueNumber()));
        }
        return journal;
    }

    private static int number(Map<String, String> v, String key, int min, int max) {
        String s = v.get(key).strip();
        int n;
        try {
            n = Integer.parseInt(toHalfWidth(s));
        } catch (NumberFormatException e) {
            throw refused(key, Msg.get("facts.not-number", s));
        }
        if (n < min || n > max) throw refused(key, Msg.get("facts.out-of-range", n, min, max));
        return n;
    }

    /** The issue's page count (页数): empty for none fixed, else a multiple of 4, as the printer binds whole sheets. */
    static Integer pages(String text) {
        if (text.isBlank()) return null;
        int n = number(Map.of("pages", text), "pages", 4, 9996);
        if (n % 4 != 0) throw refused("pages", Msg.get("facts.pages-not-four", n));
        return n;
    }

    /** 2023-10-25, 2023/10/25, 2023.10.25 or 2023年10月25日 (full-width digits too); empty is no date. */
    static LocalDate date(String text) {
        String s = toHalfWidth(text.strip());
        if (s.isEmpty()) return null;
        Matcher m = DATE.matcher(s);
        if (!m.matches()) throw refused("date", Msg.get("facts.bad-date", text.strip()));
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw refused("date", Msg.get("facts.bad-date", text.strip()));
        }
    }

    /** One role a line, 主任：武跃飞 or 委员：王虎、李四 (a half-width colon will do); blank lines are skipped. */
    static List<EditorialBoard.Role> roles(String text) {
        List<EditorialBoard.Role> roles = new ArrayList<>();
        String[] rows = text.split("\\R", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty()) continue;
            int colon = indexOfColon(row);
            if (colon <= 0) throw refused("board", Msg.get("facts.board-line", i + 1, row));
            String title = row.substring(0, colon).replaceAll("\\s+", "");
            List<String> names = new ArrayList<>();
            for (String n : NAME_SEPARATORS.split(row.substring(colon + 1))) {
                String name = n.replaceAll("[\\s\u3000]+", "");
                if (!name.isEmpty()) names.add(name);
            }
            roles.add(new EditorialBoard.Role(title, names));
        }
        return roles;
    }

    private static int indexOfColon(String row) {
        int full = row.indexOf('：'), half = row.indexOf(':');
        if (full < 0) return half;
        return half < 0 ? full : Math.min(full, half);
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\\R")) if (!l.isBlank()) out.add(l.strip());
        return out;
    }

    private static String optional(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String s) { return s == null ? "" : s; }

    private static String toHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) b.append(ch >= '０' && ch <= '９' ? (char) (ch - '０' + '0') : ch);
        return b.toString();
    }

    private static Refused refused(String key, String why) {
        return new Refused(key, Msg.get("facts.refused", Msg.get("facts.field." + key), why));
    }
}
