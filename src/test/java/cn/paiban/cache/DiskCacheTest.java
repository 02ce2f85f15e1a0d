package cn.paiban.cache;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk cache: what is put is read back under its key only, a file that is not a whole entry of the key
 * (cut short, garbled, another key's, anything else) is a miss and is replaced by the next put, a folder that cannot
 * be written is a cache that never hits, and the folder is kept under its cap by removing the least recently used.
 */
class DiskCacheTest {
    @TempDir
    Path tmp;

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static byte[] random(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void whatIsPutIsReadBackUnderItsKeyOnly() {
        DiskCache cache = DiskCache.at(tmp.resolve("c"), DiskCache.DEFAULT_CAP);
        byte[] value = random(1, 100_000);
        assertNull(cache.get(bytes("face A, glyphs 1 2 3")));
        cache.put(bytes("face A, glyphs 1 2 3"), value);
        cache.flush();
        assertArrayEquals(value, cache.get(bytes("face A, glyphs 1 2 3")));
        assertNull(cache.get(bytes("face A, glyphs 1 2 4")));
        assertArrayEquals(new byte[0], put(cache, bytes("empty"), new byte[0]));
    }

    private static byte[] put(DiskCache cache, byte[] key, byte[] value) {
        cache.put(key, value);
        cache.flush();
        return cache.get(key);
    }

    /** A file under a key's name that holds another key's entry (two keys of one hash) is not read for it. */
    @Test
    void anEntryOfAnotherKeyUnderTheNameIsAMiss() throws IOException {
        DiskCache cache = DiskCache.at(tmp.resolve("c"), DiskCache.DEFAULT_CAP);
        byte[] a = bytes("key a"), b = bytes("key b");
        put(cache, a, bytes("value a"));
        Files.move(cache.folder().resolve(DiskCache.name(a)), cache.folder().resolve(DiskCache.name(b)));
        assertNull(cache.get(b));
        assertNull(cache.get(a));
    }

    @Test
    void aCutGarbledOrForeignFileIsAMissAndIsReplaced() throws IOException {
        DiskCache cache = DiskCache.at(tmp.resolve("c"), DiskCache.DEFAULT_CAP);
        byte[] key = bytes("the key");
        byte[] value = random(2, 50_000);
        put(cache, key, value);
        Path file = cache.folder().resolve(DiskCache.name(key));
        byte[] whole = Files.readAllBytes(file);
        Random r = new Random(3);
        List<byte[]> broken = List.of(
                Arrays.copyOf(whole, whole.length - 1),                        // cut short by one byte
                Arrays.copyOf(whole, whole.length / 2),                        // by half
                Arrays.copyOf(whole, 10),                                      // to less than a header
                new byte[0],                                                    // empty, as a power cut may leave it
                flip(whole, 8 + key.length + 4 + r.nextInt(value.length)),      // a bit of the value
                flip(whole, 9),                                                 // a bit of the key
                flip(whole, whole.length - 1),                                  // a bit of the checksum
                flip(whole, 0),                                                 // the magic
                random(4, whole.length),                                        // something else of the same size
                bytes("%PDF-1.6\n"));                                           // something else entirely
        for (byte[] b : broken) {
            Files.write(file, b);
            assertNull(cache.get(key), "a broken file of " + b.length + " bytes is a miss");
            assertArrayEquals(value, put(cache, key, value), "and the next put replaces it");
            assertArrayEquals(whole, Files.readAllBytes(file));
        }
    }

    private static byte[] flip(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] ^= 0x10;
        return c;
    }

    /** A folder that cannot be made (its parent is a file) or is not there to read: no error, no hit. */
    @Test
    void aFolderThatCannotBeMadeIsACacheThatNeverHits() throws IOException {
        Path file = Files.writeString(tmp.resolve("a file"), "not a folder");
        DiskCache cache = DiskCache.at(file.resolve("cache"), DiskCache.DEFAULT_CAP);
        assertNull(put(cache, bytes("k"), bytes("v")));
        assertNull(put(cache, bytes("k2"), bytes("v2")));
        assertEquals("not a folder", Files.readString(file));
    }

    /** The folder removed while the process runs (the user empties the cache) is made again by the next write. */
    @Test
    void aFolderRemovedMeanwhileIsMadeAgain() throws IOException {
        DiskCache cache = DiskCache.at(tmp.resolve("c"), DiskCache.DEFAULT_CAP);
        assertArrayEquals(bytes("v"), put(cache, bytes("k"), bytes("v")));
        try (Stream<Path> s = Files.list(cache.folder())) {
            for (Path p : (Iterable<Path>) s::iterator) Files.delete(p);
        }
        Files.delete(cache.folder());
        assertNull(cache.get(bytes("k")));
        assertArrayEquals(bytes("v2"), put(cache, bytes("k2"), bytes("v2")));
    }

    @Test
    void theCapRemovesTheEntriesUsedLeastRecently() throws IOException {
        byte[] value = random(5, 10_000);
        long entry = DiskCache.entry(bytes("k0"), value).length;
        DiskCache cache = DiskCache.at(tmp.resolve("c"), 3 * entry);
        for (int i = 0; i < 3; i++) put(cache, bytes("k" + i), value);
        long now = System.currentTimeMillis();
        for (int i = 0; i < 3; i++) {   // k0 written first, k2 last
            Files.setLastModifiedTime(cache.folder().resolve(DiskCache.name(bytes("k" + i))), FileTime.fromMillis(now - 60_000 * (3 - i)));
        }
        assertArrayEquals(value, cache.get(bytes("k0")), "k0 is used again: now the most recent");
        put(cache, bytes("k3"), value);
        assertFalse(Files.exists(cache.folder().resolve(DiskCache.name(bytes("k1")))), "the least recently used goes");
        for (String k : List.of("k0", "k2", "k3")) assertTrue(Arrays.equals(value, cache.get(bytes(k))), k + " stays");
        assertTrue(folderSize(cache.folder()) <= 3 * entry);
    }

    /** A temp file of a write cut off an hour ago is swept with the folder; a young one may be a write going on. */
    @Test
    void aCutOffWritesTempIsSweptOnceStale() throws IOException {
        DiskCache cache = DiskCache.at(tmp.resolve("c"), DiskCache.DEFAULT_CAP);
        put(cache, bytes("k"), bytes("v"));
        Path stale = Files.write(cache.folder().resolve(".0123456789abcdef.entry.5f3a.tmp"), random(6, 1000));
        Path young = Files.write(cache.folder().resolve(".0123456789abcdee.entry.77aa.tmp"), random(7, 1000));
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000));
        put(cache, bytes("k2"), bytes("v2"));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(young));
    }

    /** Threads putting and getting the same keys at once read a whole value of the key or nothing. */
    @Test
    void concurrentPutsAndGetsReadWholeValues() throws Exception {
        DiskCache cache = DiskCache.at(tmp.resolve("c"), DiskCache.DEFAULT_CAP);
        byte[][] values = new byte[8][];
        for (int k = 0; k < values.length; k++) values[k] = random(10 + k, 20_000 + 1000 * k);
        Thread[] threads = new Thread[4];
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        for (int t = 0; t < threads.length; t++) {
            int seed = t;
            threads[t] = new Thread(() -> {
                Random r = new Random(seed);
                try {
                    for (int i = 0; i < 200; i++) {
                        int k = r.nextInt(values.length);
                        if (r.nextBoolean()) cache.put(bytes("k" + k), values[k]);
                        byte[] got = cache.get(bytes("k" + k));
                        if (got != null && !Arrays.equals(values[k], got)) throw new AssertionError("k" + k + " read wrong");
                    }
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) t.join();
        cache.flush();
        if (failed.get() != null) throw new AssertionError(failed.get());
    }

    @Test
    void theFolderIsThePlatformsCacheFolder() {
        assertEquals(Path.of("/x/c").toAbsolutePath(), CacheFolder.base("/x/c", "Linux", null, null, "/home/u"));
        assertEquals(Path.of("/home/u/.cache/paiban"), CacheFolder.base(null, "Linux", null, null, "/home/u"));
        assertEquals(Path.of("/xdg/paiban"), CacheFolder.base(null, "Linux", null, "/xdg", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/paiban"), CacheFolder.base(null, "Linux", null, "relative", "/home/u"),
                "a relative XDG_CACHE_HOME is ignored");
        assertEquals(Path.of("/Users/u/Library/Caches/Paiban"), CacheFolder.base(null, "Mac OS X", null, null, "/Users/u"));
        assertEquals(Path.of("C:\\Users\\u\\AppData\\Local", "Paiban", "cache"),
                CacheFolder.base(null, "Windows 11", "C:\\Users\\u\\AppData\\Local", null, "C:\\Users\\u"));
        assertNull(CacheFolder.base(null, "Linux", null, null, null));
    }

    @Test
    void offTurnsCachingOff() {
        String was = System.getProperty("paiban.cache"), dir = System.getProperty("paiban.cache.dir");
        try {
            System.setProperty("paiban.cache.dir", tmp.toString());
            System.setProperty("paiban.cache", "off");
            assertNull(DiskCache.of("subsets"));
            System.setProperty("paiban.cache", "on");
            assertEquals(tmp.resolve("subsets"), DiskCache.of("subsets").folder());
        } finally {
            restore("paiban.cache", was);
            restore("paiban.cache.dir", dir);
        }
    }

    static void restore(String property, String value) {
        if (value == null) System.clearProperty(property);
        else System.setProperty(property, value);
    }

    private static long folderSize(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
