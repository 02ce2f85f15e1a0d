package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueFixtures;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EditorSessionTest {
    private final Issue start = IssueFixtures.rich();

    private static Issue retitle(Issue i, String t) {
        return IssueEdits.rename(i, "a02-xinqixiang", t);
    }

    @Test
    void undoAndRedoWalkTheHistoryAndTrackUnsavedChanges() {
        EditorSession s = new EditorSession();
        s.open(start, Path.of("x"));
        assertFalse(s.isDirty());
        s.apply("one", i -> retitle(i, "一"));
        s.apply("two", i -> retitle(i, "二"));
        assertTrue(s.isDirty());
        assertEquals("two", s.undoDescription());
        assertTrue(s.undo());
        assertEquals("一", s.issue().article("a02-xinqixiang").orElseThrow().title());
        assertTrue(s.undo());
        assertEquals(start, s.issue());
        assertFalse(s.isDirty(), "back to what is on disk");
        assertFalse(s.undo());
        assertTrue(s.redo());
        assertTrue(s.redo());
        assertEquals("二", s.issue().article("a02-xinqixiang").orElseThrow().title());
        assertFalse(s.redo());
    }

    @Test
    void typingInOneFieldIsOneUndoStepAndANewEditClearsRedo() {
        EditorSession s = new EditorSession();
        s.open(start, null);
        for (String t : new String[] {"新", "新标", "新标题"}) s.apply("title", "k", i -> retitle(i, t));
        s.apply("other", "other-key", i -> IssueEdits.rename(i, "benqi-tegao", "特稿"));
        s.undo();
        s.undo();
        assertEquals(start, s.issue(), "three keystrokes undone at once");
        s.redo();
        s.apply("x", i -> retitle(i, "再改"));
        assertFalse(s.canRedoProperty().get());
    }

    @Test
    void aSealedRunStartsANewStepAndNoOpEditsAreNotRecorded() {
        EditorSession s = new EditorSession();
        s.open(start, null);
        s.apply("t", "k", i -> retitle(i, "甲"));
        s.seal();
        s.apply("t", "k", i -> retitle(i, "甲乙"));
        s.apply("noop", i -> i);
        s.undo();
        assertEquals("甲", s.issue().article("a02-xinqixiang").orElseThrow().title());
        s.undo();
        assertSame(start, s.issue());
        assertFalse(s.canUndoProperty().get());
    }

    @Test
    void savingMakesTheCurrentIssueClean() {
        EditorSession s = new EditorSession();
        s.open(start, null, false);
        assertTrue(s.isDirty(), "a new issue is unsaved");
        s.markSaved(Path.of("d"));
        assertFalse(s.isDirty());
        assertEquals(Path.of("d"), s.folder());
        s.apply("t", i -> retitle(i, "改"));
        assertTrue(s.isDirty());
    }
}
