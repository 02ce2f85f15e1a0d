package cn.paiban.io.plaintext;

import cn.paiban.i18n.Msg;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's answers to the report's questions, kept next to the dump so that a re-import gives the same
 * issue: one line per dump line, {@code 360 subheading  # why} or {@code 184 paragraph}. Only short
 * unterminated lines (the ones the report asks about) can be decided; an answer that is never used is an
 * error, so a stale file cannot silently do nothing.
 */
public final class ImportDecisions {
    private static final Pattern LINE = Pattern.compile("^(\\d{1,6})\\s+(subheading|paragraph)\\s*(?:#.*)?$");

    private final Map<Integer, LineShape.Verdict> verdicts;
    private final Set<Integer> used = new HashSet<>();
    private final Path file;

    private ImportDecisions(Path file, Map<Integer, LineShape.Verdict> verdicts) {
        this.file = file;
        this.verdicts = verdicts;
    }

    public static ImportDecisions none() { return new ImportDecisions(null, Map.of()); }

    public static ImportDecisions read(Path file) throws ImportException {
        List<SourceLine> lines = DumpReader.read(file);
        Map<Integer, LineShape.Verdict> map = new TreeMap<>();
        for (SourceLine l : lines) {
            String t = l.text().strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            Matcher m = LINE.matcher(t);
            if (!m.matches()) throw new ImportException(file, l.number(), Msg.get("import.text.decision-form", t));
            int at = Integer.parseInt(m.group(1));
            LineShape.Verdict v = m.group(2).equals("subheading") ? LineShape.Verdict.SUBHEADING : LineShape.Verdict.RUNS_ON;
            if (map.put(at, v) != null) throw new ImportException(file, l.number(), Msg.get("import.text.decided-twice", at));
        }
        return new ImportDecisions(file, map);
    }

    /** The editor's verdict for dump line {@code line}, or null. */
    LineShape.Verdict verdict(int line) {
        LineShape.Verdict v = verdicts.get(line);
        if (v != null) used.add(line);
        return v;
    }

    /** Fails if an answer was never asked for: the dump changed, or the line number is wrong. */
    void checkAllUsed() throws ImportException {
        for (int line : verdicts.keySet()) {
            if (!used.contains(line)) {
                throw new ImportException(file, 0, Msg.get("import.text.decision-unused", line));
            }
        }
    }

    String source() { return file == null ? "" : file.getFileName().toString(); }
}
