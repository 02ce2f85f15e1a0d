package cn.paiban.front;

import java.nio.file.Path;

/**
 * A template that cannot be used: malformed XML, a loop that does not read {@code NAME in PATH}, a refused
 * DOCTYPE. The message names the file, the line and the problem, so an editor can fix the template.
 */
public class TemplateException extends RuntimeException {
    private final Path file;
    private final int line;

    public TemplateException(Path file, int line, String problem) {
        super(file.getFileName() + (line > 0 ? ":" + line : "") + ": " + problem + " (" + file + ")");
        this.file = file;
        this.line = line;
    }

    public Path file() { return file; }

    /** 1-based line of the problem, or 0 where the parser could not tell. */
    public int line() { return line; }
}
