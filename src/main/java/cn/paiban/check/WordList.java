package cn.paiban.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The office's own list of words it writes one way (帐户 → 账户), kept with the template in {@code check/words.txt}:
 * one pair a line, {@code wrong → right} (also {@code ->}, {@code =>} or a tab between), {@code #} starts a
 * comment. Every occurrence of a wrong form is a finding whose fix is certain: the office said so.
 */
public final class WordList implements TextRule {
    static final String RULE = "words";
    public static final String FILE = "check/words.txt";

    public record Entry(String wrong, String right, int line) {}

    private final List<Entry> entries;
    private final String source;

    public WordList(List<Entry> entries, String source) {
        this.entries = List.copyOf(entries);
        this.source = source;
    }

    public static WordList empty() { return new WordList(List.of(), FILE); }

    public List<Entry> entries() { return entries; }

    /** The list of {@code templateDir}/check/words.txt, empty when there is none. */
    public static WordList load(Path templateDir) throws IOException {
        Path file = templateDir == null ? null : templateDir.resolve(FILE);
        if (file == null || !Files.isRegularFile(file)) return empty();
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    public static WordList parse(String text, String source) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty()) continue;
            String[] parts = line.split("\\s*(?:→|->|=>|\\t)\\s*", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + cn.paiban.i18n.Msg.get("check.words.bad-line", lines[i]));
            }
            out.add(new Entry(parts[0].strip(), parts[1].strip(), i + 1));
        }
        return new WordList(out, source);
    }

    @Override
    public void check(List<Piece> pieces, int index, Found out) {
        Piece p = pieces.get(index);
        String t = p.text();
        for (Entry e : entries) {
            if (e.right.contains(e.wrong)) {
                // 帐 → 账户 style entries where the right form contains the wrong one: skip the right form's own text
                for (int at = t.indexOf(e.wrong); at >= 0; at = t.indexOf(e.wrong, at + 1)) {
                    int r = e.right.indexOf(e.wrong);
                    if (at - r >= 0 && t.startsWith(e.right, at - r)) continue;
                    out.add(RULE, clause(e), p, at, e.wrong, e.right, true, "check.words", e.wrong, e.right);
                }
            } else {
                for (int at = t.indexOf(e.wrong); at >= 0; at = t.indexOf(e.wrong, at + e.wrong.length())) {
                    out.add(RULE, clause(e), p, at, e.wrong, e.right, true, "check.words", e.wrong, e.right);
                }
            }
        }
    }

    private String clause(Entry e) { return FILE + ":" + e.line(); }
}
