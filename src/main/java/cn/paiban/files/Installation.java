package cn.paiban.files;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Paiban's own files (fonts/, templates/, samples/) are: above the running jar first, so an
 * installed jar finds its fonts whatever the working directory, then above the working directory.
 */
public final class Installation {
    private Installation() {}

    /** The nearest {@code relative} file that exists above the jar, else above the working directory. */
    public static Optional<Path> find(String relative) {
        Path found = search(jarDirectory(), relative);
        if (found == null) found = search(Path.of("").toAbsolutePath(), relative);
        return Optional.ofNullable(found);
    }

    private static Path search(Path start, String relative) {
        for (Path p = start; p != null; p = p.getParent()) {
            Path f = p.resolve(relative);
            if (Files.isRegularFile(f)) return f;
        }
        return null;
    }

    private static Path jarDirectory() {
        try {
            Path p = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
