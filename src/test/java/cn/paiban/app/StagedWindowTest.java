package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real editor's start, with its layout on a thread of its own: the window shows the preview and the first page
 * before it builds the outline, the article editor and the tabs under it, and building them afterwards changes
 * nothing in what is shown: the preview keeps the size its page was fitted to, and the keyboard is in the outline,
 * as when the window was built whole.
 */
@ExtendWith(ApplicationExtension.class)
class StagedWindowTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @Test
    void theFirstPageComesBeforeTheOtherPanesWhichThenMoveNothing() throws Exception {
        Path tmp = Files.createTempDirectory("paiban-staged");
        Path issueDir = tmp.resolve("issue");
        SampleWindow.copy(SampleWindow.SAMPLE, issueDir);
        Services real = AppServices.standard();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        Services async = new Services(real.files(), real.typesetter(), real.pdf(), real.importer(), real.pasteCleaner(),
                tmp.resolve("home"), real.sample(), worker, Platform::runLater);
        var seen = new Object() {
            MainWindow window;
            boolean outlineBeforeShow;
            boolean outlineAtFirstPage;
            double width = -1;
            double height = -1;
        };
        try {
            Platform.runLater(() -> {
                MainWindow w = new MainWindow(stage, async);
                seen.window = w;
                seen.outlineBeforeShow = stage.getScene().lookup("#outline") != null;
                w.preview().documentProperty().addListener((o, a, d) -> {
                    if (d == null || seen.width >= 0) return;
                    seen.outlineAtFirstPage = stage.getScene().lookup("#outline") != null;
                    seen.width = w.previewView().viewportWidth();
                    seen.height = w.previewView().viewportHeight();
                });
                stage.show();
                w.start(issueDir);
            });
            // the scene is looked at on the FX thread: a lookup from this one walked its children while the FX thread
            // added the panes (IndexOutOfBoundsException: Index 11 out of bounds for length 0, once in CI)
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> seen.window != null
                    && stage.getScene().lookup("#outline") != null && seen.window.layout().result() != null).get());
            WaitForAsyncUtils.waitForFxEvents();

            assertTrue(!seen.outlineBeforeShow && !seen.outlineAtFirstPage, "the outline came before the first page");
            assertTrue(seen.width > 0 && seen.height > 0, "no first page was shown");
            var after = new Object() { double width, height; Object focus, tree; boolean editor, tabs; };
            Platform.runLater(() -> {
                after.width = seen.window.previewView().viewportWidth();
                after.height = seen.window.previewView().viewportHeight();
                after.focus = stage.getScene().getFocusOwner();
                after.tree = stage.getScene().lookup("#outline-tree");
                after.editor = stage.getScene().lookup("#article-editor") != null;
                after.tabs = stage.getScene().lookup("#lower-tabs") != null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(seen.width, after.width, 0.0, "the preview's width changed when the panes came");
            assertEquals(seen.height, after.height, 0.0, "the preview's height changed when the panes came");
            assertTrue(after.editor && after.tabs, "the article editor and the tabs were built");
            assertNotNull(after.tree);
            assertSame(after.tree, after.focus, "the keyboard is in the outline, as in a window built whole");
        } finally {
            Platform.runLater(stage::hide);
            WaitForAsyncUtils.waitForFxEvents();
            worker.shutdownNow();
        }
    }

    @Test
    void synchronousServicesBuildTheWholeWindowAtOnce() throws Exception {
        var holder = new Object() { Object outline; Exception failed; };
        Platform.runLater(() -> {
            try {
                SampleWindow.open(stage);
                holder.outline = stage.getScene().lookup("#outline");
            } catch (Exception e) {
                holder.failed = e;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(holder.failed);
        assertNotNull(holder.outline, "tests that drive the window find every pane right away");
    }
}
