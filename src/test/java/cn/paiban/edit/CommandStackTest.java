package cn.paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueFixtures;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final Issue start = IssueFixtures.rich();

    @Test
    void executeUndoRedoWithDescriptions() {
        CommandStack stack = new CommandStack(start);
        assertFalse(stack.canUndo());
        assertFalse(stack.canRedo());
        assertEquals(Optional.empty(), stack.undoDescription());
        Issue one = stack.execute(new RenameSection("benqi-tegao", "特稿"));
        Issue two = stack.execute(new DeleteArticle("a03-nongmu"));
        assertEquals(Optional.of("删除文章《农牧融合发展 盐碱地变了样》"), stack.undoDescription());
        assertSame(one, stack.undo());
        assertEquals(Optional.of("栏目“本期特稿”改名为“特稿”"), stack.undoDescription());
        assertEquals(Optional.of("删除文章《农牧融合发展 盐碱地变了样》"), stack.redoDescription());
        assertSame(start, stack.undo());
        assertFalse(stack.canUndo());
        assertSame(one, stack.redo());
        assertSame(two, stack.redo());
        assertFalse(stack.canRedo());
        assertThrows(IllegalStateException.class, stack::redo);
    }

    @Test
    void aNewEditClearsRedo() {
        CommandStack stack = new CommandStack(start);
        stack.execute(new RenameSection("benqi-tegao", "特稿"));
        stack.undo();
        stack.execute(new MoveSection("tongji", 0));
        assertFalse(stack.canRedo());
        assertEquals("tongji", stack.current().sections().get(0).id());
    }

    @Test
    void aFailingCommandChangesNothing() {
        CommandStack stack = new CommandStack(start);
        List<String> events = new ArrayList<>();
        stack.addListener(s -> events.add("changed"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> stack.execute(new DeleteArticle("nope")));
        assertTrue(e.getMessage().contains("nope"));
        assertSame(start, stack.current());
        assertFalse(stack.canUndo());
        assertEquals(List.of(), events);
    }

    @Test
    void anEditThatChangesNothingIsNoStep() {
        CommandStack stack = new CommandStack(start);
        stack.execute(new RenameSection("benqi-tegao", "本期特稿"));
        assertFalse(stack.canUndo());
        assertFalse(stack.isDirty());
    }

    @Test
    void dirtySinceSave() {
        CommandStack stack = new CommandStack(start);
        assertFalse(stack.isDirty());
        stack.execute(new RenameSection("benqi-tegao", "特稿"));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty(), "undoing past the save makes the issue differ from the file");
        stack.redo();
        assertFalse(stack.isDirty(), "redo back to the saved state");
    }

    @Test
    void listenersHearEveryChange() {
        CommandStack stack = new CommandStack(start);
        List<Boolean> dirty = new ArrayList<>();
        CommandStack.Listener l = s -> dirty.add(s.isDirty());
        stack.addListener(l);
        stack.execute(new RenameSection("benqi-tegao", "特稿"));
        stack.undo();
        stack.redo();
        stack.markSaved();
        stack.removeListener(l);
        stack.undo();
        assertEquals(List.of(true, false, true, false), dirty);
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        CommandStack stack = new CommandStack(start);
        stack.execute(new EditArticleText("a02-xinqixiang", ArticleField.KICKER, "坚"));
        stack.execute(new EditArticleText("a02-xinqixiang", ArticleField.KICKER, "坚持"));
        stack.execute(new EditArticleText("a02-xinqixiang", ArticleField.KICKER, "坚持绿色"));
        assertEquals("坚持绿色", stack.current().article("a02-xinqixiang").orElseThrow().kicker());
        assertEquals(Optional.of("修改《以新气象新作为 推动高质量发展取得新成效》的引题"), stack.undoDescription());
        assertSame(start, stack.undo());
        assertFalse(stack.canUndo());
        assertEquals("坚持绿色", stack.redo().article("a02-xinqixiang").orElseThrow().kicker());
    }

    @Test
    void typingDoesNotMergeAcrossASaveOrAnotherField() {
        CommandStack stack = new CommandStack(start);
        stack.execute(new RenameSection("benqi-tegao", "特"));
        stack.markSaved();
        Issue saved = stack.current();
        stack.execute(new RenameSection("benqi-tegao", "特稿"));
        stack.execute(new EditArticleText("a02-xinqixiang", ArticleField.TITLE, "新标题"));
        stack.undo();
        assertSame(saved, stack.undo(), "the save point stays reachable");
        assertFalse(stack.isDirty());
    }

    @Test
    void sealEndsARunOfTyping() {
        CommandStack stack = new CommandStack(start);
        stack.execute(new RenameSection("benqi-tegao", "特"));
        Issue first = stack.execute(new RenameSection("benqi-tegao", "特稿"));
        stack.seal();
        stack.execute(new RenameSection("benqi-tegao", "特稿们"));
        assertSame(first, stack.undo());
        assertSame(start, stack.undo());
    }

    @Test
    void typingAfterUndoOrRedoIsANewStep() {
        CommandStack stack = new CommandStack(start);
        stack.execute(new RenameSection("benqi-tegao", "特"));
        Issue second = stack.execute(new RenameSection("tongji", "统计"));
        stack.undo();
        stack.redo();
        stack.execute(new RenameSection("tongji", "统计数字"));
        assertSame(second, stack.undo(), "the redone step stays as it was");
    }

    @Test
    void historyIsLimited() {
        CommandStack stack = new CommandStack(start, 2);
        stack.execute(new MoveSection("tongji", 0));
        stack.execute(new MoveSection("tongji", 1));
        stack.execute(new MoveSection("tongji", 2));
        stack.undo();
        stack.undo();
        assertFalse(stack.canUndo());
        assertEquals("tongji", stack.current().sections().get(0).id());
    }
}
