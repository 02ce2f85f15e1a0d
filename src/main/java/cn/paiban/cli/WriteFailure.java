package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A failed write said in the user's terms: the file they asked for (not the hidden temporary file it was written
 * through) and why, with the two common reasons — a full disk, no permission — in their language.
 */
final class WriteFailure {
    private WriteFailure() {}

    static IOException of(Path target, IOException e) {
        return new IOException(Msg.get("limits.write-failed", target, reason(e)), e);
    }

    static String reason(IOException e) {
        String raw = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof AccessDeniedException || raw.contains("Permission denied") || raw.contains("Read-only file system")) {
            return Msg.get("limits.write-failed.denied");
        }
        if (raw.contains("No space left") || raw.contains("Disk quota") || raw.contains("not enough space")
                || raw.contains("I/O error writing")) {
            return Msg.get("limits.write-failed.full");
        }
        return raw;
    }
}
