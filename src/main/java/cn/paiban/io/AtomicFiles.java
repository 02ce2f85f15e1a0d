package cn.paiban.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces files so that a crash or a full disk leaves either the old or the new file, never half of
 * one: write a temporary file beside the target, fsync it, keep the old file as a backup (the last
 * {@value #BACKUP_VERSIONS} versions of each file), then rename the temporary file over the target in one atomic step.
 */
final class AtomicFiles {
    private AtomicFiles() {}

    /** Strict: a string with half a surrogate pair cannot be written as UTF-8 and must not be silently replaced by '?'. */
    static byte[] utf8(String text, Path file) throws IOException {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text));
            return Arrays.copyOf(b.array(), b.limit());
        } catch (CharacterCodingException e) {
            throw new IOException(cn.paiban.i18n.Msg.get("limits.save.half-surrogate", file), e);
        }
    }

    /**
     * Makes {@code target} hold {@code bytes}. Does nothing when it already does (unchanged files keep
     * their time stamp and their backup). Otherwise the old content goes to {@code backup} first.
     * Returns whether the file changed.
     */
    static boolean replace(Path target, byte[] bytes, Path backup) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        Path tmp = writeTemp(target.getParent(), target.getFileName().toString(), bytes);
        try {
            if (Files.exists(target)) {
                rotate(backup);
                copyTo(target, backup);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
            cn.paiban.files.PendingTemps.done(tmp);
        }
        syncDirectory(target.getParent());
        return true;
    }

    /** Moves {@code file} to {@code backup}, replacing an older backup, for files a save removes. */
    static void moveToBackup(Path file, Path backup) throws IOException {
        Files.createDirectories(backup.getParent());
        rotate(backup);
        Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(file.getParent());
    }

    /** How many versions of a file {@code .backup/} keeps: the newest under the file's own name, older ones numbered. */
    static final int BACKUP_VERSIONS = 10;

    /** The {@code n}th older backup (1…9) of {@code backup}: issue.json → issue~1.json, the next older issue~2.json … */
    static Path older(Path backup, int n) {
        String name = backup.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return backup.resolveSibling(stem + "~" + n + ext);
    }

    /**
     * Makes room for a new backup at {@code backup}: each older version moves one number up (the newest becomes ~1),
     * and the oldest, which would be the eleventh, is deleted.
     */
    static void rotate(Path backup) throws IOException {
        if (!Files.exists(backup)) return;
        Files.deleteIfExists(older(backup, BACKUP_VERSIONS - 1));
        for (int n = BACKUP_VERSIONS - 2; n >= 1; n--) {
            Path from = older(backup, n);
            if (Files.exists(from)) Files.move(from, older(backup, n + 1), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(backup, older(backup, 1), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Copies {@code from} to {@code to} atomically (copy aside, then rename), so a backup is never half written. */
    private static void copyTo(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Path tmp = writeTemp(to.getParent(), to.getFileName().toString(), Files.readAllBytes(from));
        try {
            Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
            cn.paiban.files.PendingTemps.done(tmp);
        }
    }

    /** A dot file beside the target, so that loading never mistakes it for an article. */
    private static Path writeTemp(Path dir, String name, byte[] bytes) throws IOException {
        Path tmp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        // CREATE_NEW, not createTempFile: that one makes the file private (0600), and the rename would
        // silently take the shared folder's permissions away from the issue file.
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            cn.paiban.files.PendingTemps.add(tmp);   // deleted if Ctrl-C ends the save before its rename
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            cn.paiban.files.PendingTemps.done(tmp);
            throw e;
        }
        return tmp;
    }

    /** The name pattern of {@link #writeTemp}'s files. */
    private static final java.util.regex.Pattern TEMP = java.util.regex.Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");

    /**
     * Deletes temporary files that a save killed half-way (power cut, kill -9) left in {@code dir}.
     * Only those older than an hour: a younger one may belong to a save still running elsewhere.
     */
    static void removeStaleTemps(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        java.time.Instant hourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (TEMP.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)
                        && Files.getLastModifiedTime(p).toInstant().isBefore(hourAgo)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Makes the rename itself durable. Some systems (Windows) cannot open a directory; the rename is still atomic there. */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort, see above
        }
    }
}
