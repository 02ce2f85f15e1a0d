package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.Issue;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A drag in 页面规划 is looked at before it happens, as a move in the outline is: a start moved so close to the next
 * pinned page that the article no longer fits says so (overset) and asks, 取消 changes nothing, 仍然移动 is one undo step.
 */
@ExtendWith(ApplicationExtension.class)
class PlanDragReviewWindowTest {
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
        w.window.showPagePlan();
    }

    private Issue issue() { return w.window.session().issue(); }

    private void dragNongmuTo17(FxRobot robot) {
        robot.interact(() -> w.window.showPagePlan());   // 页面规划 in front again after a dialog of the main window
        robot.drag((Node) robot.lookup("#plan-start-nongmu-ronghe").query()).dropTo("#plan-page-17");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDragThatWouldOversetAnArticleAsksFirst(FxRobot robot) {
        Issue before = issue();
        assertEquals(15, before.plan().entry("nongmu-ronghe").orElseThrow().startPage());
        dragNongmuTo17(robot);   // page 18 is pinned to 山西朔州…: one page left for 农牧融合发展
        DialogPane dialog = robot.lookup("#move-dialog").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("农牧融合发展"), "names what would overflow: " + dialog.getContentText());
        // one way only: the header says 这一改动会造成：, the button 仍然移动; the text does not say either again
        assertEquals("这一改动会造成：", dialog.getHeaderText());
        assertTrue(dialog.getContentText().startsWith("· ") && !dialog.getContentText().contains("这一改动会造成")
                && !dialog.getContentText().contains("仍然移动"), dialog.getContentText());
        String buttons = dialog.getButtonTypes().stream().map(b -> b.getText() + "=" + dialog.lookupButton(b).getId()).toList().toString();
        assertEquals("仍然移动", ((Labeled) robot.lookup("#move-as_is").tryQuery().orElseThrow(() -> new AssertionError(buttons))).getText());
        robot.clickOn("#move-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, issue(), "取消 changes nothing");

        dragNongmuTo17(robot);
        robot.clickOn("#move-as_is");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(17, issue().plan().entry("nongmu-ronghe").orElseThrow().startPage());
        robot.interact(() -> w.window.session().undo());
        assertEquals(before.plan(), issue().plan(), "one undo step");
    }
}
