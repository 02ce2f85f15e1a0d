package cn.paiban.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException("folder " + dir + " does not exist");
        // A dot file, so no loader mistakes it for content; CREATE_NEW rather than createTempFile, whose
        // private (0600) mode the rename would carry over to a file the office shares.
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            T result;
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(ch);
                result = body.write(out);
                out.flush();
                ch.force(true);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(dir);
            return result;
        } finally {
            Files.deleteIfExists(tmp);
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
