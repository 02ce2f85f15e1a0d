package cn.paiban.io;

import java.nio.file.Path;

/**
 * An issue folder that cannot be read as it is: names the file, line, column and field, and what is wrong.
 * Loading never changes the file.
 */
public class IssueFormatException extends Exception {
    private final Path file;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    public IssueFormatException(Path file, int line, int column, String field, String problem) {
        super(format(file, line, column, field, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.problem = problem;
    }

    private static String format(Path file, int line, int column, String field, String problem) {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) sb.append(':').append(line);
        if (column > 0) sb.append(':').append(column);
        if (field != null && !field.isEmpty()) sb.append(": ").append(field);
        return sb.append(": ").append(problem).toString();
    }

    public Path file() { return file; }

    public int line() { return line; }

    public int column() { return column; }

    public String field() { return field; }

    public String problem() { return problem; }
}
