package cn.paiban.edit;

/**
 * State kept beside the issue that a command changes together with it, such as the status of the proofreader's mark
 * the command carries out (采纳). {@link CommandStack} calls {@link #done()} after the command is executed or redone and
 * {@link #undone()} after it is undone, so one Ctrl+Z takes back both. A command with side state is a step of the history
 * even when the issue stays the same (不改 with a reply), and it never merges with the next command.
 */
public interface SideState {
    void done();

    void undone();
}
