package cn.paiban.typeset;

import cn.paiban.i18n.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a PDF may be written, checked before anything is typeset or written, for the CLI's export and cover and
 * the editor's export alike: never over the issue's own files (a PDF over issue.json lost the issue), never onto
 * a folder, a device, a pipe or a symlink, and only to a name ending in .pdf. An existing file that is not a
 * PDF is replaced only when the user says so ({@code force}).
 */
public final class ExportTarget {
    /** Why a target was refused, in the user's language; nothing has been written. */
    public static final class Refused extends IOException {
        public Refused(String message) { super(message); }
    }

    private ExportTarget() {}

    /**
     * Refuses {@code target} with a message naming it and what to do, or returns it absolute. {@code issueDir}
     * (may be null) is the issue folder whose files must survive.
     */
    public static Path check(Path target, Path issueDir, boolean force) throws Refused {
        Path abs = target.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
        if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) throw refuse("limits.export.folder", abs);
        if (Files.isSymbolicLink(abs)) throw refuse("limits.export.symlink", abs);
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse("limits.export.device", abs);
        }
        if (issueDir != null && inside(abs, issueDir)) {
            Path rel = real(issueDir).relativize(realParent(abs).resolve(name));
            String first = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
            if (name.toLowerCase(Locale.ROOT).endsWith(".json") || first.equals("articles") || first.equals(".backup")) {
                throw refuse("limits.export.issue-file", abs, issueDir);
            }
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) throw refuse("limits.export.not-pdf", abs);
        if (Files.isDirectory(realParent(abs)) && !force && Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)
                && !isPdf(abs)) {
            throw refuse("limits.export.not-a-pdf-file", abs);
        }
        if (!Files.isDirectory(abs.getParent() == null ? abs : abs.getParent())) {
            throw refuse("limits.export.no-folder", abs.getParent());
        }
        return abs;
    }

    private static Refused refuse(String key, Object... args) {
        return new Refused(Msg.get(key, args));
    }

    private static boolean inside(Path abs, Path dir) {
        Path d = real(dir);
        return realParent(abs).resolve(abs.getFileName().toString()).startsWith(d);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The target's folder with links resolved, so that a path through a link into the issue is seen. */
    private static Path realParent(Path abs) {
        Path parent = abs.getParent();
        return parent == null ? abs : real(parent);
    }

    private static boolean isPdf(Path file) {
        // a FileInputStream, whose classes the JVM has from its start: Files.newInputStream's channel stream and
        // provider path cost a cold export ~3 ms of its main thread for five bytes
        try (InputStream in = new java.io.FileInputStream(file.toFile())) {
            byte[] head = in.readNBytes(5);
            return head.length == 0 || Arrays.equals(head, "%PDF-".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }
}
