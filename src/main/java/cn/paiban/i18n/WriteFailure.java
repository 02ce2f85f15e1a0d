package cn.paiban.i18n;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A failed write said in the user's terms: the file they asked for (not the hidden temporary file it was written
 * through) and why, with the two common reasons — a full disk, no permission — in their language.
 */
public final class WriteFailure {
    private WriteFailure() {}

    public static IOException of(Path target, IOException e) {
        return new IOException(Msg.get("limits.write-failed", target, reason(e)), e);
    }

    /**
     * What went wrong, for a message box or the terminal: a file or folder the system refused (no permission, read
     * only) is named as the user knows it — the folder, never the hidden temporary file a save writes through —
     * with the reason in their language; anything else is its own message.
     */
    public static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AccessDeniedException denied) {
                String file = denied.getFile() == null ? "" : denied.getFile();
                Path p = file.isEmpty() ? null : Path.of(file);
                if (p != null && p.getFileName() != null && p.getFileName().toString().startsWith(".")
                        && p.getFileName().toString().endsWith(".tmp") && p.getParent() != null) {
                    file = p.getParent().toString();
                }
                return Msg.get("limits.access-denied", file);
            }
        }
        // a missing file's exception says only its path
        if (t instanceof java.nio.file.NoSuchFileException missing) return Msg.get("limits.no-such-file", missing.getFile());
        // a read-only disk, a full one, a file too large, met where the system named the file: named as the user knows
        // it (its folder for a hidden temp), with the reason in their words ("Read-only file system" said neither)
        if (t instanceof FileSystemException fs && fs.getFile() != null && t.getCause() == null) {
            String why = reason(fs);
            if (!why.equals(fs.getReason())) return Msg.get("limits.write-failed", asKnown(fs.getFile()), why);
        }
        // a full disk met where no file was at hand to name (FileChannel.write says only "No space left on device")
        if (t instanceof IOException io && !(t instanceof FileSystemException) && t.getCause() == null) {
            String why = reason(io);
            if (!why.equals(io.getMessage())) return why;
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** A file as the user knows it: the folder of a hidden temporary file ({@code .issue.json.3f9a.tmp}, {@code .lock}). */
    private static String asKnown(String file) {
        Path p = Path.of(file);
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.startsWith(".") && p.getParent() != null ? p.getParent().toString() : file;
    }

    /** Why a write failed, in the user's words when it is one of the common reasons; the system's words otherwise. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return Msg.get("limits.no-such-file.reason");
        String raw = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? e.toString() : e.getMessage();
        // Windows refuses to replace a file another program holds open (the last export in a PDF viewer, a .docx in
        // Word): ERROR_SHARING_VIOLATION, in the system's language
        if (raw.contains("being used by another process") || raw.contains("另一个程序正在使用此文件") || raw.contains("另一個程式正在使用此檔案")) {
            return Msg.get("limits.write-failed.in-use");
        }
        if (e instanceof AccessDeniedException || e.getCause() instanceof AccessDeniedException || raw.contains("Permission denied")
                || raw.contains("Read-only file system")) {
            return Msg.get("limits.write-failed.denied");
        }
        if (raw.contains("No space left") || raw.contains("Disk quota") || raw.contains("not enough space")
                || raw.contains("I/O error writing")) {
            return Msg.get("limits.write-failed.full");
        }
        if (raw.contains("File too large")) return Msg.get("limits.write-failed.too-large");   // EFBIG: ulimit -f, FAT32's 4 GB
        return raw;
    }
}
