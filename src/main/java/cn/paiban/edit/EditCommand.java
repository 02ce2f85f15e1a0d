package cn.paiban.edit;

import cn.paiban.model.Issue;

/**
 * One edit the editor can undo. The model is immutable, so a command only computes the next Issue;
 * {@link CommandStack} undoes it by going back to the Issue before it.
 */
public interface EditCommand {
    /** What the command does, for the undo/redo menu: 撤销 + description. */
    String description();

    /**
     * The issue after the edit; the same instance when the edit changes nothing.
     *
     * @throws IllegalArgumentException when the edit does not fit this issue (unknown id, index out
     *     of range, a blank title, deleting the last section); the message says why
     */
    Issue apply(Issue issue);

    /**
     * This command followed by {@code next} as one command, or null when they stay apart. Lets typing
     * in one field become one undo step instead of one per keystroke.
     */
    default EditCommand mergedWith(EditCommand next) { return null; }
}
