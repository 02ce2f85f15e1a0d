package cn.paiban.proof;

import java.time.Instant;
import java.util.Objects;

/** An answer in a mark's thread: the editor's reason for 不改, an answer to a 疑, a proofreader's rejoinder. */
public record Reply(String author, String text, Instant time) {
    public Reply {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(time, "time");
    }
}
