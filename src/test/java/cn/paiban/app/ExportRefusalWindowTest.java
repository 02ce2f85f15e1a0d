package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.cli.Cli;
import cn.paiban.edit.ArticleList;
import cn.paiban.edit.MoveArticle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10: in a state `paiban export` refuses, Ctrl+E wrote the PDF and said 已导出. Now the editor asks the same gate,
 * names the same errors, writes nothing, and 仍然导出 is the second step.
 */
@ExtendWith(ApplicationExtension.class)
class ExportRefusalWindowTest {
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    @Test
    void theEditorRefusesWhatTheCommandLineRefusesAndExportsOnlyWhenToldTwice(FxRobot robot) throws Exception {
        // the reported state: the two news items swapped in issue.json, the plan as it was
        robot.interact(() -> {
            w.window.session().execute(new MoveArticle("woshi-shangban", ArticleList.section("diaocha-xinxi"), 1));
            assertTrue(w.window.save());
        });
        WaitForAsyncUtils.waitForFxEvents();

        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Path cliPdf = w.issueDir.resolveSibling("cli.pdf");
        int code = new Cli().run(List.of("export", w.issueDir.toString(), "-o", cliPdf.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code, "the command line refuses: " + err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(cliPdf));
        long cliErrors = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("  " + cn.paiban.i18n.Msg.get("cli.severity.ERROR"))).count();
        assertTrue(cliErrors > 0);

        Path pdf = w.issueDir.resolveSibling("gui.pdf");
        robot.interact(() -> w.window.export(pdf));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#export-refused").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().contains(cliErrors + " 个错误"), dialog.getHeaderText());
        String listed = robot.lookup("#export-errors").queryAs(TextArea.class).getText();
        assertEquals(cliErrors, listed.lines().filter(l -> l.startsWith("错误")).count(), listed);
        assertTrue(listed.contains("让红山荞麦"), "names the article: " + listed);
        assertFalse(Files.exists(pdf), "nothing written");

        robot.clickOn("#export-refused-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(pdf));

        robot.interact(() -> w.window.export(pdf));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-anyway");
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> Files.exists(pdf));
        assertTrue(Files.size(pdf) > 1000);
    }
}
