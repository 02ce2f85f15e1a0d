package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.edit.ArticleField;
import cn.paiban.edit.DeleteSection;
import cn.paiban.edit.EditArticleText;
import cn.paiban.edit.RenameSection;
import cn.paiban.io.IssueFixtures;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EditorSessionTest {
    private final Issue start = IssueFixtures.rich();

    private static EditArticleText retitle(String t) {
        return new EditArticleText("a02-xinqixiang", ArticleField.TITLE, t);
    }

    private String title(EditorSession s) { return s.issue().article("a02-xinqixiang").orElseThrow().title(); }

    @Test
    void undoAndRedoWalkTheHistoryAndTrackUnsavedChanges() {
        EditorSession s = new EditorSession();
        s.open(start, Path.of("x"));
        assertFalse(s.isDirty());
        s.execute(retitle("一"));
        s.execute(new RenameSection("benqi-tegao", "特稿"));
        assertTrue(s.isDirty());
        assertTrue(s.undoDescription().contains("特稿") || s.undoDescription().contains("本期特稿"), s.undoDescription());
        assertTrue(s.undo());
        assertEquals("一", title(s));
        assertTrue(s.undo());
        assertSame(start, s.issue());
        assertFalse(s.isDirty(), "back to what is on disk");
        assertFalse(s.undo());
        assertTrue(s.redo());
        assertTrue(s.redo());
        assertEquals("特稿", s.issue().sections().get(1).title());
        assertFalse(s.redo());
    }

    @Test
    void typingInOneFieldIsOneUndoStepAndANewEditClearsRedo() {
        EditorSession s = new EditorSession();
        s.open(start, null);
        for (String t : new String[] {"新", "新标", "新标题"}) s.execute(retitle(t));
        s.execute(new RenameSection("benqi-tegao", "特稿"));
        s.undo();
        s.undo();
        assertSame(start, s.issue(), "three keystrokes undone at once");
        s.redo();
        s.execute(retitle("再改"));
        assertFalse(s.canRedoProperty().get());
    }

    @Test
    void aSealedRunStartsANewStepButLaterTypingStillMerges() {
        EditorSession s = new EditorSession();
        s.open(start, null);
        s.execute(retitle("甲"));
        s.seal();
        s.execute(retitle("甲乙"));
        s.execute(retitle("甲乙丙"));
        s.undo();
        assertEquals("甲", title(s));
        s.undo();
        assertSame(start, s.issue());
        assertFalse(s.canUndoProperty().get());
    }

    @Test
    void anEditThatDoesNotFitChangesNothingAndSaysWhy() {
        EditorSession s = new EditorSession();
        s.open(start, null);
        assertFalse(s.execute(retitle("  ")));
        assertSame(start, s.issue());
        assertFalse(s.problemProperty().get().isEmpty());
        assertFalse(s.canUndoProperty().get());
        assertTrue(s.execute(new DeleteSection("kong")));
        assertEquals("", s.problemProperty().get());
    }

    @Test
    void savingMakesTheCurrentIssueClean() {
        EditorSession s = new EditorSession();
        s.open(start, null, false);
        assertTrue(s.isDirty(), "a new issue is unsaved");
        s.markSaved(Path.of("d"));
        assertFalse(s.isDirty());
        assertEquals(Path.of("d"), s.folder());
        s.execute(retitle("改"));
        assertTrue(s.isDirty());
    }
}
