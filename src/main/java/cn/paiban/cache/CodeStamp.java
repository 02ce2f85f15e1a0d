package cn.paiban.cache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which build of some code is running, for a cache key: a cache's entries made by one build of the code that
 * makes them are never read by another. For each class, the jar it was loaded from (path, size, time), or, loaded
 * from a folder of classes (a development build, the tests), the class file itself. A new jar, even a rebuild of the
 * same version, is a new build.
 */
public final class CodeStamp {
    private CodeStamp() {}

    /** The stamp of the build of {@code classes}, or null if one's origin is unknown: nothing to key a cache by. */
    public static String of(Class<?>... classes) {
        Set<String> stamps = new LinkedHashSet<>();   // classes of one jar stamp it once
        for (Class<?> c : classes) {
            String s = stamp(c);
            if (s == null) return null;
            stamps.add(s);
        }
        return String.join(";", stamps);
    }

    private static String stamp(Class<?> c) {
        try {
            Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) where = where.resolve(c.getName().replace('.', '/') + ".class");
            BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
            return where + "," + a.size() + "," + a.lastModifiedTime().toMillis();
        } catch (Exception e) {   // no code source (the JDK's own), a location that is no file
            return null;
        }
    }
}
