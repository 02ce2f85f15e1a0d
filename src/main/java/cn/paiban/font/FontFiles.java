package cn.paiban.font;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's fonts/ folder, so that output never depends on the fonts installed on the machine:
 * -Dpaiban.fonts=DIR, else fonts/ beside or above the running jar, else fonts/ above the working directory.
 */
public final class FontFiles {
    static final String MARKER = "NotoSerifCJK-Regular.ttc";

    private FontFiles() {}

    public static Path directory() {
        String prop = System.getProperty("paiban.fonts");
        if (prop != null) return requireFonts(Path.of(prop));
        Path found = search(jarDirectory());
        if (found == null) found = search(Path.of("").toAbsolutePath());
        if (found == null) {
            throw new FontException("fonts/ with " + MARKER + " not found above the jar or the working directory;"
                    + " run from the Paiban checkout or pass -Dpaiban.fonts=DIR");
        }
        return found;
    }

    private static Path requireFonts(Path dir) {
        if (!Files.isRegularFile(dir.resolve(MARKER))) {
            throw new FontException("-Dpaiban.fonts=" + dir + " has no " + MARKER);
        }
        return dir;
    }

    private static Path search(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("fonts").resolve(MARKER))) return p.resolve("fonts");
        }
        return null;
    }

    private static Path jarDirectory() {
        try {
            Path p = Path.of(FontFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
