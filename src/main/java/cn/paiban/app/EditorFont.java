package cn.paiban.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.text.Font;

/**
 * The face the article editor types in: Noto Sans CJK SC from the project's fonts/, whose own Latin letters and digits
 * match its Chinese in size and weight. With the machine's default face the digits came from a Latin sans and stood
 * larger than the Chinese around them ("1500多亩"). Loaded once; the machine's default when the file is missing.
 */
final class EditorFont {
    static final String FAMILY = "Noto Sans CJK SC";
    private static String family;

    private EditorFont() {}

    /** The family name to give -fx-font-family, or null to keep JavaFX's default. */
    static synchronized String family() {
        if (family == null) family = load();
        return family.isEmpty() ? null : family;
    }

    private static String load() {
        try {
            Path file = cn.paiban.font.FontFiles.directory().resolve("NotoSansCJK-Regular.ttc");
            if (!Files.isRegularFile(file)) return "";
            Font[] faces = Font.loadFonts(file.toUri().toURL().toExternalForm(), 14);
            if (faces == null) return "";
            for (Font f : faces) if (f.getFamily().equalsIgnoreCase(FAMILY)) return f.getFamily();
            return "";
        } catch (Exception | LinkageError e) {
            return "";   // the default face still shows every character, only less evenly
        }
    }

    /** The CSS that sets the editor's family, or "" without one. */
    static String css() {
        String f = family();
        return f == null ? "" : "-fx-font-family: \"" + f + "\";";
    }
}
