package cn.paiban.io;

import cn.paiban.model.Issue;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes an issue folder. CONTRACT (issue 2 fills in the implementation). */
public final class IssueStore {
    private IssueStore() {}

    /** Loads and validates the issue in {@code dir}; never writes. */
    public static Issue load(Path dir) throws IssueFormatException, IOException {
        throw new UnsupportedOperationException("IssueStore is being written (issue 2)");
    }

    /** Saves atomically (write aside, then move), keeping the previous version as a backup. */
    public static void save(Issue issue, Path dir) throws IOException {
        throw new UnsupportedOperationException("IssueStore is being written (issue 2)");
    }
}
