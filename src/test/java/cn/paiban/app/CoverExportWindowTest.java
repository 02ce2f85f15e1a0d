package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 文件 ▸ 导出封面 PDF…: the cover the printer takes apart from the inner pages, as {@code paiban cover} writes it. */
@ExtendWith(ApplicationExtension.class)
class CoverExportWindowTest {
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    private static List<String> fonts(org.apache.pdfbox.pdmodel.PDDocument d) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        var res = d.getPage(0).getResources();
        for (var name : res.getFontNames()) out.add(res.getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
        java.util.Collections.sort(out);
        return out;
    }

    @Test
    void theEditorsCoverIsTheCommandLines(FxRobot robot) throws Exception {
        Path cli = w.issueDir.resolveSibling("cli-cover.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        assertEquals(0, new Cli().run(List.of("cover", w.issueDir.toString(), "-o", cli.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                err.toString(StandardCharsets.UTF_8));
        Path gui = w.issueDir.resolveSibling("gui-cover.pdf");
        robot.interact(() -> w.window.exportCover(gui));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.exists(gui));
        WaitForAsyncUtils.waitForFxEvents();
        // the same page: size, text and fonts (Flying Saucer names its font subsets at random, so not the same bytes)
        try (var a = org.apache.pdfbox.Loader.loadPDF(cli.toFile()); var b = org.apache.pdfbox.Loader.loadPDF(gui.toFile())) {
            assertEquals(1, b.getNumberOfPages());
            assertEquals(a.getPage(0).getMediaBox().toString(), b.getPage(0).getMediaBox().toString());
            assertEquals(a.getPage(0).getTrimBox().toString(), b.getPage(0).getTrimBox().toString());
            var text = new org.apache.pdfbox.text.PDFTextStripper();
            assertEquals(text.getText(a), text.getText(b));
            assertTrue(text.getText(b).replaceAll("\\s+", "").contains("总第171期"));
            assertEquals(fonts(a), fonts(b));
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status").queryAs(javafx.scene.control.Label.class)
                .getText().contains("gui-cover.pdf"));
    }
}
