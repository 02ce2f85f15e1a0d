package cn.paiban.app;

import cn.paiban.edit.EditArticleText;
import cn.paiban.edit.ArticleField;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueFixtures;
import cn.paiban.model.Article;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleEditorModelTest {
    private EditorSession session;
    private ArticleEditorModel editor;

    @BeforeEach
    void open() {
        session = new EditorSession();
        session.open(IssueFixtures.rich(), null);
        editor = new ArticleEditorModel(session);
        editor.articleIdProperty().set("a02-xinqixiang");
    }

    private Article article() { return session.issue().article("a02-xinqixiang").orElseThrow(); }

    @Test
    void showsTheArticleFieldByField() {
        assertEquals("坚持绿色发展主基调", editor.kickerProperty().get());
        assertEquals("以新气象新作为 推动高质量发展取得新成效", editor.titleProperty().get());
        assertEquals("王明（市发改委）；李华", editor.authorsProperty().get());
        assertEquals(article().body(), BodyText.parse(editor.bodyProperty().get()).blocks());
        assertFalse(session.canUndoProperty().get(), "showing is not editing");
    }

    @Test
    void typingAParagraphEditsTheIssueAndUndoRestoresTheText() {
        String before = editor.bodyProperty().get();
        String first = ((Block.Paragraph) article().body().get(0)).text();
        editor.bodyProperty().set(before.replace(first, first + "增"));
        editor.bodyProperty().set(editor.bodyProperty().get().replace(first + "增", first + "增补"));
        assertEquals(first + "增补", ((Block.Paragraph) article().body().get(0)).text());
        assertEquals(6, article().body().size(), "the other blocks are untouched");
        session.undo();
        assertEquals(first, ((Block.Paragraph) article().body().get(0)).text(), "one step for the burst");
        assertEquals(before, editor.bodyProperty().get());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void emptyingAnOptionalFieldRemovesItAndAuthorsAreParsed() {
        editor.subtitleProperty().set("");
        assertNull(article().subtitle());
        editor.authorsProperty().set("张三（朔州市统计局）；李四");
        assertEquals(List.of(new Author("张三", "朔州市统计局"), new Author("李四")), article().authors());
        editor.titleProperty().set("新标题");
        assertEquals("新标题", article().title());
    }

    @Test
    void aChangeFromElsewhereReloadsWithoutEchoingAsAnEdit() {
        session.execute(new EditArticleText("a02-xinqixiang", ArticleField.TITLE, "大纲里改的"));
        assertEquals("大纲里改的", editor.titleProperty().get());
        session.undo();
        assertEquals("以新气象新作为 推动高质量发展取得新成效", editor.titleProperty().get());
        assertTrue(session.canRedoProperty().get(), "reloading did not make a new edit that would clear redo");
    }

    @Test
    void caretAndBlocksMapBothWays() {
        int[] sel = editor.selectionFor(2, 1);
        String text = editor.bodyProperty().get();
        assertTrue(text.substring(sel[0], sel[1]).startsWith("> “发展"));
        assertEquals("发", text.substring(sel[2], sel[2] + 1));
        assertEquals(2, editor.blockAt(sel[2]));
        assertArrayEquals(null, editor.selectionFor(99, 0));
    }

    @Test
    void switchingArticlesSealsTheTypingRun() {
        editor.titleProperty().set("甲");
        editor.articleIdProperty().set("a03-nongmu");
        editor.articleIdProperty().set("a02-xinqixiang");
        editor.titleProperty().set("甲乙");
        session.undo();
        assertEquals("甲", article().title());
    }
}
