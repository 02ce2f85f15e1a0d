package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Moving articles in the outline keeps the issue whole: issue 10's two reported moves, through the real window. */
@ExtendWith(ApplicationExtension.class)
class OutlineMoveWindowTest {
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    private Issue issue() { return w.window.session().issue(); }

    private List<String> order(String section) {
        return issue().sections().stream().filter(s -> s.id().equals(section)).findFirst().orElseThrow()
                .articles().stream().map(Article::id).toList();
    }

    private void altDownOn(FxRobot robot, String titleStart) {
        Node cell = robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getText() != null && c.getText().contains(titleStart)).query();
        robot.clickOn(cell);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean pagesShow(String articleId, int folio) {
        return w.window.preview().documentProperty().get().pages().stream().filter(p -> p.folio() == folio)
                .flatMap(p -> p.items().stream())
                .anyMatch(i -> i instanceof Item.GlyphRun g && g.source() != null && g.source().articleId().equals(articleId));
    }

    private boolean placeholderOnAnyPage() {
        return w.window.preview().documentProperty().get().pages().stream().flatMap(p -> p.items().stream())
                .anyMatch(i -> i instanceof Item.GlyphRun g && g.text().contains("【缺："));
    }

    @Test
    void altDownInsideTheRunOfNewsItemsKeepsBothOnTheirPage(FxRobot robot) {
        assertTrue(pagesShow("woshi-shangban", 47) && pagesShow("ranghong-shanqiao", 47));
        altDownOn(robot, "我市上半年市场主体净增率全省第一");
        assertTrue(robot.lookup("#move-dialog").tryQuery().isEmpty(), "nothing to ask inside a run of news items");
        assertEquals(List.of("ranghong-shanqiao", "woshi-shangban"), order("diaocha-xinxi"));
        assertEquals(47, issue().plan().entry("ranghong-shanqiao").orElseThrow().startPage());
        assertTrue(pagesShow("woshi-shangban", 47), "still on page 47");
        assertTrue(pagesShow("ranghong-shanqiao", 47));
        assertFalse(placeholderOnAnyPage(), "the contents page has its page numbers");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("woshi-shangban", "ranghong-shanqiao"), order("diaocha-xinxi"));
        assertFalse(w.window.session().canUndoProperty().get(), "order and plan came back in one step");
    }

    @Test
    void altDownPastAPinnedStartAsksAndMovesThePagesWithTheArticles(FxRobot robot) {
        Issue before = issue();
        altDownOn(robot, "农牧融合发展");
        DialogPane dialog = robot.lookup("#move-dialog").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().contains("起始页 18 固定"), dialog.getHeaderText());
        assertEquals("保留固定页", ((Labeled) robot.lookup("#move-keep_pins").query()).getText());
        assertEquals("随文章移动", ((Labeled) robot.lookup("#move-follow").query()).getText());
        assertEquals("取消", ((Labeled) robot.lookup("#move-cancel").query()).getText());
        assertTrue(dialog.getContentText().contains("第 15–17"),
                "keeping page 18 says what it would break: " + dialog.getContentText());

        robot.clickOn("#move-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, issue(), "取消 changes nothing");

        altDownOn(robot, "农牧融合发展");
        robot.clickOn("#move-follow");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("shanxi-shuozhou", "nongmu-ronghe"), order("jingji-shehui").subList(0, 2));
        PagePlan plan = issue().plan();
        assertEquals(15, plan.entry("shanxi-shuozhou").orElseThrow().startPage());
        assertEquals(20, plan.entry("nongmu-ronghe").orElseThrow().startPage());
        assertTrue(pagesShow("shanxi-shuozhou", 15));
        assertTrue(pagesShow("nongmu-ronghe", 20));
        assertFalse(placeholderOnAnyPage());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, issue(), "one undo step");
    }
}
