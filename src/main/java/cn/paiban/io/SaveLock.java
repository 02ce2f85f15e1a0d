package cn.paiban.io;

import cn.paiban.i18n.Msg;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Held while an issue folder is saved, by every process that saves it (the editor, paiban info, add, plan --apply, two
 * colleagues on a shared drive): a lock on {@code .backup/.lock}, so two saves never interleave their files and backups,
 * and a save that checks the folder first ({@link IssueStore#saveOver}) sees no other save half-done. Within one process the
 * saves are taken in turn (a file lock cannot be taken twice by one process).
 */
final class SaveLock implements AutoCloseable {
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();
    /** How long a save waits for another to finish; saves take well under a second, a stuck one is said to the user. */
    private static final long WAIT_MS = 30_000;

    private final FileChannel channel;
    /** Null on a file system that cannot lock. */
    private final FileLock lock;

    private SaveLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static SaveLock take(Path dir) throws IOException {
        IN_PROCESS.lock();
        try {
            Path file = dir.resolve(IssueLayout.BACKUP).resolve(".lock");
            FileChannel ch;
            try {
                Files.createDirectories(file.getParent());
                ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (java.nio.file.AccessDeniedException e) {
                throw new java.nio.file.AccessDeniedException(dir.toString());   // the folder, as the user knows it
            } catch (IOException e) {
                throw cn.paiban.i18n.WriteFailure.of(dir, e);   // a read-only or full disk: the issue folder cannot be saved
            }
            try {
                long deadline = System.nanoTime() + WAIT_MS * 1_000_000;
                while (true) {
                    FileLock l;
                    try {
                        l = ch.tryLock();
                    } catch (OverlappingFileLockException e) {
                        l = null;
                    } catch (IOException e) {
                        // a share that cannot lock files (some NAS, NFS without a lock daemon): the save goes on as it
                        // did before there was a lock, this process's saves still in turn
                        return new SaveLock(ch, null);
                    }
                    if (l != null) return new SaveLock(ch, l);
                    if (System.nanoTime() > deadline) throw new IOException(Msg.get("io.store.save-busy", dir));
                    Thread.sleep(50);
                }
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            } catch (InterruptedException e) {
                ch.close();
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException(Msg.get("io.store.save-busy", dir));
            }
        } catch (IOException | RuntimeException e) {
            IN_PROCESS.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock != null) lock.release();
            channel.close();
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
