package cn.paiban.layout;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the default template folder as {@code cn.paiban.font.FontFiles} finds fonts/:
 * -Dpaiban.template=DIR, else templates/shuozhou-jingji beside or above the running jar,
 * else above the working directory.
 */
public final class TemplateFiles {
    public static final String DEFAULT = "shuozhou-jingji";

    private TemplateFiles() {}

    public static Path directory() { return directory(DEFAULT); }

    public static Path directory(String name) {
        String prop = System.getProperty("paiban.template");
        if (prop != null) {
            Path p = Path.of(prop);
            if (!Files.isRegularFile(p.resolve(TemplateLoader.FILE))) {
                throw new TemplateException("-Dpaiban.template=" + p + " has no " + TemplateLoader.FILE);
            }
            return p;
        }
        Path found = search(jarDirectory(), name);
        if (found == null) found = search(Path.of("").toAbsolutePath(), name);
        if (found == null) {
            throw new TemplateException("templates/" + name + "/" + TemplateLoader.FILE
                    + " not found above the jar or the working directory; run from the Paiban checkout"
                    + " or pass -Dpaiban.template=DIR");
        }
        return found;
    }

    private static Path search(Path start, String name) {
        for (Path p = start; p != null; p = p.getParent()) {
            Path t = p.resolve("templates").resolve(name);
            if (Files.isRegularFile(t.resolve(TemplateLoader.FILE))) return t;
        }
        return null;
    }

    private static Path jarDirectory() {
        try {
            Path p = Path.of(TemplateFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
