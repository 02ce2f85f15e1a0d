package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.cli.Cli;
import cn.paiban.render.pdf.PdfOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 导出 PDF for the printer from the editor: PDF/X-1a and crop marks were only on the command line, so an office that
 * works in the editor could not make the file the printer takes. The editor's export now asks, and writes what
 * {@code paiban export --pdfx --crop-marks} writes, byte for byte.
 */
@ExtendWith(ApplicationExtension.class)
class ExportForPrinterWindowTest {
    private SampleWindow w;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        w = SampleWindow.open(stage);
    }

    @Test
    void theDialogOffersTheLastChoiceAndGivesWhatIsTicked(FxRobot robot) {
        AtomicReference<Dialog<PdfOptions>> d = new AtomicReference<>();
        robot.interact(() -> {
            d.set(ExportOptionsDialog.create(stage, new PdfOptions(false, true, null)));
            d.get().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-pdfx");
        robot.clickOn("#export-crop");
        robot.clickOn("#export-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new PdfOptions(true, false, null), d.get().getResult());
    }

    @Test
    void thePrintersPdfFromTheEditorIsTheCommandLinesByteForByte(FxRobot robot) throws Exception {
        Path cliPdf = w.issueDir.resolveSibling("cli-print.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = new Cli().run(List.of("export", w.issueDir.toString(), "-o", cliPdf.toString(), "--pdfx", "--crop-marks"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));

        Path pdf = w.issueDir.resolveSibling("gui-print.pdf");
        robot.interact(() -> w.window.export(pdf, false, new PdfOptions(true, true, null)));
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> Files.exists(pdf));
        WaitForAsyncUtils.waitForFxEvents();
        byte[] gui = Files.readAllBytes(pdf);
        String text = new String(gui, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("GTS_PDFXVersion") && text.contains("/OutputIntents") && text.contains("/TrimBox")
                && text.contains("/BleedBox"), "PDF/X-1a with trim and bleed");
        assertArrayEquals(Files.readAllBytes(cliPdf), gui, "the editor writes what paiban export --pdfx --crop-marks writes");
    }
}
