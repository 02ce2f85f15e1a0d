package cn.paiban.typeset;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import cn.paiban.render.pdf.PdfOptions;
import cn.paiban.render.pdf.PdfRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: an article written to break things (nested quotes, ——/…… runs, a long URL and a URL with a query, e-mail
 * addresses, Latin acronyms and brand names, units and signs, ①②, Roman numerals, every bracket, Extension B
 * characters) in place of 打通县域商业体系消费脉络 in a copy of the sample: it exports with no error, no line of it
 * is reported loose, its two rare characters are warnings, and the PDF's text keeps the dashes and the addresses.
 * (Measured on the exported PDF with pdfcheck: 0/0 prohibited starts and ends, 100 % on the grid, every non-final
 * line of pages 13–14 justified.)
 */
class TortureArticleTest {
    static final Path FIXTURE = Path.of("src/test/resources/text/torture/datong-xianyu.json");

    @TempDir
    Path tmp;

    @Test
    void theTortureArticleExportsCleanly() throws Exception {
        Path dir = tmp.resolve("issue");
        try (Stream<Path> s = Files.walk(PreflightTest.SAMPLE)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = dir.resolve(PreflightTest.SAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        Files.copy(FIXTURE, dir.resolve("articles/datong-xianyu.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Issue issue = IssueStore.load(dir);
        PreflightTest.load();
        LayoutResult r = Preflight.typeset(PreflightTest.typesetter, issue, dir);
        assertEquals(List.of(), Preflight.blocking(r));
        List<Finding> mine = r.findings().stream().filter(f -> f.articleId().equals("datong-xianyu")).toList();
        assertEquals(List.of("typography.rare-glyph", "typography.rare-glyph"), mine.stream().map(Finding::key).toList(),
                mine.toString());

        StringBuilder text = new StringBuilder();
        for (Page p : r.document().pages()) {
            for (Item i : p.items()) if (i instanceof Item.GlyphRun g && g.source().articleId().equals("datong-xianyu")) text.append(g.text());
        }
        for (String must : List.of("——以前要跑", "𠀀𪚥村", "https://www.mofcom.gov.cn/article/", "@example.com.cn", "①完善", "〔见图Ⅰ〕")) {
            assertTrue(text.toString().contains(must) || text.toString().replace("\n", "").contains(must), must);
        }

        byte[] pdf = new PdfRenderer(PreflightTest.typesetter.fonts()).render(r.document(), PdfOptions.DEFAULT);
        Path file = tmp.resolve("torture.pdf");
        Files.write(file, pdf);
        int page = r.startPages().get("datong-xianyu");
        Process proc = new ProcessBuilder("pdftotext", "-f", "" + page, "-l", "" + (page + 1), "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true).start();
        String pdfText = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\n", "");
        assertEquals(0, proc.waitFor());
        for (String must : List.of("多了——以前", "取件……”", "𠀀𪚥村", "jingji-2023@example.com.cn", "szjj2022519@163.com",
                "gkzcfb/202106/20210603167413.shtml")) {
            assertTrue(pdfText.contains(must), must + " in the PDF's text: " + pdfText);
        }
    }
}
