package cn.paiban.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way Paiban writes a file others will read (a PDF, a proof, a report, a settings file): into a
 * temporary file beside the target, flushed to disk, then renamed over it in one atomic step, so a crash,
 * a full disk or a cancelled export leaves the old file or the new one, never half of one.
 * (Issue folders add backups on top of this in {@code cn.paiban.io}.)
 */
public final class AtomicWrite {
    /** Writes the content to the stream it is given; may return what it computed. */
    public interface Body<T> {
        T write(OutputStream out) throws IOException;
    }

    private AtomicWrite() {}

    public static <T> T write(Path target, Body<T> body) throws IOException {
        return write(target, body, true);
    }

    /**
     * Writes a cache's file: atomic as {@link #write} (a reader sees the old file or the whole new one, and two
     * processes writing it at once leave one of theirs), but not flushed to the disk first. A power cut may then
     * leave the file empty or cut short, so its reader must check what it reads (a cache does: a checksum); in
     * return no fsync (tens of ms on a slow disk) for a file that can always be made again. Nor a sweep of earlier
     * writes' temps: the cache sweeps its folder itself.
     */
    public static void writeCacheFile(Path target, byte[] bytes) throws IOException {
        write(target, out -> {
            out.write(bytes);
            return null;
        }, false);
    }

    /** At most this much is handed to the channel at a time; see {@link #chunked}. */
    private static final int CHUNK = 64 << 10;

    /** {@code durable}: flushed to the disk, the folder too, and earlier writes' stale temps swept. */
    private static <T> T write(Path target, Body<T> body, boolean durable) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException("folder " + dir + " does not exist");
        // Never replace a link, a device node, a pipe or a folder with a regular file (as root, -o /dev/null
        // would otherwise replace /dev/null).
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(abs + " is not a regular file (a link, device, pipe or folder); nothing written");
        }
        // A dot file, so no loader mistakes it for content; CREATE_NEW rather than createTempFile, whose
        // private (0600) mode the rename would carry over to a file the office shares.
        Path tmp = dir.resolve(tempPrefix(abs.getFileName().toString())
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        Thread sweep = null;
        try {
            T result;
            try (FileChannel ch = open(tmp, dir)) {
                PendingTemps.add(tmp);   // Ctrl-C from here on deletes it (PendingTemps)
                // held while writing: a later write of the same target knows this temp is not stale
                FileLock lock = ch.tryLock();
                // Earlier writes' stale temps are swept while this one writes, not before it: listing a folder of
                // thousands of files (a desktop, /tmp) cost an export ~8 ms on its own thread. Begun once this temp
                // exists and is locked; the sweep passes it by name, as closing any channel to it would drop the lock.
                if (durable) sweep = sweeper(dir, abs.getFileName().toString(), tmp.getFileName().toString());
                OutputStream out = chunked(ch);
                result = body.write(out);
                out.flush();
                if (durable) ch.force(true);
                if (lock != null) lock.release();
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (durable) syncDirectory(dir);
            return result;
        } finally {
            finish(sweep);
            Files.deleteIfExists(tmp);
            PendingTemps.done(tmp);
        }
    }

    /**
     * The channel as a stream that hands it at most {@link #CHUNK} bytes at a time: a channel writes a heap array
     * through a temporary direct buffer as large as what it is given, allocated and zeroed for it (an 840 KB PDF
     * written at once: ~4 ms of the exporting thread), where one of 64 KB is allocated once per thread and reused.
     */
    private static OutputStream chunked(FileChannel ch) {
        OutputStream out = Channels.newOutputStream(ch);
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                java.util.Objects.checkFromIndexSize(off, len, b.length);
                for (int at = off, end = off + len; at < end; at += CHUNK) out.write(b, at, Math.min(CHUNK, end - at));
            }
        };
    }

    private static Thread sweeper(Path dir, String name, String own) {
        Thread t = new Thread(() -> removeStaleTemps(dir, name, own), "paiban-stale-temps");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits for the sweep, so that no write leaves a thread working in its folder behind it. */
    private static void finish(Thread sweep) {
        if (sweep == null) return;
        boolean interrupted = false;
        while (true) {
            try {
                sweep.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static FileChannel open(Path tmp, Path dir) throws IOException {
        try {
            return FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            // the folder, not the hidden temporary file, is what the user can do something about
            throw new AccessDeniedException(dir.toString(), null, "permission denied; nothing written");
        }
    }

    private static String tempPrefix(String name) { return "." + name + "."; }

    /**
     * Temp files of earlier writes of the same target that a kill -9 or a power cut left behind
     * ({@code .issue.pdf.3f9a….tmp}): removed unless a live writer still holds its lock on them. {@code own}, the temp
     * of the write that sweeps, is passed over by name.
     */
    static void removeStaleTemps(Path dir, String name, String own) {
        String prefix = tempPrefix(name);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return !n.equals(own) && n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + 4
                    && n.substring(prefix.length(), n.length() - 4).chars().allMatch(c -> Character.digit(c, 16) >= 0);
        })) {
            for (Path p : ds) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
                    FileLock lock = ch.tryLock();
                    if (lock == null) continue; // another process is writing it
                    Files.delete(p);
                    lock.release();
                } catch (OverlappingFileLockException busy) {
                    // this process is writing it
                } catch (IOException e) {
                    // not ours to remove (permissions): leave it
                }
            }
        } catch (IOException e) {
            // an unreadable folder fails the write itself, with its own message
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> {
            out.write(bytes);
            return null;
        });
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Makes the rename itself durable; where a folder cannot be opened (Windows) the rename is still atomic. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort, see above
        }
    }
}
