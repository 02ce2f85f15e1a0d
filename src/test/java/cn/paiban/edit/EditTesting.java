package cn.paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Issue;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs a command through a CommandStack and checks the undo/redo round trip and that the result can be saved and read back. */
final class EditTesting {
    private EditTesting() {}

    static Issue roundTrip(Issue before, EditCommand command) throws Exception {
        CommandStack stack = new CommandStack(before);
        Issue after = stack.execute(command);
        assertEquals(true, stack.canUndo());
        assertSame(before, stack.undo(), "undo restores the issue before");
        assertEquals(false, stack.isDirty());
        assertSame(after, stack.redo(), "redo restores the issue after");
        assertEquals(true, stack.isDirty());
        Path dir = Files.createTempDirectory("paiban-edit");
        try {
            IssueStore.save(after, dir);
            assertEquals(after, IssueStore.load(dir), "the edited issue saves and loads");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return after;
    }
}
