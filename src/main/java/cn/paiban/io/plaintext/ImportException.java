package cn.paiban.io.plaintext;

import java.nio.file.Path;

/** A dump that cannot be imported: names the file and, where known, the line. Nothing has been written. */
public class ImportException extends Exception {
    private final int line;

    public ImportException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.line = line;
    }

    public int line() { return line; }
}
