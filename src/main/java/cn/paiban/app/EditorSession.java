package cn.paiban.app;

import cn.paiban.edit.CommandStack;
import cn.paiban.edit.EditCommand;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The open issue, its folder, and its history: a {@link CommandStack} of {@code cn.paiban.edit} commands
 * seen through JavaFX properties, so view-models and tests use it without a window. A command that does not
 * fit the issue (a blank title, deleting the last section) leaves everything as it was and its message
 * appears in {@link #problemProperty}.
 */
public final class EditorSession {
    private final ObjectProperty<Issue> issue = new SimpleObjectProperty<>(this, "issue");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final SimpleStringProperty problem = new SimpleStringProperty(this, "problem", "");
    private CommandStack stack;
    private boolean neverSaved;
    private boolean sealed;
    /** Typing merges into one undo step only while it is continuous: a pause longer than this ends the run. */
    public static final long PAUSE_MILLIS = 1000;
    private java.util.function.LongSupplier clock = () -> System.nanoTime() / 1_000_000;
    private long lastEdit = Long.MIN_VALUE / 2;

    /** Starts over with {@code opened} from {@code dir}. */
    public void open(Issue opened, Path dir) {
        open(opened, dir, dir != null);
    }

    /** Starts over; {@code onDisk} false marks it unsaved (a new issue, an import, a recovered copy). */
    public void open(Issue opened, Path dir, boolean onDisk) {
        stack = new CommandStack(opened);
        stack.addListener(s -> refresh());
        neverSaved = !onDisk;
        folder.set(dir);
        refresh();
    }

    /**
     * Runs an edit as a step of the history (typing in one field merges into one step, as the command
     * decides). Returns false, with the reason in {@link #problemProperty}, when the edit does not fit.
     */
    public boolean execute(EditCommand command) {
        if (stack == null) return false;
        if (clock.getAsLong() - lastEdit > PAUSE_MILLIS) sealed = true;   // a pause ends a run of typing
        try {
            // a command with side state never merges, and the stack must see it as it is to run its side state
            stack.execute(sealed && !(command instanceof cn.paiban.edit.SideState) ? new Unmerged(command) : command);
            sealed = false;
            // counted from when the edit has been shown: time spent typesetting it is not a pause of the user's
            lastEdit = clock.getAsLong();
            problem.set("");
            return true;
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        } catch (java.io.UncheckedIOException e) {
            // the edit is made; what it keeps beside the issue (a mark's file) could not be written: say so
            problem.set(e.getMessage());
            return true;
        }
    }

    /** An edit that was looked at and not done: {@code reason} appears in {@link #problemProperty}. */
    public void refuse(String reason) {
        problem.set("");
        problem.set(reason);
    }

    /** The milliseconds clock that tells a pause in typing (tests set their own). */
    public void setClock(java.util.function.LongSupplier millis) { this.clock = java.util.Objects.requireNonNull(millis); }

    /**
     * Ends a run of typing: the next edit is a step of its own even in the same field. The editor calls it when the
     * caret is moved by hand, around a paste, when a field gains or loses focus, and on save, undo and redo.
     */
    public void seal() { sealed = true; }

    public boolean undo() {
        if (stack == null || !stack.canUndo()) return false;
        stack.undo();
        sealed = true;
        return true;
    }

    public boolean redo() {
        if (stack == null || !stack.canRedo()) return false;
        stack.redo();
        sealed = true;
        return true;
    }

    public String undoDescription() { return stack == null ? "" : stack.undoDescription().orElse(""); }

    public String redoDescription() { return stack == null ? "" : stack.redoDescription().orElse(""); }

    /** Records that the current issue is what is on disk in {@code dir}. */
    public void markSaved(Path dir) {
        neverSaved = false;
        folder.set(dir);
        sealed = true;
        stack.markSaved();
        refresh();
    }

    private void refresh() {
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        dirty.set(neverSaved || stack.isDirty());
        issue.set(stack.current());
    }

    /** A command that does not merge into the step before it, but lets later typing merge into it. */
    private record Unmerged(EditCommand inner) implements EditCommand {
        @Override
        public String description() { return inner.description(); }

        @Override
        public Issue apply(Issue i) { return inner.apply(i); }

        @Override
        public EditCommand mergedWith(EditCommand next) { return inner.mergedWith(next); }
    }

    public Issue issue() { return issue.get(); }

    public ReadOnlyObjectProperty<Issue> issueProperty() { return issue; }

    public Path folder() { return folder.get(); }

    public ReadOnlyObjectProperty<Path> folderProperty() { return folder; }

    public boolean isDirty() { return dirty.get(); }

    public ReadOnlyBooleanProperty dirtyProperty() { return dirty; }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo; }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo; }

    public ReadOnlyStringProperty problemProperty() { return problem; }
}
