package cn.paiban.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of the writes under way in this process, deleted when it is ended by Ctrl-C (SIGINT), a logout or
 * kill (SIGTERM): an export stopped half-way left its {@code .本期.pdf.3f9a….tmp} of several hundred kilobytes in the
 * user's folder (a visible file on Windows) until the next export of the same name swept it. The target itself is never
 * touched here: deleting the temp before its rename makes the rename fail, so the old file stays whole; after the rename
 * there is nothing left to delete. A kill -9 or a power cut runs no hook; the next write's sweep takes those.
 */
public final class PendingTemps {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private PendingTemps() {}

    /** {@code tmp} (a file, or a folder written aside) is being written; deleted if the process is ended before {@link #done}. */
    public static void add(Path tmp) {
        if (!hooked) hook();
        PENDING.add(tmp);
    }

    /** {@code tmp} was renamed into place or deleted by its writer. */
    public static void done(Path tmp) {
        PENDING.remove(tmp);
    }

    private static synchronized void hook() {
        if (hooked) return;
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(PendingTemps::deleteAll, "paiban-pending-temps"));
        } catch (IllegalStateException shuttingDown) {
            // the process is already ending: the write's own finally deletes its temp, if it gets that far
        }
        hooked = true;
    }

    /** Deletes every temp still pending (the shutdown hook; tests call it directly). */
    static void deleteAll() {
        for (Path p : PENDING) {
            // a folder written aside (a proof round's snapshot) goes with what is in it; the writer may still be adding
            // to it, so a second pass takes what the first met half-made
            for (int pass = 0; pass < 2 && Files.exists(p, LinkOption.NOFOLLOW_LINKS); pass++) delete(p);
            PENDING.remove(p);
        }
    }

    private static void delete(Path p) {
        try {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> s = Files.walk(p)) {   // does not follow links
                    for (Path q : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(q);
                }
            } else {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // left for the next write's sweep
        }
    }

    /** The temps pending now (tests). */
    static Set<Path> pending() { return Set.copyOf(PENDING); }
}
