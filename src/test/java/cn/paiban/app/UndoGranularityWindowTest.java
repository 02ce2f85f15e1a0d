package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.paiban.display.SourceRef;
import cn.paiban.model.Block;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10: one Ctrl+Z took back a paste and ten later edits made over two minutes. Typing merges into one undo step
 * only while it is continuous; a pause over a second, a caret moved by hand, a paste, a focus change or another
 * paragraph ends the step.
 */
@ExtendWith(ApplicationExtension.class)
class UndoGranularityWindowTest {
    private static final String FEATURE = "yixin-qixiang";
    private SampleWindow w;
    private final long[] now = {1_000_000};

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
        w.window.session().setClock(() -> now[0]);   // the test says when time passes
    }

    private String paragraph(int i) {
        return ((Block.Paragraph) w.window.session().issue().article(FEATURE).orElseThrow().body().get(i)).text();
    }

    private TextArea body(FxRobot robot) { return robot.lookup("#field-body").queryAs(TextArea.class); }

    @BeforeEach
    void caretAtTheEndOfTheFirstParagraph(FxRobot robot) {
        robot.interact(() -> {
            w.window.goTo(new SourceRef(FEATURE, 0, 0));
            body(robot).positionCaret(w.window.article().selectionFor(0, 0)[1]);
        });
    }

    private void type(FxRobot robot, String s) {
        robot.write(s);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPauseOverASecondEndsTheStep(FxRobot robot) {
        String p0 = paragraph(0);
        type(robot, "甲");
        now[0] += 400;
        type(robot, "乙");
        now[0] += 1200;
        type(robot, "丙");
        assertEquals(p0 + "甲乙丙", paragraph(0));
        undo(robot);
        assertEquals(p0 + "甲乙", paragraph(0), "only what came after the pause");
        undo(robot);
        assertEquals(p0, paragraph(0), "甲乙 were one run");
    }

    @Test
    void movingTheCaretByHandEndsTheStep(FxRobot robot) {
        String p0 = paragraph(0);
        type(robot, "一");
        robot.type(KeyCode.LEFT).type(KeyCode.RIGHT);
        type(robot, "二");
        assertEquals(p0 + "一二", paragraph(0));
        undo(robot);
        assertEquals(p0 + "一", paragraph(0));
    }

    @Test
    void aPasteIsAStepOfItsOwn(FxRobot robot) {
        String p0 = paragraph(0);
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("粘贴的字");
            Clipboard.getSystemClipboard().setContent(c);
        });
        type(robot, "前");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "后");
        assertEquals(p0 + "前粘贴的字后", paragraph(0));
        undo(robot);
        assertEquals(p0 + "前粘贴的字", paragraph(0));
        undo(robot);
        assertEquals(p0 + "前", paragraph(0));
        undo(robot);
        assertEquals(p0, paragraph(0));
    }

    @Test
    void leavingTheFieldAndAnotherParagraphEndTheStep(FxRobot robot) {
        var blocks = w.window.session().issue().article(FEATURE).orElseThrow().body();
        int other = 1;
        while (!(blocks.get(other) instanceof Block.Paragraph)) other++;
        int second = other;
        String p0 = paragraph(0), p1 = paragraph(second);
        type(robot, "甲");
        robot.clickOn("#field-title");
        robot.interact(() -> {
            body(robot).requestFocus();
            body(robot).positionCaret(w.window.article().selectionFor(0, 0)[1]);
        });
        type(robot, "乙");
        robot.interact(() -> body(robot).positionCaret(w.window.article().selectionFor(second, 0)[1]));   // no key, no click
        type(robot, "丙");
        assertEquals(p0 + "甲乙", paragraph(0));
        assertEquals(p1 + "丙", paragraph(second));
        undo(robot);
        assertEquals(p1, paragraph(second), "another paragraph, another step");
        assertEquals(p0 + "甲乙", paragraph(0));
        undo(robot);
        assertEquals(p0 + "甲", paragraph(0), "focus went to the title and back");
        undo(robot);
        assertEquals(p0, paragraph(0));
    }
}
