package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 文件 ▸ 本期信息…: a bad date keeps the form open with the field named and nothing changed; a good one is one undo step. */
@ExtendWith(ApplicationExtension.class)
class IssueFactsDialogTest {
    private static final Path SAMPLE = Path.of("samples", "shuozhou-jingji-2023-04");
    private final EditorSession session = new EditorSession();
    private Stage stage;
    private Issue original;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        original = IssueStore.load(SAMPLE);
        session.open(original, SAMPLE);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void aRefusedDateKeepsTheFormAndAGoodOneIsOneUndoStep(FxRobot robot) {
        AtomicReference<Dialog<ButtonType>> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(IssueFactsDialog.create(stage, session.issue(), session::execute));
            dialog.get().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField date = robot.lookup("#facts-date").queryAs(TextField.class);
        assertEquals("2023-08-25", date.getText());
        assertTrue(robot.lookup("#facts-board").queryAs(TextArea.class).getText().startsWith("主任：武跃飞"));

        robot.interact(() -> date.setText("2023年13月1日"));
        robot.clickOn("#facts-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.get().isShowing(), "a refused value keeps the form open");
        String problem = robot.lookup("#facts-problem").queryAs(Label.class).getText();
        assertTrue(problem.startsWith("出版日期：") && problem.contains("2023年13月1日"), problem);
        assertTrue(date.isFocused(), "the refused field has the focus");
        assertEquals(original, session.issue(), "nothing applied");

        robot.interact(() -> {
            date.setText("2023年10月25日");
            robot.lookup("#facts-print-run").queryAs(TextField.class).setText("2000");
        });
        robot.clickOn("#facts-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.get().isShowing());
        assertEquals(LocalDate.of(2023, 10, 25), session.issue().journal().publicationDate());
        assertEquals("2000", session.issue().journal().colophon().printRun());
        assertEquals(original.board(), session.issue().board());
        robot.interact(session::undo);
        assertEquals(original, session.issue(), "one undo step takes the whole form back");
    }
}
