package cn.paiban.cache;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache's build stamp: another build of the same class is another stamp; a class of unknown origin has none. */
class CodeStampTest {
    @TempDir
    Path tmp;

    /** The stamp of class {@code name} loaded, by a loader of its own, from the class files under {@code dir}. */
    private static String stampFrom(Path dir, String name) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            return CodeStamp.of(loader.loadClass(name));
        }
    }

    @Test
    void aRebuiltClassIsAnotherBuild() throws Exception {
        String name = Marker.class.getName();
        Path file = tmp.resolve(name.replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        try (var in = Marker.class.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            Files.write(file, in.readAllBytes());
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
        String first = stampFrom(tmp, name);
        assertNotNull(first);
        assertEquals(first, stampFrom(tmp, name), "the same build, the same stamp");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_001_000L));
        assertNotEquals(first, stampFrom(tmp, name), "rebuilt: another time");
    }

    @Test
    void aJdkClassHasNoStampAndSoNoneOfItsGroup() {
        assertNull(CodeStamp.of(String.class));
        assertNull(CodeStamp.of(CodeStampTest.class, String.class));
        assertNotNull(CodeStamp.of(CodeStampTest.class));
    }

    /** A class to copy and load elsewhere. */
    public static final class Marker {}
}
