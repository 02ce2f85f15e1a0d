package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import java.util.Arrays;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The smaller points of issue 10: click-to-scroll across articles, zoom back to 100 %, 已保存. */
@ExtendWith(ApplicationExtension.class)
class EditorDetailsWindowTest {
    private static final String FEATURE = "yixin-qixiang";
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    @Test
    void clickingALineOfAnotherArticleScrollsTheEditorToItsParagraph(FxRobot robot) {
        assertEquals("juanshouyu", w.window.article().articleIdProperty().get(), "the editor shows the first article");
        var doc = w.window.preview().documentProperty().get();
        var blocks = w.window.session().issue().article(FEATURE).orElseThrow().body();
        int m = blocks.size() / 2;
        while (!(blocks.get(m) instanceof cn.paiban.model.Block.Paragraph)) m++;
        int middle = m;
        int page = -1;
        Item.GlyphRun target = null;
        for (int p = 0; p < doc.pages().size(); p++) {
            for (Item i : doc.pages().get(p).items()) {
                if (i instanceof Item.GlyphRun g && g.source() != null && g.source().articleId().equals(FEATURE)
                        && g.source().block() == middle && g.text().length() > 4) {
                    if (target == null) {
                        target = g;
                        page = p;
                    }
                }
            }
        }
        assertTrue(target != null);
        int pageIndex = page;
        Item.GlyphRun run = target;
        robot.interact(() -> {
            w.window.preview().setZoom(1.0);
            w.window.preview().pageProperty().set(pageIndex);
        });
        PreviewView view = robot.lookup("#preview").queryAs(PreviewView.class);
        Canvas canvas = robot.lookup("#preview-canvas").queryAs(Canvas.class);
        var local = view.pointOf(pageIndex, run.xAt(1) + 1000, run.baseline() - run.size() / 3).orElseThrow();
        robot.clickOn(canvas.localToScreen(local.getX(), local.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FEATURE, w.window.article().articleIdProperty().get());
        TextArea body = robot.lookup("#field-body").queryAs(TextArea.class);
        int caret = body.getCaretPosition();
        assertEquals(run.source().block(), w.window.article().blockAt(caret));
        assertTrue(body.getScrollTop() > 0, "scrolled down to a paragraph in the middle: " + body.getScrollTop());
        var skin = (javafx.scene.control.skin.TextAreaSkin) body.getSkin();
        var caretBounds = skin.getCaretBounds();
        assertTrue(caretBounds.getMinY() >= -1 && caretBounds.getMaxY() <= body.getHeight() / 3,
                "the paragraph starts near the top of the editor: " + caretBounds + " in a text area " + body.getHeight() + " high");
    }

    @Test
    void undoKeepsTheEditorWhereTheUserWas(FxRobot robot) {
        w.window.session().setClock(() -> 0L);
        var blocks = w.window.session().issue().article(FEATURE).orElseThrow().body();
        int m = blocks.size() / 2;
        while (!(blocks.get(m) instanceof cn.paiban.model.Block.Paragraph)) m++;
        int block = m;
        TextArea body = robot.lookup("#field-body").queryAs(TextArea.class);
        robot.interact(() -> {
            w.window.goTo(new cn.paiban.display.SourceRef(FEATURE, block, 0));
            body.positionCaret(w.window.article().selectionFor(block, 0)[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("测");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> w.window.session().seal());
        robot.write("试");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);   // 试, then 测 below
        WaitForAsyncUtils.waitForFxEvents();
        double scrolled = body.getScrollTop();
        int caret = body.getCaretPosition();
        assertTrue(scrolled > 100, "the paragraph is far down: " + scrolled);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(w.window.article().selectionFor(block, 0)[1], body.getCaretPosition(), "the caret where the undone text ended");
        assertTrue(Math.abs(body.getScrollTop() - scrolled) < 30, "still scrolled to the paragraph: " + body.getScrollTop() + " vs " + scrolled);
        assertTrue(caret > body.getCaretPosition());
    }

    @Test
    void zoomingBackTo100PercentShowsThePageFromItsLeftEdge(FxRobot robot) {
        ScrollBar hbar = robot.lookup("#preview .scroll-bar").match((ScrollBar b) -> b.getOrientation() == Orientation.HORIZONTAL)
                .queryAs(ScrollBar.class);
        robot.interact(() -> w.window.preview().setZoom(4.0));
        robot.interact(() -> hbar.setValue(hbar.getMax()));
        assertTrue(hbar.getValue() > 0);
        robot.interact(() -> w.window.preview().setZoom(1.0));
        assertEquals(0, hbar.getValue(), 0.001);
    }

    /**
     * Switching to spreads (对页) or zooming out keeps the page in view: the shorter content clamped the scroll bar first,
     * and the clamped scroll position was taken for the page the user was on (page 36 became page 48).
     */
    @Test
    void spreadsAndZoomingOutKeepThePageInView(FxRobot robot) {
        int page = 35;   // page 36, an article's first page
        robot.interact(() -> w.window.preview().setZoom(1.0));
        robot.interact(() -> w.window.preview().pageProperty().set(page));
        robot.interact(() -> w.window.preview().spreadsProperty().set(true));
        assertEquals(page, w.window.preview().pageProperty().get());
        robot.interact(() -> w.window.preview().spreadsProperty().set(false));
        assertEquals(page, w.window.preview().pageProperty().get());
        robot.interact(() -> w.window.preview().setZoom(0.25));
        assertEquals(page, w.window.preview().pageProperty().get());
    }

    @Test
    void outlineRowsShowThePageFirstAndTheWholeTitleOnHover(FxRobot robot) {
        javafx.scene.control.TreeCell<?> cell = robot.lookup(".tree-cell")
                .match((javafx.scene.control.TreeCell<?> c) -> c.getText() != null && c.getText().contains("农牧融合发展")).query();
        assertTrue(cell.getText().startsWith("15→46  "), cell.getText());
        assertTrue(cell.getTooltip().getText().contains("农牧融合发展 盐碱地变了样"), cell.getTooltip().getText());
    }

    @Test
    void theBodyEditorSetsDigitsInTheFaceOfItsChinese(FxRobot robot) {
        TextArea body = robot.lookup("#field-body").queryAs(TextArea.class);
        assertEquals(EditorFont.FAMILY, body.getFont().getFamily(), "one CJK face with its own digits, not the default sans");
        assertEquals(14, body.getFont().getSize(), 0.01);
        javafx.scene.control.TextField title = robot.lookup("#field-title").queryAs(javafx.scene.control.TextField.class);
        assertEquals(EditorFont.FAMILY, title.getFont().getFamily());
    }

    @Test
    void saveSaysSaved(FxRobot robot) {
        robot.interact(() -> w.window.article().titleProperty().set("改过的标题"));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(text.startsWith("已保存"), text);
        assertTrue(!w.window.session().isDirty());
    }
}
