package cn.paiban.io.word;

import cn.paiban.i18n.Msg;
import java.util.Arrays;

/**
 * One thing the manuscript importer guessed, changed or could not do, as a message key of the import area with
 * its arguments; {@link #text()} says it in the user's language. {@code where} is the paragraph number (1-based)
 * in the manuscript, or 0 for the whole file.
 */
public record ImportNote(Level level, int where, String key, Object... args) {

    public enum Level { ERROR, WARNING, GUESS, NOTE }

    public ImportNote {
        args = args == null ? new Object[0] : args.clone();
    }

    public String text() { return Msg.get(key, args); }

    /** One line for the terminal and the report: level, paragraph and text. */
    public String line() {
        String lvl = Msg.get("import.level." + level.name().toLowerCase(java.util.Locale.ROOT));
        return where > 0 ? Msg.get("import.line.at", lvl, where, text()) : Msg.get("import.line", lvl, text());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportNote n && n.level == level && n.where == where && n.key.equals(key) && Arrays.equals(n.args, args);
    }

    @Override
    public int hashCode() { return key.hashCode() * 31 + where; }

    @Override
    public String toString() { return level + " " + where + " " + key + Arrays.toString(args); }
}
