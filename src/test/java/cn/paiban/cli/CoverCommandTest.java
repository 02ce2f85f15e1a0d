package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverCommandTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheSampleCoverAsOnePdfPage() throws Exception {
        Path pdf = dir.resolve("cover.pdf");
        assertEquals(0, run("cover", "samples/shuozhou-jingji-2023-04", "-o", pdf.toString()), err.toString(StandardCharsets.UTF_8));
        try (var d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, d.getNumberOfPages());
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
            assertTrue(text.contains("朔州经济") && text.contains("2023年第4期") && text.contains("总第171期"), text);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(cn.paiban.i18n.Msg.get("cli.cover.done", pdf, 0)), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutAnOutputFileItSaysSo() {
        assertEquals(2, run("cover", "samples/shuozhou-jingji-2023-04"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("缺少 -o"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("cover.pdf")));
    }
}
