package cn.paiban.app;

import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The open issue, its folder, and the edit history. Every change goes through {@link #apply} so that it can
 * be undone; the issue is immutable, so a history entry is the issue before and after plus a description.
 * Consecutive edits with the same merge key (typing in one field) fold into one undo step, as in any editor.
 * Plain JavaFX properties, no window: view-models and tests use it directly.
 */
public final class EditorSession {
    private final ObjectProperty<Issue> issue = new SimpleObjectProperty<>(this, "issue");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Issue saved;

    private record Step(String description, String mergeKey, Issue before, Issue after) {}

    /** Starts over with {@code opened} from {@code dir} (null for a new, unsaved issue). */
    public void open(Issue opened, Path dir) {
        open(opened, dir, dir != null);
    }

    /** Starts over; {@code onDisk} false marks it unsaved (a new issue, an import, a recovered copy). */
    public void open(Issue opened, Path dir, boolean onDisk) {
        undo.clear();
        redo.clear();
        saved = onDisk ? opened : null;
        folder.set(dir);
        issue.set(opened);
        refresh();
    }

    /** Applies an edit as one undo step. A change that changes nothing is not recorded. */
    public void apply(String description, UnaryOperator<Issue> change) {
        apply(description, null, change);
    }

    /**
     * Applies an edit; when {@code mergeKey} equals the key of the last step (and nothing was undone since),
     * the two become one step, so undo takes back a whole burst of typing, not one character.
     */
    public void apply(String description, String mergeKey, UnaryOperator<Issue> change) {
        Issue before = issue.get();
        Issue after = Objects.requireNonNull(change.apply(before), "an edit returned no issue");
        if (after.equals(before)) return;
        Step last = undo.peek();
        if (mergeKey != null && last != null && mergeKey.equals(last.mergeKey()) && redo.isEmpty()) {
            undo.pop();
            undo.push(new Step(description, mergeKey, last.before(), after));
        } else {
            undo.push(new Step(description, mergeKey, before, after));
        }
        redo.clear();
        issue.set(after);
        refresh();
    }

    /** Ends the current merge run: the next edit is a step of its own even with the same key. */
    public void seal() {
        Step last = undo.peek();
        if (last != null && last.mergeKey() != null) {
            undo.pop();
            undo.push(new Step(last.description(), null, last.before(), last.after()));
        }
    }

    public boolean undo() {
        if (undo.isEmpty()) return false;
        Step s = undo.pop();
        redo.push(s);
        issue.set(s.before());
        refresh();
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) return false;
        Step s = redo.pop();
        undo.push(new Step(s.description(), null, s.before(), s.after()));
        issue.set(s.after());
        refresh();
        return true;
    }

    public String undoDescription() { return undo.isEmpty() ? "" : undo.peek().description(); }

    public String redoDescription() { return redo.isEmpty() ? "" : redo.peek().description(); }

    /** Records that the current issue is what is on disk in {@code dir}. */
    public void markSaved(Path dir) {
        saved = issue.get();
        folder.set(dir);
        seal();
        refresh();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        dirty.set(issue.get() != null && !issue.get().equals(saved));
    }

    public Issue issue() { return issue.get(); }

    public ReadOnlyObjectProperty<Issue> issueProperty() { return issue; }

    public Path folder() { return folder.get(); }

    public ReadOnlyObjectProperty<Path> folderProperty() { return folder; }

    public boolean isDirty() { return dirty.get(); }

    public ReadOnlyBooleanProperty dirtyProperty() { return dirty; }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo; }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo; }
}
