package cn.paiban.cli;

/** Wrong arguments; the message says what is expected. */
public class UsageException extends RuntimeException {
    public UsageException(String message) { super(message); }
}
