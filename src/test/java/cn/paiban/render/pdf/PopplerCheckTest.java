package cn.paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.paiban.font.FontBook;
import cn.paiban.render.TestDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printer's view: poppler's pdffonts, qpdf --check and the team's pdfcheck.py (a copy in test resources)
 * on a rendered file. Skipped where the tools are not installed (bin/test installs them).
 */
class PopplerCheckTest {
    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void render() throws IOException {
        FontBook fonts = FontBook.standard();
        pdf = dir.resolve("sample.pdf");
        Files.write(pdf, new PdfRenderer(fonts).render(TestDocuments.sample(fonts), PdfOptions.DEFAULT.withCropMarks(true)));
    }

    @Test
    void pdffontsShowsEveryFontEmbeddedSubsetWithToUnicode() throws Exception {
        Run r = run("pdffonts", pdf.toString());
        List<String> rows = r.out.lines().skip(2).toList();
        assertEquals(2, rows.size(), r.out);
        for (String row : rows) {
            String[] t = row.trim().split("\\s+");
            int n = t.length;
            assertEquals(List.of("yes", "yes", "yes"), List.of(t[n - 5], t[n - 4], t[n - 3]), "emb sub uni: " + row);
        }
    }

    @Test
    void qpdfFindsNothingWrong() throws Exception {
        Run r = run("qpdf", "--check", pdf.toString());
        assertEquals(0, r.code, r.out + r.err);
        assertTrue(r.out.contains("No syntax or stream encoding errors"), r.out);
    }

    @Test
    void pdfcheckMeasuresTheHandBuiltPageAsTheLayoutMeantIt() throws Exception {
        Path script = dir.resolve("pdfcheck.py");
        try (InputStream in = getClass().getResourceAsStream("/tools/pdfcheck.py")) {
            assertNotNull(in, "src/test/resources/tools/pdfcheck.py");
            Files.copy(in, script);
        }
        Run r = run("python3", script.toString(), pdf.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("fonts: 2 (not embedded 0, not subset 0, no ToUnicode 0)"), r.out);
        assertTrue(r.out.contains("qpdf_check: ok"), r.out);
        assertTrue(r.out.contains("kinsoku_start: 0 "), r.out);
        assertTrue(r.out.contains("kinsoku_end: 0"), r.out);
        assertTrue(r.out.contains("justified: strict 100.0% (5/5)"), r.out);
        assertTrue(r.out.contains("baseline_grid: shared 100.0% (3/3); page grid L 100.0% (4/4), R 100.0% (3/3)"), r.out);
        assertTrue(r.out.contains("replacement 0"), r.out);
    }

    @Test
    void pdftotextGivesBackEveryLine() throws Exception {
        Run r = run("pdftotext", "-layout", pdf.toString(), "-");
        String text = r.out.replace(" ", "").replace("\u3000", "");
        for (String line : TestDocuments.LEFT) assertTrue(text.contains(line.replace("\u3000", "")), line + " in\n" + r.out);
        for (String line : TestDocuments.RIGHT) assertTrue(text.contains(line.replace("\u3000", "")), line + " in\n" + r.out);
        assertTrue(text.contains(TestDocuments.TITLE.replace(" ", "")), r.out);
    }

    record Run(int code, String out, String err) {}

    static Run run(String... cmd) throws Exception {
        assumeTrue(onPath(cmd[0]), cmd[0] + " is not installed");
        Process p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) return true;
        }
        return false;
    }
}
