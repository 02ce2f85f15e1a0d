package cn.paiban.font;

import cn.paiban.files.Installation;
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
        return Installation.find("fonts/" + MARKER).map(Path::getParent).orElseThrow(() -> new FontException(
                cn.paiban.i18n.Msg.get("limits.fonts.not-installed", "fonts/" + MARKER)));
    }

    private static Path requireFonts(Path dir) {
        if (!Files.isRegularFile(dir.resolve(MARKER))) {
            throw new FontException(cn.paiban.i18n.Msg.get("limits.fonts.option-empty", dir, MARKER));
        }
        return dir;
    }
}
