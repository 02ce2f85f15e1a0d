package cn.paiban.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The marks of the open issue as the editor and the proofreading view share them: the merged {@link Marks}, each change
 * saved at once to the one file it belongs to (the mark's round and reader), then the listeners told. A store without a
 * folder (tests, a new issue not saved yet) keeps the marks in memory. Not thread-safe: the UI thread calls it.
 */
public final class MarkStore {
    private final Path issueDir;
    private Marks marks;
    private final List<Runnable> listeners = new ArrayList<>();
    /** Marks changed together with the text (采纳), written only when the issue is saved: see {@link #putWithText}. */
    private final java.util.Set<String> unsaved = new java.util.LinkedHashSet<>();

    public MarkStore(Path issueDir, Marks marks) {
        this.issueDir = issueDir;
        this.marks = Objects.requireNonNull(marks);
    }

    /** The store of the issue in {@code issueDir}: every marks file read and merged. */
    public static MarkStore load(Path issueDir) throws cn.paiban.io.IssueFormatException, IOException {
        return new MarkStore(issueDir, Marks.load(issueDir));
    }

    public Marks marks() { return marks; }

    public Path issueDir() { return issueDir; }

    /** Adds {@code m} or puts it in place of the mark with its id, and saves its file. */
    public void put(Mark m) {
        marks = marks.with(m);
        unsaved.remove(m.id());
        save(m.round(), m.reader(), m, null);
    }

    /**
     * Puts {@code m} in place of the mark with its id without writing its file yet: its new state goes with an edit of
     * the text (采纳 and its undo), and is written by {@link #flush} when the issue is saved, so the files never say a mark
     * was carried out while the text on disk still reads as before (an editor who closes without saving).
     */
    public void putWithText(Mark m) {
        marks = marks.with(m);
        if (issueDir != null) unsaved.add(m.id());
        for (Runnable l : List.copyOf(listeners)) l.run();
    }

    /** Whether marks changed with the text wait for the issue to be saved. */
    public boolean hasUnsaved() { return !unsaved.isEmpty(); }

    /** Writes the marks changed with the text ({@link #putWithText}); call it after saving the issue. */
    public void flush() throws IOException {
        if (issueDir != null) flushInto(issueDir);
    }

    /**
     * Save As: writes the marks changed with the text into the marks files of the issue folder {@code dir} (the copy
     * of this one's, where the text was saved), leaving this store's own folder as it was, since its text was not.
     */
    public void flushInto(Path dir) throws IOException {
        if (issueDir == null || unsaved.isEmpty()) return;
        java.util.Map<String, List<Mark>> groups = new java.util.LinkedHashMap<>();
        for (String id : unsaved) {
            Mark m = marks.get(id).orElse(null);
            if (m != null) groups.computeIfAbsent(m.round() + "\u0000" + m.reader(), k -> new ArrayList<>()).add(m);
        }
        for (List<Mark> group : groups.values()) {
            Mark any = group.get(0);
            Marks onDisk;
            try {
                onDisk = Marks.of(Marks.loadFile(dir, any.round(), any.reader()));
            } catch (cn.paiban.io.IssueFormatException e) {
                throw new IOException(cn.paiban.i18n.Msg.get("proof.save.failed", Marks.relPath(any.round(), any.reader()),
                        e.getMessage()), e);
            }
            for (Mark m : group) onDisk = onDisk.with(m);
            onDisk.save(dir, any.round(), any.reader());
        }
        unsaved.clear();
    }

    /** Removes the mark (a proofreader taking back their own), and saves its file. */
    public void remove(String id) {
        Mark m = marks.get(id).orElse(null);
        if (m == null) return;
        marks = marks.without(id);
        save(m.round(), m.reader(), null, id);
    }

    /**
     * Writes the file of ({@code round}, {@code reader}) with one mark put or removed. The file is read again first and
     * the change made to what it holds now, so marks its proofreader added meanwhile (on a shared drive, another copy of
     * the editor) are kept, not overwritten with this editor's older copy; they join the marks here too.
     */
    private void save(int round, String reader, Mark put, String removed) {
        if (issueDir != null) {
            try {
                Marks onDisk = Marks.of(Marks.loadFile(issueDir, round, reader));
                Marks group = put != null ? onDisk.with(put) : onDisk.without(removed);
                for (Mark other : group.all()) if (marks.get(other.id()).isEmpty()) marks = marks.with(other);
                group.save(issueDir, round, reader);
            } catch (cn.paiban.io.IssueFormatException e) {
                // never overwrite a file that cannot be read: what it holds may be a colleague's work
                throw new UncheckedIOException(cn.paiban.i18n.Msg.get("proof.save.failed", Marks.relPath(round, reader), e.getMessage()),
                        new IOException(e));
            } catch (IOException e) {
                throw new UncheckedIOException(cn.paiban.i18n.Msg.get("proof.save.failed", Marks.relPath(round, reader), e.getMessage()), e);
            } finally {
                for (Runnable l : List.copyOf(listeners)) l.run();
            }
            return;
        }
        for (Runnable l : List.copyOf(listeners)) l.run();
    }

    /** Called after every change of the marks. */
    public void addListener(Runnable l) { listeners.add(Objects.requireNonNull(l)); }

    public void removeListener(Runnable l) { listeners.remove(l); }
}
