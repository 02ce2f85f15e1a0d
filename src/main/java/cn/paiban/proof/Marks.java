package cn.paiban.proof;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueFormatException;
import cn.paiban.io.JsonFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * All proofreaders' marks of an issue, merged from {@code proofs/<round>/<reader>.json}: one file per round and
 * proofreader, so proofreaders working on copies of the folder or on a shared drive never overwrite each other.
 * Immutable; {@link #with} returns a changed copy. Files are read strictly (a wrong value names file, line and field, as
 * for issue.json; an unknown kind is refused) and written atomically, one (round, reader) group at a time.
 *
 * <pre>
 * { "schemaVersion": 1, "round": 1, "reader": "王芳",
 *   "marks": [ { "id": "1-王芳-3", "kind": "replace", "text": "账户", "colour": "#c0392b", "status": "open",
 *                "created": "2026-12-04T09:00:00Z",
 *                "anchor": { "article": "a01", "block": 4, "start": 12, "end": 14, "quote": "帐户",
 *                            "before": "…", "after": "…" },
 *                "replies": [ { "author": "李编辑", "text": "已改", "time": "…" } ] } ] }
 * </pre>
 * A 调 has a second range under {@code "second"}; {@code "text"} is there for 改, 增 and 疑 only.
 */
public final class Marks {
    public static final String DIR = "proofs";
    private static final int SCHEMA = 1;
    private static final Pattern ROUND = Pattern.compile("[1-9][0-9]{0,3}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final List<Mark> marks;

    private Marks(List<Mark> marks) { this.marks = List.copyOf(marks); }

    public static Marks none() { return new Marks(List.of()); }

    public static Marks of(List<Mark> marks) { return new Marks(marks); }

    /** Every mark, by round, then in the order the files list them (files by name). */
    public List<Mark> all() { return marks; }

    public Optional<Mark> get(String id) { return marks.stream().filter(m -> m.id().equals(id)).findFirst(); }

    public List<Mark> ofRound(int round) { return marks.stream().filter(m -> m.round() == round).toList(); }

    /** The highest round any mark belongs to, 0 without marks. */
    public int lastRound() { return marks.stream().mapToInt(Mark::round).max().orElse(0); }

    /** These marks with {@code m} added, or in place of the mark with its id. */
    public Marks with(Mark m) {
        List<Mark> out = new ArrayList<>(marks);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).id().equals(m.id())) {
                out.set(i, m);
                return new Marks(out);
            }
        }
        out.add(m);
        return new Marks(out);
    }

    public Marks without(String id) {
        return new Marks(marks.stream().filter(m -> !m.id().equals(id)).toList());
    }

    /** A fresh id for the next mark of {@code reader} in {@code round}: round-reader-n, unique in the issue. */
    public String nextId(int round, String reader) {
        String prefix = round + "-" + ReaderNames.fileName(reader) + "-";
        int n = 0;
        for (Mark m : marks) {
            if (m.id().startsWith(prefix)) {
                try {
                    n = Math.max(n, Integer.parseInt(m.id().substring(prefix.length())));
                } catch (NumberFormatException other) {
                    // an id made otherwise: cannot collide with a number
                }
            }
        }
        return prefix + (n + 1);
    }

    /** The marks file of {@code reader} in {@code round}, relative to the issue folder. */
    public static String relPath(int round, String reader) {
        return DIR + "/" + round + "/" + ReaderNames.fileName(reader) + ".json";
    }

    // ---- loading ----

    /** Every marks file of every round, merged; none when the folder has no proofs/. */
    public static Marks load(Path issueDir) throws IssueFormatException, IOException {
        Path dir = issueDir.resolve(DIR);
        if (!Files.isDirectory(dir)) return none();
        List<Path> rounds = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> Files.isDirectory(p) && ROUND.matcher(p.getFileName().toString()).matches()).forEach(rounds::add);
        }
        rounds.sort(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString())));
        List<Mark> all = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path r : rounds) {
            int round = Integer.parseInt(r.getFileName().toString());
            List<Path> files = new ArrayList<>();
            try (var s = Files.list(r)) {
                s.filter(p -> {
                    String n = p.getFileName().toString();
                    return n.endsWith(".json") && !n.startsWith(".");
                }).forEach(files::add);
            }
            files.sort(Comparator.comparing(p -> p.getFileName().toString()));
            for (Path f : files) {
                String rel = DIR + "/" + round + "/" + f.getFileName();
                for (Mark m : readFile(f, rel, round, seen)) all.add(m);
            }
        }
        return new Marks(all);
    }

    /** The marks in {@code reader}'s file of {@code round} as it is on disk now; none when there is no such file. */
    public static List<Mark> loadFile(Path issueDir, int round, String reader) throws IssueFormatException, IOException {
        String rel = relPath(round, reader);
        Path f = issueDir.resolve(rel);
        if (!Files.exists(f)) return List.of();
        return readFile(f, rel, round, new HashMap<>());
    }

    private static List<Mark> readFile(Path file, String rel, int round, Map<String, Path> seen) throws IssueFormatException, IOException {
        JsonFile.Fields f = JsonFile.read(file, rel).fields("schemaVersion", "round", "reader", "marks");
        int version = f.integer("schemaVersion");
        if (version != SCHEMA) throw f.require("schemaVersion").error(Msg.get("io.schema.expected", SCHEMA, version));
        if (f.integer("round") != round) throw f.require("round").error(Msg.get("proof.file.round", f.integer("round"), round));
        String reader = f.string("reader");
        if (reader.isBlank()) throw f.require("reader").error(Msg.get("proof.file.reader-blank"));
        String expected = ReaderNames.fileName(reader) + ".json";
        if (!expected.equals(file.getFileName().toString())) {
            throw f.require("reader").error(Msg.get("proof.file.reader-name", reader, expected));
        }
        List<Mark> out = new ArrayList<>();
        for (JsonFile.Value v : f.list("marks")) {
            Mark m = mark(v, round, reader);
            Path other = seen.putIfAbsent(m.id(), file);
            if (other != null) throw v.fields(MARK_FIELDS).require("id").error(Msg.get("proof.file.duplicate-id", m.id(), other));
            out.add(m);
        }
        return out;
    }

    private static final String[] MARK_FIELDS = {"id", "kind", "text", "colour", "status", "created", "anchor", "second", "replies"};

    private static Mark mark(JsonFile.Value v, int round, String reader) throws IssueFormatException {
        JsonFile.Fields f = v.fields(MARK_FIELDS);
        String id = f.string("id");
        if (id.isBlank()) throw f.require("id").error(Msg.get("proof.file.id-blank"));
        String kindName = f.string("kind");
        MarkKind kind = MarkKind.ofJson(kindName);
        if (kind == null) {
            throw f.require("kind").error(Msg.get("proof.file.kind", kindName,
                    String.join(", ", java.util.Arrays.stream(MarkKind.values()).map(MarkKind::json).toList())));
        }
        String text = f.optString("text");
        if (kind.hasText() && (text == null || text.isEmpty())) throw f.require("kind").error(Msg.get("proof.file.text-missing", kind.display()));
        if (!kind.hasText() && text != null) throw f.require("text").error(Msg.get("proof.file.text-extra", kind.display()));
        String colour = f.string("colour");
        if (!COLOUR.matcher(colour).matches()) throw f.require("colour").error(Msg.get("proof.file.colour", colour));
        String statusName = f.string("status");
        MarkStatus status = MarkStatus.ofJson(statusName);
        if (status == null) throw f.require("status").error(Msg.get("proof.file.status", statusName));
        Instant created = instant(f.require("created"));
        Anchor anchor = anchor(f.require("anchor"));
        JsonFile.Value sv = f.get("second");
        if ((kind == MarkKind.SWAP) != (sv != null)) {
            throw (sv == null ? f.require("kind") : sv).error(Msg.get("proof.file.second", kind.display()));
        }
        Anchor second = sv == null ? null : anchor(sv);
        List<Reply> replies = new ArrayList<>();
        for (JsonFile.Value rv : f.list("replies")) {
            JsonFile.Fields r = rv.fields("author", "text", "time");
            replies.add(new Reply(r.string("author"), r.string("text"), instant(r.require("time"))));
        }
        return new Mark(id, round, reader, kind, anchor, second, text, colour, status, replies, created);
    }

    private static Anchor anchor(JsonFile.Value v) throws IssueFormatException {
        JsonFile.Fields f = v.fields("article", "block", "start", "end", "quote", "before", "after");
        int block = f.integer("block"), start = f.integer("start"), end = f.integer("end");
        if (block < -1) throw f.require("block").error(Msg.get("proof.file.block", block));
        if (start < 0) throw f.require("start").error(Msg.get("proof.file.offset", start));
        if (end < start) throw f.require("end").error(Msg.get("proof.file.end", end, start));
        String quote = f.string("quote");
        if (quote.length() != end - start) throw f.require("quote").error(Msg.get("proof.file.quote", quote.length(), end - start));
        String before = f.optString("before"), after = f.optString("after");
        return new Anchor(f.string("article"), block, start, end, quote, before, after);
    }

    private static Instant instant(JsonFile.Value v) throws IssueFormatException {
        String s = v.string();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw v.error(Msg.get("proof.file.time", s));
        }
    }

    // ---- saving ----

    /** Writes the file of every (round, reader) that has marks; unchanged files are left alone. */
    public void save(Path issueDir) throws IOException {
        Map<String, int[]> groups = new LinkedHashMap<>();
        Map<String, String> readers = new LinkedHashMap<>();
        for (Mark m : marks) {
            String key = m.round() + "\u0000" + m.reader();
            groups.putIfAbsent(key, new int[] {m.round()});
            readers.putIfAbsent(key, m.reader());
        }
        for (var e : groups.entrySet()) save(issueDir, e.getValue()[0], readers.get(e.getKey()));
    }

    /** Writes {@code reader}'s marks of {@code round} (an empty list when they have none left). */
    public void save(Path issueDir, int round, String reader) throws IOException {
        List<Object> items = new ArrayList<>();
        for (Mark m : marks) if (m.round() == round && m.reader().equals(reader)) items.add(json(m));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA);
        root.put("round", round);
        root.put("reader", reader);
        root.put("marks", items);
        JsonFile.save(issueDir, relPath(round, reader), root);
    }

    private static Map<String, Object> json(Mark m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", m.id());
        o.put("kind", m.kind().json());
        if (m.text() != null) o.put("text", m.text());
        o.put("colour", m.colour());
        o.put("status", m.status().json());
        o.put("created", m.created().toString());
        o.put("anchor", json(m.anchor()));
        if (m.second() != null) o.put("second", json(m.second()));
        List<Object> replies = new ArrayList<>();
        for (Reply r : m.replies()) {
            Map<String, Object> ro = new LinkedHashMap<>();
            ro.put("author", r.author());
            ro.put("text", r.text());
            ro.put("time", r.time().toString());
            replies.add(ro);
        }
        o.put("replies", replies);
        return o;
    }

    private static Map<String, Object> json(Anchor a) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("article", a.articleId());
        o.put("block", a.block());
        o.put("start", a.start());
        o.put("end", a.end());
        o.put("quote", a.quote());
        o.put("before", a.before());
        o.put("after", a.after());
        return o;
    }
}
