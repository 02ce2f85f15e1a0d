package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.check.Finding;
import cn.paiban.edit.ReplaceText;
import cn.paiban.edit.TextSearch;
import cn.paiban.io.DismissedFile;
import cn.paiban.model.Issue;
import java.nio.file.Files;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 校对 tab: it lists what {@code paiban check} finds; a click selects the quoted text in the article editor;
 * 改正 makes the certain fix as one undo step; 忽略 stores the dismissal in the issue folder and the finding stays
 * away after the next layout.
 */
@ExtendWith(ApplicationExtension.class)
class ProofreadingWindowTest {
    private static final String NONGMU = "nongmu-ronghe";
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    private Issue issue() { return w.window.session().issue(); }

    private Finding find(String rule, String article) {
        return w.window.proofreading().items().stream().filter(f -> f.rule().equals(rule) && f.articleId().equals(article))
                .findFirst().orElse(null);
    }

    @Test
    void aDoubledMarkIsSelectedCorrectedInOneStepAndUndone(FxRobot robot) {
        robot.interact(() -> robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1));
        Issue clean = issue();
        TextSearch.Hit stop = TextSearch.find(clean, "。").stream().filter(h -> h.articleId().equals(NONGMU) && h.inBody())
                .skip(3).findFirst().orElseThrow();
        robot.interact(() -> w.window.session().execute(ReplaceText.one(stop, "。", "。。")));
        WaitForAsyncUtils.waitForFxEvents();
        Issue doubled = issue();
        Finding f = find("15834.doubled", NONGMU);
        assertTrue(f != null, w.window.proofreading().items().toString());
        assertEquals("。。", f.quote());
        assertTrue(f.certain());
        assertEquals(stop.block(), f.place().block());
        assertEquals(stop.offset(), f.offset());

        robot.interact(() -> {
            var list = robot.lookup("#proofreading-list").queryListView();
            list.getSelectionModel().select(f);
            w.window.proofreading().select(f);
        });
        TextArea body = robot.lookup("#field-body").queryAs(TextArea.class);
        assertEquals(NONGMU, w.window.article().articleIdProperty().get());
        assertEquals("。。", body.getSelectedText(), "the quoted text is selected in 正文");

        robot.clickOn("#proofreading-fix");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(clean.article(NONGMU).orElseThrow(), issue().article(NONGMU).orElseThrow(), "one 。 again, nothing else changed");
        assertTrue(find("15834.doubled", NONGMU) == null);
        robot.interact(() -> w.window.session().undo());
        assertEquals(doubled.article(NONGMU).orElseThrow(), issue().article(NONGMU).orElseThrow(), "undo brings back exactly the 。。");
    }

    @Test
    void aDismissedFindingIsStoredInTheIssueAndStaysAway(FxRobot robot) throws Exception {
        Finding stray = find("15834.unpaired", "dangjian-yinling");
        assertTrue(stray != null, w.window.proofreading().items().toString());
        assertFalse(stray.certain(), "which quote is missing is for the editor to say");
        robot.interact(() -> robot.lookup("#proofreading-list").queryListView().getSelectionModel().select(stray));
        robot.interact(() -> w.window.proofreading().dismissSelected());
        assertTrue(find("15834.unpaired", "dangjian-yinling") == null);
        assertTrue(Files.readString(DismissedFile.file(w.issueDir)).contains("dangjian-yinling"));
        // another edit, another layout and check: it does not come back
        TextSearch.Hit any = TextSearch.find(issue(), "。").get(5);
        robot.interact(() -> w.window.session().execute(ReplaceText.one(any, "。", "。")));
        robot.interact(() -> w.window.session().execute(ReplaceText.one(any, "。", "！")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(find("15834.unpaired", "dangjian-yinling") == null, w.window.proofreading().items().toString());
        assertFalse(w.window.proofreading().items().isEmpty(), "the other findings are still listed");
    }
}
