package cn.paiban.edit;

import cn.paiban.model.Issue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The editor's history: execute, undo, redo, and whether the issue changed since it was saved.
 * Each step keeps the Issue before and after it; immutable issues share everything an edit did not
 * touch, so a long history costs little. Not thread-safe: the editor calls it from its UI thread.
 */
public final class CommandStack {
    /** Notified after every change of the current issue or of the saved mark. */
    @FunctionalInterface
    public interface Listener {
        void stackChanged(CommandStack stack);
    }

    private record Step(EditCommand command, Issue before, Issue after) {}

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new ArrayList<>();
    private Issue current;
    /** The issue as last saved or loaded; compared by identity, so undoing back to it makes the stack clean. */
    private Issue saved;
    /** True when the next step must stand on its own: after undo, redo, or {@link #seal()}. */
    private boolean sealed;

    public CommandStack(Issue issue) {
        this(issue, 1000);
    }

    /** {@code limit}: how many steps undo can go back; older ones are forgotten. */
    public CommandStack(Issue issue, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit " + limit);
        this.current = Objects.requireNonNull(issue, "issue");
        this.saved = issue;
        this.limit = limit;
    }

    public Issue current() { return current; }

    /**
     * Applies {@code command} to the current issue. A command that changes nothing leaves the history
     * alone, unless it has {@link SideState} (then {@link SideState#done()} runs after it). Consecutive commands that merge (typing in one field) become one step, unless the first
     * one was saved, undone or redone since, or {@link #seal()} was called.
     *
     * @throws IllegalArgumentException from the command; the issue and history stay as they were
     */
    public Issue execute(EditCommand command) {
        Issue after = command.apply(current);
        boolean side = command instanceof SideState;
        if (after == current && !side) return current;
        Step top = undo.peek();
        EditCommand merged = !side && top != null && !(top.command() instanceof SideState) && !sealed && redo.isEmpty() && top.after() == current && current != saved
                ? top.command().mergedWith(command) : null;
        if (merged != null) {
            undo.pop();
            undo.push(new Step(merged, top.before(), after));
        } else {
            undo.push(new Step(command, current, after));
            if (undo.size() > limit) undo.removeLast();
        }
        redo.clear();
        current = after;
        sealed = false;
        if (side) ((SideState) command).done();
        fire();
        return current;
    }

    /** Ends a run of typing (the field lost focus, the user pressed Enter): the next edit is a step of its own. */
    public void seal() {
        sealed = true;
    }

    public boolean canUndo() { return !undo.isEmpty(); }

    public boolean canRedo() { return !redo.isEmpty(); }

    /** The description of the step {@link #undo()} would take back. */
    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of(undo.peek().command().description()) : Optional.empty();
    }

    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of(redo.peek().command().description()) : Optional.empty();
    }

    public Issue undo() {
        if (!canUndo()) throw new IllegalStateException("nothing to undo");
        Step s = undo.pop();
        redo.push(s);
        current = s.before();
        sealed = true;
        if (s.command() instanceof SideState side) side.undone();
        fire();
        return current;
    }

    public Issue redo() {
        if (!canRedo()) throw new IllegalStateException("nothing to redo");
        Step s = redo.pop();
        undo.push(s);
        current = s.after();
        sealed = true;
        if (s.command() instanceof SideState side) side.done();
        fire();
        return current;
    }

    /** Call after saving (or loading) the current issue. */
    public void markSaved() {
        saved = current;
        fire();
    }

    /** Whether the current issue differs from the one last marked saved. */
    public boolean isDirty() { return current != saved; }

    public void addListener(Listener l) { listeners.add(Objects.requireNonNull(l)); }

    public void removeListener(Listener l) { listeners.remove(l); }

    private void fire() {
        for (Listener l : List.copyOf(listeners)) l.stackChanged(this);
    }
}
