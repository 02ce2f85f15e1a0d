package cn.paiban.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** {@code tmp} is being written; deleted if the process is ended before {@link #done}. */
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
            try {
                Files.deleteIfExists(p);
            } catch (IOException | SecurityException e) {
                // left for the next write's sweep
            }
            PENDING.remove(p);
        }
    }

    /** The temps pending now (tests). */
    static Set<Path> pending() { return Set.copyOf(PENDING); }
}
