package cn.paiban.io.plaintext;

/** One line of the dump as read, with its 1-based line number (for the report and error messages). */
public record SourceLine(int number, String text) {
    public boolean isBlank() { return text.isBlank(); }
}
