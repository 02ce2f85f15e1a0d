package cn.paiban.font;

/** A font that cannot be found, read or used; the message says which file and why. */
public class FontException extends RuntimeException {
    public FontException(String message) { super(message); }

    public FontException(String message, Throwable cause) { super(message, cause); }
}
