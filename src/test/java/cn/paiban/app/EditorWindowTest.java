package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import cn.paiban.display.SourceRef;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor window, headless (Monocle), with the real typesetter and PDF renderer run synchronously:
 * open the sample issue (a copy), move an article, edit a paragraph and undo it, click the preview, export.
 */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {
    private static final String FEATURE = "yixin-qixiang";
    private static final Path SAMPLE = Path.of("samples", "shuozhou-jingji-2023-04");
    private static Services real;
    private MainWindow window;
    private Path issueDir;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        Path tmp = Files.createTempDirectory("paiban-window");
        issueDir = tmp.resolve("issue");
        copy(SAMPLE, issueDir);   // saves and exports must not touch the checkout
        if (real == null) real = AppServices.standard();   // fonts load once for all tests
        home = tmp.resolve("home");
        Services sync = new Services(real.files(), real.typesetter(), real.pdf(), real.importer(), real.pasteCleaner(),
                home, real.sample(), Runnable::run, Runnable::run);
        window = new MainWindow(stage, sync);
        stage.show();
        window.start(issueDir);
    }

    private Article feature() { return window.session().issue().article(FEATURE).orElseThrow(); }

    private List<String> order(String section) {
        return window.session().issue().sections().stream().filter(s -> s.id().equals(section)).findFirst().orElseThrow()
                .articles().stream().map(Article::id).toList();
    }

    @Test
    void opensTheIssueWithTypesetPagesAndATitle(FxRobot robot) {
        assertEquals(List.of("juanshouyu", "benqi-tegao"), window.session().issue().sections().stream().limit(2).map(s -> s.id()).toList());
        assertTrue(robot.window(0).getScene().getWindow() instanceof Stage s && s.getTitle().startsWith("排版 Paiban — 朔州经济"));
        var doc = window.preview().documentProperty().get();
        assertTrue(doc.pages().size() >= 48, "typeset by the real layout");
        assertTrue(doc.pages().stream().flatMap(p -> p.items().stream())
                .anyMatch(i -> i instanceof Item.GlyphRun g && g.text().contains("山西省第十六届运动会")));
    }

    @Test
    void altDownInTheOutlineMovesTheArticleAndUndoMovesItBack(FxRobot robot) {
        Node cell = robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getText() != null && c.getText().contains("以新气象新作为")).query();
        robot.clickOn(cell);
        assertEquals(FEATURE, window.outline().selectedProperty().get());
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        robot.clickOn("#move-follow");   // it passes 加快发展县域经济…, pinned to page 9: the start pages follow the articles
        assertEquals(List.of("jiakuai-fazhan", FEATURE, "datong-xianyu"), order("benqi-tegao"));
        assertTrue(window.session().isDirty());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(List.of(FEATURE, "jiakuai-fazhan", "datong-xianyu"), order("benqi-tegao"));
    }

    @Test
    void typingInAParagraphUpdatesThePreviewAndUndoTakesItBack(FxRobot robot) throws Exception {
        // the typesetter runs inside each keystroke here, which on a busy machine can take longer than the pause that
        // ends a run of typing (EditorSession.PAUSE_MILLIS); the window's clock stands still so the two keystrokes are one run
        window.session().setClock(() -> 0L);
        String before = ((Block.Paragraph) feature().body().get(0)).text();
        robot.interact(() -> {
            window.goTo(new SourceRef(FEATURE, 0, 0));
            TextArea body = robot.lookup("#field-body").queryAs(TextArea.class);
            int[] sel = window.article().selectionFor(0, 0);
            body.positionCaret(sel[1]);   // end of the first paragraph
        });
        robot.write("新增");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + "新增", ((Block.Paragraph) feature().body().get(0)).text());
        assertTrue(window.preview().documentProperty().get().pages().stream().flatMap(p -> p.items().stream())
                .anyMatch(i -> i instanceof Item.GlyphRun g && g.source().articleId().equals(FEATURE) && g.text().contains("新增")),
                "the preview shows the edit");
        robot.interact(window::autosave);   // as on focus loss: the unsaved edit goes to the recovery copy
        var recovered = new Recovery(home).pending().orElseThrow();
        assertEquals(window.session().issue(), recovered.issue());
        assertEquals(issueDir.toAbsolutePath(), recovered.origin());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(before, ((Block.Paragraph) feature().body().get(0)).text(), "both keystrokes undone as one step");
        assertFalse(window.session().canUndoProperty().get());
    }

    @Test
    void clickingALineInThePreviewSelectsItsParagraph(FxRobot robot) {
        var doc = window.preview().documentProperty().get();
        int page = -1;
        Item.GlyphRun target = null;
        for (int p = 0; p < doc.pages().size() && target == null; p++) {
            for (Item i : doc.pages().get(p).items()) {
                if (i instanceof Item.GlyphRun g && g.source().articleId().equals(FEATURE) && g.source().block() == 2) {
                    target = g;
                    page = p;
                    break;
                }
            }
        }
        assertTrue(target != null, "block 2 is set somewhere");
        int pageIndex = page;
        Item.GlyphRun run = target;
        robot.interact(() -> {
            window.preview().setZoom(1.0);
            window.preview().pageProperty().set(pageIndex);
        });
        PreviewView view = robot.lookup("#preview").queryAs(PreviewView.class);
        Canvas canvas = robot.lookup("#preview-canvas").queryAs(Canvas.class);
        var local = view.pointOf(pageIndex, run.xAt(1) + 1000, run.baseline() - run.size() / 3).orElseThrow();
        robot.clickOn(canvas.localToScreen(local.getX(), local.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FEATURE, window.outline().selectedProperty().get());
        TextArea body = robot.lookup("#field-body").queryAs(TextArea.class);
        int[] span = window.article().selectionFor(2, 0);
        assertEquals(span[0], body.getSelection().getStart());
        assertEquals(span[1], body.getSelection().getEnd());
        assertEquals(new SourceRef(FEATURE, 2, 0), window.preview().highlightProperty().get());
    }

    @Test
    void exportWritesThePdfAndAnEditChangesIt(FxRobot robot) throws Exception {
        Path first = issueDir.resolveSibling("first.pdf");
        Path second = issueDir.resolveSibling("second.pdf");
        exportTo(robot, first);
        robot.interact(() -> window.article().titleProperty().set("导出测试标题"));
        exportTo(robot, second);
        byte[] a = Files.readAllBytes(first);
        byte[] b = Files.readAllBytes(second);
        assertTrue(new String(a, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertFalse(Arrays.equals(a, b));
        assertFalse(text(first).contains("导出测试标题"));
        assertTrue(text(second).contains("导出测试标题"));
        assertFalse(Files.exists(issueDir.resolveSibling("second.pdf.part")), "no temporary file left");
    }

    private void exportTo(FxRobot robot, Path target) throws Exception {
        @SuppressWarnings("unchecked")
        Task<Path>[] task = new Task[1];
        robot.interact(() -> task[0] = window.export(target));
        // generous: a correctness test, and the machine may be busy with other builds
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        Object[] outcome = new Object[2];
        robot.interact(() -> {
            outcome[0] = task[0].getState();
            outcome[1] = task[0].getException();
        });
        assertEquals(Task.State.SUCCEEDED, outcome[0], () -> String.valueOf(outcome[1]));
        assertTrue(Files.size(target) > 1000);
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
    }

    private static String text(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }
}
