package cn.paiban.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one test of whether a file named inside an issue or template folder may be read: a regular file, inside
 * the folder, reached without a symbolic link. A link to /etc/passwd named images/leak.png is not printed, a
 * FIFO does not block the export for ever, a device is not read to the end of time.
 */
public final class FolderFiles {
    /** Why a file may not be read; {@link #OK} when it may. */
    public enum Verdict { OK, MISSING, OUTSIDE, LINK, NOT_REGULAR }

    private FolderFiles() {}

    /** {@code name} relative to {@code folder} (as an issue's image path is), resolved, or null when it cannot be. */
    public static Path resolve(Path folder, String name) {
        try {
            return folder == null ? Path.of(name) : folder.resolve(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Whether {@code file} may be read as content of {@code folder} (null folder: only the file itself is checked). */
    public static Verdict check(Path folder, Path file) {
        if (file == null) return Verdict.MISSING;
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) return Files.exists(abs) ? Verdict.LINK : Verdict.MISSING;
        if (folder != null) {
            Path root = folder.toAbsolutePath().normalize();
            Path realRoot;
            try {
                realRoot = root.toRealPath();
            } catch (IOException e) {
                return Verdict.MISSING;
            }
            Path start = abs.startsWith(root) ? root : abs.startsWith(realRoot) ? realRoot : null;
            if (start == null) return Verdict.OUTSIDE;
            // every step below the folder: no link anywhere (images/ may itself be a link out)
            Path p = start;
            for (Path part : start.relativize(abs)) {
                p = p.resolve(part);
                if (Files.isSymbolicLink(p)) return Verdict.LINK;
            }
        } else if (Files.isSymbolicLink(abs)) {
            return Verdict.LINK;
        }
        return Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS) ? Verdict.OK : Verdict.NOT_REGULAR;
    }
}
