package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 9: export and preflight agree, because both take cn.paiban.typeset.Preflight. BEL, ESC and
 * NUL in a paragraph used to pass export with "0 error(s)"; an ESC sequence in a title reached the terminal raw.
 */
class OneValidationTest {
    @TempDir
    static Path tmp;
    static Path issue;

    @BeforeAll
    static void breakTheSample() throws Exception {
        issue = SampleCopy.copy(tmp.resolve("issue"));
        SampleCopy.block(issue, "shuxie-gongye", 1, b -> b.put("text", "煤，绽放光暖\u0007，融成\u0000飞灰。"));
        SampleCopy.edit(issue, "articles/shuzi-danao.json", a -> a.put("title", "数字\u001b[2J\u001b]0;pwned\u0007大脑"));
    }

    @Test
    void exportRefusesWhatPreflightReportsAndWritesNothing() {
        Path pdf = tmp.resolve("out.pdf");
        SampleCopy.Run export = SampleCopy.run("export", issue.toString(), "-o", pdf.toString());
        assertEquals(1, export.code(), export.all());
        assertFalse(Files.exists(pdf), "nothing written");
        assertTrue(export.err().contains("[shuxie-gongye ¶2]"), export.err());
        assertTrue(export.err().contains("U+0007"), export.err());

        SampleCopy.Run preflight = SampleCopy.run("preflight", issue.toString());
        assertEquals(1, preflight.code(), preflight.all());
        for (String line : export.err().split("\n")) {
            if (line.startsWith("  " + cn.paiban.i18n.Msg.get("cli.severity.ERROR"))) assertTrue(preflight.out().contains(line.strip()), line + "\n" + preflight.out());
        }
    }

    @Test
    void controlCharactersNeverReachTheTerminalRaw() {
        SampleCopy.Run outline = SampleCopy.run("outline", issue.toString());
        SampleCopy.Run preflight = SampleCopy.run("preflight", issue.toString());
        for (String s : new String[] {outline.all(), preflight.all()}) {
            assertFalse(s.contains("\u001b") || s.contains("\u0007") || s.contains("\u0000"), s);
        }
        assertTrue(outline.out().contains("数字<U+001B>[2J<U+001B>]0;pwned<U+0007>大脑"), outline.out());
    }

    @Test
    void aNaNResolutionIsRefused() {
        SampleCopy.Run r = SampleCopy.run("render", issue.toString(), "--pages", "1", "-o", tmp.resolve("png").toString(),
                "--dpi", "NaN");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("--dpi"), r.err());
    }

    @Test
    void anErrorAtTheTopIsOneLineWithAHintAndNoStackTrace() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        Cli cli = new Cli().add(new Command() {
            @Override public String name() { return "deep"; }
            @Override public String summary() { return "test"; }
            @Override public int run(java.util.List<String> args, java.io.PrintStream out, java.io.PrintStream e) {
                throw new StackOverflowError();
            }
        }).add(new Command() {
            @Override public String name() { return "big"; }
            @Override public String summary() { return "test"; }
            @Override public int run(java.util.List<String> args, java.io.PrintStream out, java.io.PrintStream e) {
                throw new OutOfMemoryError("Java heap space");
            }
        });
        java.io.PrintStream ps = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, cli.run(java.util.List.of("deep", "x"), ps, ps));
        assertEquals(2, cli.run(java.util.List.of("big", "x"), ps, ps));
        String s = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, s.lines().count(), s);
        assertTrue(s.contains("-Xmx") && !s.contains("\tat "), s);
        err.reset();
        assertEquals(2, cli.run(java.util.List.of("deep", "--debug"), ps, ps));
        assertTrue(err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\tat "), "--debug shows the trace");
    }
}
