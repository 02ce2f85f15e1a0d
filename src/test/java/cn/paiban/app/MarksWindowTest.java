package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.edit.BlockText;
import cn.paiban.model.Issue;
import cn.paiban.proof.MarkKind;
import cn.paiban.proof.MarkStatus;
import cn.paiban.proof.Marks;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A proofreader drags over four characters on a page and marks them 删: the mark is saved in proofs/1/, listed with its
 * page and line; the editor's 采纳 deletes exactly those characters, Ctrl+Z brings them and the open status back.
 */
@ExtendWith(ApplicationExtension.class)
class MarksWindowTest {
    private static final String ARTICLE = "fenghua-wunian";
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    private Issue issue() { return w.window.session().issue(); }

    /** What {@code c} gives on the JavaFX thread (text is measured there). */
    private static <T> T onFx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A margin note wider than the margin runs on in lines that each fit it, not squeezed onto one; a very long one ends in …. */
    @Test
    void marginNotesRunOnInLinesThatFitTheMargin(FxRobot robot) {
        javafx.scene.text.Font f = javafx.scene.text.Font.font(10);
        String question = "日期是否应为8月8日？请与作者核对原稿后再定";
        java.util.List<String> lines = onFx(() -> MarkPainter.noteLines(question, f, 60));
        assertTrue(lines.size() > 2, lines.toString());
        assertEquals(question, String.join("", lines));
        for (String line : lines) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(line);
            t.setFont(f);
            assertTrue(t.getLayoutBounds().getWidth() <= 60 || line.codePointCount(0, line.length()) == 1, line);
        }
        java.util.List<String> cut = onFx(() -> MarkPainter.noteLines(question.repeat(5), f, 60));
        assertEquals(MarkPainter.NOTE_LINES, cut.size());
        assertTrue(cut.get(cut.size() - 1).endsWith("…"), cut.toString());
        assertEquals(java.util.List.of("短"), onFx(() -> MarkPainter.noteLines("短", f, 60)));
    }

    @Test
    void aNameGivenInOneMarkBarShowsInTheOther(FxRobot robot) {
        // the name asked in 校对模式 (F11) left the preview's bar saying 校对人：（未填）, and asking again
        javafx.scene.control.Button reader = robot.lookup("#mark-reader").queryAs(javafx.scene.control.Button.class);
        robot.interact(() -> w.window.marks().setReader("李校对"));   // what 校对模式's bar does when given a name
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Messages.get("proof.ui.reader", "李校对"), reader.getText());
    }

    @Test
    void aMarkMadeByDraggingOverTextIsListedAppliedAndUndone(FxRobot robot) throws Exception {
        robot.interact(() -> {
            robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(2);
            w.window.markBar().setAsk(prompt -> Optional.of("王芳"));
        });
        int block = 2;
        String before = BlockText.of(issue().article(ARTICLE).orElseThrow().body().get(block));
        var doc = w.window.marks().document();
        int pageIndex = PageHits.pageOf(doc, ARTICLE, block).orElseThrow();
        robot.interact(() -> w.window.previewView().scrollToPage(pageIndex));
        Page page = doc.pages().get(pageIndex);
        Item.GlyphRun run = PageHits.runsOf(page, ARTICLE, block).stream().filter(r -> r.text().length() >= 10).findFirst().orElseThrow();
        // from the left quarter of the run's third character to the right part of its sixth: characters 2…5
        int y = run.baseline() - run.size() / 3;
        Point2D from = screen(pageIndex, run.xAt(2) + run.size() / 4, y);
        Point2D to = screen(pageIndex, run.xAt(5) + run.size() * 4 / 5, y);
        int start = run.source().offset() + 2;
        String quote = before.substring(start, start + 4);
        assertEquals(run.text().substring(2, 6), quote, "the page's glyphs are the block's text at the run's source offset");

        robot.clickOn("#mark-marking");
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new MarksModel.Selection(ARTICLE, block, start, start + 4), w.window.marks().selectionProperty().get());
        robot.clickOn("#mark-delete");
        WaitForAsyncUtils.waitForFxEvents();

        var rows = w.window.marksPanel().items();
        assertEquals(1, rows.size());
        var cols = MarksModel.columns(rows.get(0));
        assertEquals(String.valueOf(page.folio()), cols.get(0), "page");
        assertEquals(quote, cols.get(2), "the quoted text");
        assertEquals(MarkKind.DELETE.sign(), cols.get(3));
        assertEquals("王芳", cols.get(4));
        assertTrue(Integer.parseInt(cols.get(1)) >= 1, "line " + cols.get(1));
        assertEquals(1, Marks.load(w.issueDir).all().size(), "saved in the issue folder");
        assertEquals(before, BlockText.of(issue().article(ARTICLE).orElseThrow().body().get(block)), "marking changes no text");

        robot.interact(() -> w.window.marksPanel().table().getSelectionModel().select(0));
        robot.clickOn("#marks-adopt");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.substring(0, start) + before.substring(start + 4),
                BlockText.of(issue().article(ARTICLE).orElseThrow().body().get(block)), "采纳 deletes the four characters");
        assertEquals(MarkStatus.APPLIED, w.window.marksPanel().items().get(0).mark().status());
        robot.clickOn("#marks-only-open");
        assertEquals(0, w.window.marksPanel().items().size(), "only the open marks: none left");
        robot.clickOn("#marks-only-open");
        assertEquals(1, w.window.marksPanel().items().size());
        assertEquals(MarkStatus.OPEN, Marks.load(w.issueDir).all().get(0).status(), "the file follows the text: on saving");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MarkStatus.APPLIED, Marks.load(w.issueDir).all().get(0).status(), "saved with the issue");
        assertEquals(before.substring(0, start) + before.substring(start + 4),
                BlockText.of(cn.paiban.io.IssueStore.load(w.issueDir).article(ARTICLE).orElseThrow().body().get(block)));
        assertEquals(String.valueOf(page.folio()), MarksModel.columns(w.window.marksPanel().items().get(0)).get(0),
                "listed where it was carried out, though its words are gone");

        robot.clickOn("#preview-canvas");   // the keyboard in the main window, not in the table
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, BlockText.of(issue().article(ARTICLE).orElseThrow().body().get(block)), "Ctrl+Z brings them back");
        assertEquals(MarkStatus.OPEN, w.window.marksPanel().items().get(0).mark().status(), "and the mark is open again");

        // with marking off, a click on the marked words finds their mark in the list
        robot.interact(() -> w.window.marksPanel().table().getSelectionModel().clearSelection());
        robot.clickOn("#mark-marking");
        robot.clickOn(screen(pageIndex, run.xAt(3) + run.size() / 2, y));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, w.window.marksPanel().table().getSelectionModel().getSelectedIndex());
    }

    private Point2D screen(int pageIndex, int x, int y) {
        Point2D canvas = w.window.previewView().pointOf(pageIndex, x, y).orElseThrow();
        return w.window.previewView().surface().localToScreen(canvas);
    }
}
