package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.TreeCell;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The outline marks an article with problems as the preflight list does: red when one is an error (it stops the
 * export), orange when they are warnings only (a page left with free lines before the next start). Every problem was
 * red, so after a start moved by a page the article before it read as broken.
 */
@ExtendWith(ApplicationExtension.class)
class OutlineProblemColoursWindowTest {
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    private TreeCell<?> cell(FxRobot robot, String titlePart) {
        List<TreeCell<?>> cells = new java.util.ArrayList<>();
        for (javafx.scene.Node n : robot.lookup(".tree-cell").queryAll()) {
            if (n instanceof TreeCell<?> c && c.getText() != null && c.getText().contains(titlePart)) cells.add(c);
        }
        assertEquals(1, cells.size(), titlePart + ": " + cells);
        return cells.get(0);
    }

    @Test
    void warningsAreOrangeAndErrorsRed(FxRobot robot) {
        // 厚植生态优势 one page later: 数字大脑 (39…43) leaves page 44 empty, a warning, not an error
        robot.interact(() -> w.window.session().execute(new cn.paiban.edit.SetPlanEntry("houzhi-shengtai", 45, null)));
        WaitForAsyncUtils.waitForFxEvents();
        var rows = w.window.outline().rows(w.window.layout().result());
        var danao = rows.stream().flatMap(g -> g.children().stream()).filter(r -> r.id().equals("shuzi-danao")).findFirst().orElseThrow();
        assertFalse(danao.problems().isEmpty(), "the free page is a problem of 数字大脑");
        assertFalse(danao.error(), danao.problems().toString());
        TreeCell<?> c = cell(robot, "“数字大脑”");
        assertTrue(c.getText().startsWith("⚠"), c.getText());
        assertEquals(Color.web(OutlineView.WARNING_ORANGE), c.getTextFill(), "a warning is orange, as in the preflight list");

        // an error: 厚植生态优势 pinned onto the page of the full-page table
        robot.interact(() -> w.window.session().execute(new cn.paiban.edit.SetPlanEntry("houzhi-shengtai", 48, null)));
        WaitForAsyncUtils.waitForFxEvents();
        var houzhi = w.window.outline().rows(w.window.layout().result()).stream().flatMap(g -> g.children().stream())
                .filter(r -> r.id().equals("houzhi-shengtai")).findFirst().orElseThrow();
        assertTrue(houzhi.error(), houzhi.problems().toString());
        assertEquals(Color.web(OutlineView.ERROR_RED), cell(robot, "厚植生态优势").getTextFill());
    }
}
