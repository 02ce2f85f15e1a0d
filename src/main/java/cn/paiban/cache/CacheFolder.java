package cn.paiban.cache;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Paiban keeps what it can always make again (subset font programs): the platform's per-user cache folder,
 * {@code %LOCALAPPDATA%\Paiban\cache} on Windows, {@code ~/Library/Caches/Paiban} on macOS,
 * {@code $XDG_CACHE_HOME/paiban} or {@code ~/.cache/paiban} elsewhere. {@code -Dpaiban.cache.dir=DIR} puts it
 * elsewhere, {@code -Dpaiban.cache=off} turns caching off. Asked each time, so a test can point it at a folder of
 * its own; nothing here touches the disk.
 */
public final class CacheFolder {
    private CacheFolder() {}

    /** The folder for {@code part} ("subsets"), or null when caching is off or no folder can be named. */
    public static Path of(String part) {
        String on = System.getProperty("paiban.cache", "on").trim().toLowerCase(Locale.ROOT);
        if (on.equals("off") || on.equals("false") || on.equals("no") || on.equals("0")) return null;
        try {
            Path base = base(System.getProperty("paiban.cache.dir"), System.getProperty("os.name", ""),
                    System.getenv("LOCALAPPDATA"), System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
            return base == null ? null : base.resolve(part);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The cache folder by the property, the system and its variables; null if there is no home to put it in. */
    static Path base(String property, String os, String localAppData, String xdgCacheHome, String home) {
        if (property != null && !property.isBlank()) return Path.of(property).toAbsolutePath();
        String system = os.toLowerCase(Locale.ROOT);
        if (system.startsWith("windows")) {
            if (present(localAppData)) return Path.of(localAppData, "Paiban", "cache");
            return present(home) ? Path.of(home, "AppData", "Local", "Paiban", "cache") : null;
        }
        if (system.startsWith("mac")) return present(home) ? Path.of(home, "Library", "Caches", "Paiban") : null;
        // XDG: a relative value is invalid and to be ignored
        if (present(xdgCacheHome) && Path.of(xdgCacheHome).isAbsolute()) return Path.of(xdgCacheHome, "paiban");
        return present(home) ? Path.of(home, ".cache", "paiban") : null;
    }

    private static boolean present(String s) { return s != null && !s.isBlank(); }
}
