package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.edit.TextSearch;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find and replace in the editor window: Enter in the find field finds again and never types into the text. */
@ExtendWith(ApplicationExtension.class)
class FindReplaceWindowTest {
    private static final String NONGMU = "nongmu-ronghe";
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    private Issue issue() { return w.window.session().issue(); }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) robot.release(keys[i]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The reported case: Ctrl+F, 1500, Enter, Enter left a line break in place of the selected 1500. */
    @Test
    void enterInTheFindFieldGoesToTheNextMatchAndNeverEditsTheText(FxRobot robot) {
        Issue before = issue();
        int hits = TextSearch.find(before, "1500").size();
        assertTrue(hits >= 2, "the sample has 1500 twice in 农牧融合发展");
        key(robot, KeyCode.CONTROL, KeyCode.F);
        TextField query = robot.lookup("#find-query").queryAs(TextField.class);
        assertTrue(query.isFocused());
        robot.write("1500");
        key(robot, KeyCode.ENTER);
        TextArea body = robot.lookup("#field-body").queryAs(TextArea.class);
        assertEquals(NONGMU, w.window.article().articleIdProperty().get());
        assertEquals("1500", body.getSelectedText(), "the first match is selected in 正文");
        int first = body.getSelection().getStart();
        assertTrue(query.isFocused(), "the keyboard stays in the find field");
        key(robot, KeyCode.ENTER);
        key(robot, KeyCode.ENTER);
        assertSame(before, issue(), "Enter never typed into the issue");
        assertFalse(w.window.session().isDirty());
        assertTrue(query.isFocused());
        assertEquals("1500", body.getSelectedText());
        assertTrue(body.getSelection().getStart() != first || hits == 2, "moved on to another match");
        key(robot, KeyCode.SHIFT, KeyCode.ENTER);   // back one
        assertEquals("1500", query.getText());
        assertSame(before, issue());
    }

    @Test
    void findsInTheTitlesOfNoticesToo(FxRobot robot) {
        Article shortItem = issue().notices().get(0);
        String word = shortItem.title().substring(0, Math.min(6, shortItem.title().length()));
        key(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write(word);
        var expected = TextSearch.find(issue(), word);
        int k = 0;
        while (!expected.get(k).articleId().equals(shortItem.id())) k++;
        for (int i = 0; i <= k; i++) key(robot, KeyCode.ENTER);
        assertEquals(shortItem.id(), w.window.article().articleIdProperty().get());
        assertEquals(shortItem.id(), w.window.outline().selectedProperty().get());
    }

    @Test
    void replaceAllIsOneUndoStepAndReplaceOneReplacesTheMatchShown(FxRobot robot) {
        Issue before = issue();
        int n = TextSearch.find(before, "盐碱地").size();
        assertTrue(n > 3);
        key(robot, KeyCode.CONTROL, KeyCode.H);
        robot.write("盐碱地");
        robot.clickOn("#find-replacement");
        robot.write("盐渍土");
        robot.clickOn("#replace-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, TextSearch.find(issue(), "盐碱地").size());
        assertEquals(n, TextSearch.find(issue(), "盐渍土").size() - TextSearch.find(before, "盐渍土").size());
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, issue(), "one Ctrl+Z takes back every replacement");
        assertEquals("共 " + n + " 处", robot.lookup("#find-count").queryAs(javafx.scene.control.Label.class).getText(),
                "the count follows the undo");
        assertFalse(w.window.session().canUndoProperty().get());

        // 替换: the first press shows the first match, the second replaces it and shows the next.
        robot.clickOn("#replace-one");
        robot.clickOn("#replace-one");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(n - 1, TextSearch.find(issue(), "盐碱地").size());
        var first = TextSearch.find(before, "盐碱地").get(0);
        Article a = issue().article(first.articleId()).orElseThrow();
        String text = first.inBody() ? TextSearch.pieces(a.body().get(first.block())).get(first.piece()) : first.field().get(a);
        assertTrue(text.startsWith("盐渍土", first.offset()), text);
        TextArea body = robot.lookup("#field-body").queryAs(TextArea.class);
        TextField query = robot.lookup("#find-query").queryAs(TextField.class);
        assertEquals("盐碱地", body.getSelectedText().isEmpty() ? "盐碱地" : body.getSelectedText());
        assertFalse(body.isFocused());
        assertEquals("盐碱地", query.getText());
        assertTrue(issue().article(first.articleId()).orElseThrow().body().stream().noneMatch(b -> b instanceof Block.Paragraph p
                && p.text().contains("\n")));
    }
}
