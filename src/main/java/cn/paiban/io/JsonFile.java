package cn.paiban.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The issue files' JSON conventions for files other packages own (the proofreaders' marks under {@code proofs/}):
 * read strictly, every wrong value an {@link IssueFormatException} naming file, line, column and field; written in the
 * canonical layout ({@link JsonPrinter}: Map, List, String, Integer, Long, Boolean), atomically, the old version kept
 * under {@code .backup/}.
 */
public final class JsonFile {
    private JsonFile() {}

    /** The root value of {@code file}; a file that is no regular file, no UTF-8 or no JSON is an error naming it. */
    public static Value read(Path file, String relPath) throws IssueFormatException, IOException {
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IssueFormatException(file, 0, 0, null, cn.paiban.i18n.Msg.get("limits.file.not-regular", relPath));
        }
        return new Value(new Located(file, "", JsonTreeReader.read(file)));
    }

    /**
     * Writes {@code root} to {@code relPath} in the issue folder atomically, the old content kept under
     * {@code .backup/relPath}; nothing happens when the bytes would be the same. Returns whether the file changed.
     */
    public static boolean save(Path issueDir, String relPath, Map<String, Object> root) throws IOException {
        Path file = issueDir.resolve(relPath);
        Files.createDirectories(file.getParent());
        return AtomicFiles.replace(file, AtomicFiles.utf8(JsonPrinter.print(root), file),
                issueDir.resolve(IssueLayout.BACKUP).resolve(relPath));
    }

    /** Moves {@code relPath} of the issue folder to its place under {@code .backup/} (a file that is no longer needed). */
    public static void remove(Path issueDir, String relPath) throws IOException {
        Path file = issueDir.resolve(relPath);
        if (Files.exists(file)) AtomicFiles.moveToBackup(file, issueDir.resolve(IssueLayout.BACKUP).resolve(relPath));
    }

    /** A JSON value with its file, line and field path. */
    public static final class Value {
        private final Located at;

        private Value(Located at) { this.at = at; }

        /** An error at this value: file, line, column, field path and {@code problem}. */
        public IssueFormatException error(String problem) { return at.error(problem); }

        public String string() throws IssueFormatException { return at.string(); }

        public int integer() throws IssueFormatException { return at.integer(); }

        public boolean bool() throws IssueFormatException { return at.bool(); }

        public List<Value> items() throws IssueFormatException {
            List<Value> out = new ArrayList<>();
            for (Located l : at.items()) out.add(new Value(l));
            return out;
        }

        /** This value as an object whose field names must all be in {@code known}. */
        public Fields fields(String... known) throws IssueFormatException { return new Fields(at.fields(known)); }
    }

    /** The fields of an object; an explicit JSON null counts as absent. */
    public static final class Fields {
        private final Located.Fields f;

        private Fields(Located.Fields f) { this.f = f; }

        /** The field, or null when absent. */
        public Value get(String name) {
            Located l = f.get(name);
            return l == null ? null : new Value(l);
        }

        public Value require(String name) throws IssueFormatException { return new Value(f.require(name)); }

        public String string(String name) throws IssueFormatException { return f.string(name); }

        public String optString(String name) throws IssueFormatException { return f.optString(name); }

        public int integer(String name) throws IssueFormatException { return f.integer(name); }

        /** An array field; absent means empty. */
        public List<Value> list(String name) throws IssueFormatException {
            List<Value> out = new ArrayList<>();
            for (Located l : f.list(name)) out.add(new Value(l));
            return out;
        }
    }
}
