package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.paiban.edit.DeleteArticle;
import cn.paiban.edit.RenameSection;
import cn.paiban.i18n.Msg;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The English editor's Edit menu names the edit to undo or redo in English (it said 删除文章《…》). */
@ExtendWith(ApplicationExtension.class)
class EnglishUndoMenuWindowTest {
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        Msg.use("en");
        w = SampleWindow.open(stage);
    }

    @AfterEach
    void back() { Msg.use("zh"); }

    private String item(String prefix) {
        return w.window.menuBarForTests().getMenus().stream().filter(m -> m.getText().equals("Edit")).findFirst().orElseThrow()
                .getItems().stream().map(MenuItem::getText).filter(t -> t != null && t.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void undoAndRedoSayWhatInEnglish(FxRobot robot) {
        String section = w.window.session().issue().sections().get(1).id();
        String title = w.window.session().issue().sections().get(1).title();
        String article = w.window.session().issue().sections().get(1).articles().get(0).id();
        String articleTitle = w.window.session().issue().sections().get(1).articles().get(0).title();
        robot.interact(() -> {
            w.window.session().execute(new RenameSection(section, "特稿"));
            w.window.session().execute(new DeleteArticle(article));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Undo Delete article \"" + articleTitle + "\"", item("Undo"));
        robot.interact(() -> w.window.session().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Undo Rename section \"" + title + "\" to \"特稿\"", item("Undo"));
        assertEquals("Redo Delete article \"" + articleTitle + "\"", item("Redo"));
    }
}
