package cn.paiban.text;

/** Set-up of the text code that a command can have done ahead, on other threads, while it reads the issue. */
public final class TextWarmUp {
    private TextWarmUp() {}

    /** Starts making ICU's line breaker (its rules, data and sets) on a thread of its own; idempotent. */
    public static void start() {
        StrictLineBreaker.startAhead();
    }
}
