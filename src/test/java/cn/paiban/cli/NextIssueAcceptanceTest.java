package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.io.IssueStore;
import cn.paiban.io.word.SampleManuscripts;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's acceptance, as the editor would do it: `paiban new` from the sample, `paiban add` for the dozen
 * manuscripts (Word files with the quirks real offices send), `paiban plan --pages 48 --apply`, `paiban export`;
 * then the PDF is measured with the team's pdfcheck.py like the sample, and no character of the manuscripts is lost.
 */
class NextIssueAcceptanceTest {
    @TempDir
    static Path tmp;
    static Path next;
    static Path pdf;
    static SampleCopy.Run plan;
    static SampleCopy.Run export;
    static List<SampleCopy.Run> adds = new ArrayList<>();

    @BeforeAll
    static void makeTheNextIssue() throws Exception {
        next = tmp.resolve("2023-05");
        SampleCopy.Run made = SampleCopy.run("new", next.toString(), "--like", SampleManuscripts.SAMPLE.toString(),
                "--date", "2023-10-25");
        assertEquals(0, made.code(), made.all());
        List<Path> files = SampleManuscripts.write(Files.createDirectories(tmp.resolve("manuscripts")));
        for (int i = 0; i < files.size(); i++) {
            var p = SampleManuscripts.DOZEN.get(i);
            adds.add(SampleCopy.run("add", next.toString(), files.get(i).toString(), "--section", p.section(),
                    "--kind", p.kind().name().toLowerCase(java.util.Locale.ROOT)));
        }
        plan = SampleCopy.run("plan", next.toString(), "--pages", "48", "--apply");
        pdf = tmp.resolve("next.pdf");
        export = SampleCopy.run("export", next.toString(), "-o", pdf.toString());
    }

    @Test
    void everyManuscriptIsAddedThePlanAppliedAndTheIssueExports() throws Exception {
        for (SampleCopy.Run a : adds) assertEquals(0, a.code(), a.all());
        assertEquals(0, plan.code(), plan.all());
        assertEquals(0, export.code(), plan.out() + "\n" + export.all());
        Issue issue = IssueStore.load(next);
        assertEquals(SampleManuscripts.DOZEN.size(), issue.sections().stream().mapToLong(s -> s.articles().size()).sum()
                - carriedOver(issue));
        assertTrue(issue.plan().entries().size() >= SampleManuscripts.DOZEN.size(), issue.plan().toString());
    }

    /** Recurring items `paiban new` carries over (the call for papers) are not manuscripts. */
    private static long carriedOver(Issue issue) {
        return issue.sections().stream().flatMap(s -> s.articles().stream())
                .filter(a -> SampleManuscripts.DOZEN.stream().noneMatch(p -> a.title().equals(title(p.articleId())))).count();
    }

    private static String title(String sampleId) {
        try {
            return IssueStore.load(SampleManuscripts.SAMPLE).article(sampleId).orElseThrow().title();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pdfcheckMeasuresItAsTheSample() throws Exception {
        assertEquals(0, export.code(), export.all());
        JsonNode m = pdfcheck(pdf);
        assertEquals(0, m.at("/kinsoku_start/count").asInt(-1), m.toString());
        assertEquals(0, m.at("/kinsoku_end").asInt(-1), m.toString());
        assertEquals(0, m.at("/pages").asInt() % 4, m.toString());
        assertEquals(100.0, m.at("/baseline_grid/shared/pct").asDouble(), 0.0, m.toString());
        assertEquals(100.0, m.at("/baseline_grid/page_grid_L/pct").asDouble(), 0.0, m.toString());
        assertEquals(100.0, m.at("/baseline_grid/page_grid_R/pct").asDouble(), 0.0, m.toString());
        assertEquals(100.0, m.at("/contents/ok/pct").asDouble(), 0.0, m.toString());
        assertEquals(0, m.at("/jumps/broken").asInt(-1), m.toString());
        assertEquals(0, m.at("/text_chars/replacement").asInt(-1), m.toString());
        assertTrue(m.at("/justified/strict/pct").asDouble() >= 99.5, m.toString());
        assertEquals("ok", m.at("/qpdf_check").asText(), m.toString());
    }

    @Test
    void noHanCharacterOfTheManuscriptsIsLost() throws Exception {
        assertEquals(0, export.code(), export.all());
        String text = pdfText(pdf);
        Issue issue = IssueStore.load(next);
        for (var s : issue.sections()) {
            for (Article a : s.articles()) {
                StringBuilder want = new StringBuilder();
                for (Block b : a.body()) if (b instanceof Block.Paragraph p) want.append(p.text());
                String han = han(want.toString());
                assertTrue(subsequence(han, text), a.id() + ": some of its " + han.length() + " Han characters are not in the PDF");
            }
        }
    }

    static String han(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).forEach(b::appendCodePoint);
        return b.toString();
    }

    static boolean subsequence(String want, String in) {
        int i = 0;
        for (int k = 0; k < in.length() && i < want.length(); k++) if (in.charAt(k) == want.charAt(i)) i++;
        return i == want.length();
    }

    static String pdfText(Path pdf) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-").start();
        } catch (IOException e) {
            Assumptions.assumeTrue(false, "pdftotext is not installed (bin/need-packages installs poppler-utils)");
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        return han(out);
    }

    static JsonNode pdfcheck(Path pdf) throws Exception {
        Path script = tmp.resolve("pdfcheck.py");
        if (!Files.exists(script)) {
            try (InputStream in = NextIssueAcceptanceTest.class.getResourceAsStream("/tools/pdfcheck.py")) {
                Files.copy(in, script);
            }
        }
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), "--json", pdf.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            Assumptions.assumeTrue(false, "python3 is not installed");
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return SampleCopy.JSON.readTree(out);
    }
}
