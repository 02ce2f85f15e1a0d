package cn.paiban.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code proofs/dismissed.json} of an issue folder: the proofreading findings the editor dismissed (忽略), each as
 * rule, article and quoted text. Read strictly (unknown fields, wrong types name file, line and field, as for
 * issue.json), written in the canonical JSON layout and atomically, the old version kept under .backup/proofs/.
 */
public final class DismissedFile {
    public static final String PATH = "proofs/dismissed.json";
    private static final int SCHEMA = 1;

    public record Entry(String rule, String article, String quote) {}

    private DismissedFile() {}

    public static Path file(Path issueDir) { return issueDir.resolve(PATH); }

    /** The dismissed entries, empty when the file does not exist. */
    public static List<Entry> load(Path issueDir) throws IssueFormatException, IOException {
        Path file = file(issueDir);
        if (!Files.exists(file)) return List.of();
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IssueFormatException(file, 0, 0, null, cn.paiban.i18n.Msg.get("limits.file.not-regular", PATH));
        }
        Located root = new Located(file, "", JsonTreeReader.read(file));
        Located.Fields f = root.fields("schemaVersion", "dismissed");
        int version = f.integer("schemaVersion");
        if (version != SCHEMA) throw f.require("schemaVersion").error(cn.paiban.i18n.Msg.get("io.schema.expected", SCHEMA, version));
        List<Entry> out = new ArrayList<>();
        for (Located item : f.list("dismissed")) {
            Located.Fields e = item.fields("rule", "article", "quote");
            out.add(new Entry(e.string("rule"), e.string("article"), e.string("quote")));
        }
        return List.copyOf(out);
    }

    /** Writes {@code entries} (in this order) atomically; nothing changes when the bytes would be the same. */
    public static void save(Path issueDir, List<Entry> entries) throws IOException {
        Path file = file(issueDir);
        Files.createDirectories(file.getParent());
        List<Object> items = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", e.rule());
            m.put("article", e.article());
            m.put("quote", e.quote());
            items.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA);
        root.put("dismissed", items);
        AtomicFiles.replace(file, AtomicFiles.utf8(JsonPrinter.print(root), file),
                issueDir.resolve(IssueLayout.BACKUP).resolve(PATH));
    }
}
