package cn.paiban.cache;

import cn.paiban.files.AtomicWrite;
import cn.paiban.trace.StartTrace;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Bytes kept on disk between runs under a key, in a folder of their own: one file per entry, named by a hash of the
 * key and holding the whole key (checked on reading, so two keys of one hash never mix) and a CRC32 of everything,
 * so that a file cut short, garbled or written by something else is a miss, never wrong bytes. An entry is read whole
 * (in a read per 64 KB); entries are written on a thread of this cache's, atomically (a reader sees a whole file or none, two
 * processes writing one entry leave one of theirs), and once the folder outgrows its cap the entries used least
 * recently (a hit renews a file's time) go. Nothing here throws: a folder that cannot be made, read or written is a
 * cache that never hits (with a line in the start-up trace), and whoever uses it makes what it wanted instead.
 */
public final class DiskCache {
    /** The cap of a cache that is not given one: a few dozen versions of an issue's subsets. */
    public static final long DEFAULT_CAP = 64L << 20;
    private static final int MAGIC = 0x50424331;   // "PBC1"
    private static final String SUFFIX = ".entry";
    /** A temp of a write an hour old was cut off (a write takes milliseconds): the folder's sweep removes it. */
    private static final long STALE_TEMP_MILLIS = TimeUnit.HOURS.toMillis(1);

    private static final Map<Path, DiskCache> OPEN = new HashMap<>();
    /** The most read from a file at once; see {@link #readAll}. */
    private static final int CHUNK = 64 << 10;
    /** Writes failing one after another before this process gives up writing the folder. */
    private static final int FAILURES = 3;

    private final Path dir;
    private final long cap;
    private final Object lock = new Object();
    private java.util.concurrent.ThreadPoolExecutor writer;
    /** Entries put and not written yet: the folder is trimmed once those put together are written. */
    private final java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger();
    /** Set once the folder could not be made or written: nothing more is written by this process. */
    private volatile boolean unwritable;
    /** Whether this process has made sure the folder is there (only the writer thread reads and sets it). */
    private boolean folderMade;
    /** Writes failed since the last that did not (the writer thread's). */
    private int failures;

    private DiskCache(Path dir, long cap) {
        this.dir = dir;
        this.cap = cap;
    }

    /** The cache of {@code part} in the user's cache folder ({@link CacheFolder}), or null when caching is off. */
    public static DiskCache of(String part) {
        // asked a dozen times an export: the folder named again only when the properties that name it change
        String asked = part + '\u0000' + System.getProperty("paiban.cache") + '\u0000' + System.getProperty("paiban.cache.dir");
        Object[] last = lastOf;
        if (last != null && last[0].equals(asked)) return (DiskCache) last[1];
        Path dir = CacheFolder.of(part);
        DiskCache c = dir == null ? null : at(dir, DEFAULT_CAP);
        lastOf = new Object[] {asked, c};
        return c;
    }

    /** The last answer of {@link #of}: {what was asked, the cache}. */
    private static volatile Object[] lastOf;

    /** The cache in {@code dir} (made when first written), holding at most about {@code cap} bytes; one per folder. */
    public static DiskCache at(Path dir, long cap) {
        Path abs = dir.toAbsolutePath().normalize();
        synchronized (OPEN) {
            DiskCache c = OPEN.get(abs);
            if (c == null || c.cap != cap) OPEN.put(abs, c = new DiskCache(abs, cap));
            return c;
        }
    }

    public Path folder() { return dir; }

    /** The bytes kept under {@code key}, or null: none, or a file that is not a whole entry of this key. */
    public byte[] get(byte[] key) {
        Path file = dir.resolve(name(key));
        byte[] all;
        try {
            all = readAll(file);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            trace("cannot read " + file + ": " + e);
            return null;
        }
        byte[] value = all == null ? null : value(all, key);
        if (value == null) {
            trace("ignored " + file + ": not a whole entry of its key");
            return null;
        }
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));   // recently used
        } catch (IOException | RuntimeException e) {
            // a read-only cache is still read
        }
        return value;
    }

    /** Keeps {@code value} under {@code key}: written on this cache's thread, a file of the key replaced. */
    public void put(byte[] key, byte[] value) {
        put(key, () -> value);
    }

    /**
     * Keeps the bytes {@code value} gives under {@code key}: asked for, checksummed and written on this cache's
     * thread, not the caller's; a value of null is not kept.
     */
    public void put(byte[] key, java.util.function.Supplier<byte[]> value) {
        if (unwritable) return;
        pending.incrementAndGet();
        writer().execute(() -> {
            boolean written = false;
            try {
                byte[] v = value.get();
                byte[] entry = v == null ? null : entry(key, v);
                written = entry != null && entry.length <= cap && write(dir.resolve(name(key)), entry);
            } catch (RuntimeException e) {   // the value could not be made: not kept
                trace("not kept: " + e);
            } finally {
                if (pending.decrementAndGet() == 0 && written) trim();
            }
        });
    }

    /** Waits until what was put so far is written (or given up). */
    public void flush() {
        ExecutorService w;
        synchronized (lock) {
            w = writer;
        }
        if (w == null) return;
        try {
            w.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            // nothing to wait for
        }
    }

    private ExecutorService writer() {
        synchronized (lock) {
            if (writer == null) {
                writer = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                        new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                            Thread t = new Thread(r, "paiban-cache-write");
                            t.setDaemon(true);
                            return t;
                        });
                // a process that ends right after an export still leaves its entries whole and written
                Runtime.getRuntime().addShutdownHook(new Thread(this::finishWrites, "paiban-cache-exit"));
            }
            return writer;
        }
    }

    private void finishWrites() {
        writer.shutdown();
        try {
            writer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes an entry's file, making the folder first (again, if it was removed meanwhile). A folder that cannot be
     * made, or writes that fail {@value #FAILURES} times in a row (a read-only folder), end this process's writing;
     * a single failure (another process had the file open, on Windows) only loses that entry.
     */
    private boolean write(Path file, byte[] entry) {
        if (unwritable) return false;
        try {
            if (!folderMade || !Files.isDirectory(dir)) Files.createDirectories(dir);   // a dozen system calls: once
            folderMade = true;
        } catch (IOException | RuntimeException e) {
            unwritable = true;
            trace("cannot make " + dir + ", not caching: " + e);
            return false;
        }
        try {
            AtomicWrite.writeCacheFile(file, entry);
            failures = 0;
            return true;
        } catch (IOException | RuntimeException e) {
            if (++failures >= FAILURES) unwritable = true;
            trace("cannot write " + file + (unwritable ? ", not caching: " : ": ") + e);
            return false;
        }
    }

    /** Removes the entries used least recently while the folder holds more than the cap, and cut-off writes' temps. */
    void trim() {
        List<Object[]> entries = new ArrayList<>();   // {path, size, last use}
        long total = 0;
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                String n = p.getFileName().toString();
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile()) continue;
                long used = a.lastModifiedTime().toMillis();
                if (n.startsWith(".") && n.endsWith(".tmp")) {
                    if (now - used > STALE_TEMP_MILLIS) Files.deleteIfExists(p);
                } else if (n.endsWith(SUFFIX)) {
                    entries.add(new Object[] {p, a.size(), used});
                    total += a.size();
                }
            }
        } catch (IOException | RuntimeException e) {
            trace("cannot list " + dir + ": " + e);
            return;
        }
        if (total <= cap) return;
        entries.sort((x, y) -> Long.compare((long) x[2], (long) y[2]));
        for (Object[] e : entries) {
            if (total <= cap) break;
            try {
                Files.deleteIfExists((Path) e[0]);   // another process may have removed it, or be reading it (that read goes on)
                total -= (long) e[1];
            } catch (IOException | RuntimeException x) {
                trace("cannot remove " + e[0] + ": " + x);
            }
        }
    }

    /**
     * The file's bytes in one read (its size first), or null when it is too large to be an entry of this cache or
     * ends before its size. A channel, not a RandomAccessFile: Windows lets another process replace or remove a file
     * a channel has open (FILE_SHARE_DELETE), not one a RandomAccessFile has; in pieces of {@link #CHUNK}, as a channel
     * reads into a heap array through a direct buffer of the piece's size, allocated and zeroed unless it has one
     * (a whole 440 KB entry at once: ~1 ms more). Not mapped: a mapped file stays mapped until a collection, and
     * Windows cannot replace or remove it meanwhile.
     */
    private byte[] readAll(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > cap || size > Integer.MAX_VALUE - 16) return null;
            byte[] b = new byte[(int) size];
            for (int at = 0; at < b.length; ) {
                int n = ch.read(ByteBuffer.wrap(b, at, Math.min(CHUNK, b.length - at)));
                if (n < 0) return null;   // cut short while read
                at += n;
            }
            return b;
        }
    }

    /** An entry's file: magic, key length, key, value length, value, CRC32 of all before it. */
    static byte[] entry(byte[] key, byte[] value) {
        ByteBuffer b = ByteBuffer.allocate(16 + key.length + value.length);
        b.putInt(MAGIC).putInt(key.length).put(key).putInt(value.length).put(value);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, b.position());
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** The value of an entry's file if it is whole and of {@code key}, else null. */
    static byte[] value(byte[] all, byte[] key) {
        if (all.length < 16 + key.length) return null;
        ByteBuffer b = ByteBuffer.wrap(all);
        if (b.getInt(0) != MAGIC || b.getInt(4) != key.length) return null;
        if (!Arrays.equals(all, 8, 8 + key.length, key, 0, key.length)) return null;
        int length = b.getInt(8 + key.length);
        if (length != all.length - 16 - key.length) return null;
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - 4);
        if (b.getInt(all.length - 4) != (int) crc.getValue()) return null;
        return Arrays.copyOfRange(all, 12 + key.length, 12 + key.length + length);
    }

    /** The entry file's name: 64 bits of two checksums of the key (both native code, fast from the first call), in hex. */
    static String name(byte[] key) {
        CRC32 a = new CRC32();
        a.update(key);
        java.util.zip.Adler32 b = new java.util.zip.Adler32();
        b.update(key);
        long h = a.getValue() << 32 | b.getValue();
        String hex = Long.toHexString(h);
        return "0".repeat(16 - hex.length()) + hex + SUFFIX;
    }

    private static void trace(String what) {
        if (StartTrace.on()) StartTrace.mark("cache: " + what);
    }
}
