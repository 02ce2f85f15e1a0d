package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The commands' arguments: what a person types wrong gets a one-line answer and exit 2, never a stack trace. */
class CommandArgsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void optionsTakeValuesSeparateOrJoined() {
        Args a = Args.parse(List.of("issue", "-o", "x.pdf", "--dpi=96", "--pdfx"), Set.of("--pdfx"), Set.of("-o", "--dpi"));
        assertEquals("issue", a.one("issue folder"));
        assertEquals("x.pdf", a.value("-o"));
        assertEquals(96, a.number("--dpi", 80, 10, 1200));
        assertTrue(a.has("--pdfx"));
        assertFalse(a.has("--crop-marks"));
    }

    @Test
    void pageRangesAreFolios() {
        assertEquals(Set.of(1, 2, 3, 4, 17, 46), RenderCommand.pages("1-4,17, 46"));
        assertThrows(UsageException.class, () -> RenderCommand.pages("4-1"));
        UsageException e = assertThrows(UsageException.class, () -> RenderCommand.pages("a-b"));
        assertTrue(e.getMessage().contains("a-b"), e.getMessage());
    }

    @Test
    void exportWithoutOutputSaysWhatIsMissing() {
        assertEquals(2, run("export", "somewhere"));
        assertEquals("paiban export: 缺少 -o FILE.pdf", err().trim());
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertEquals(2, run("export", "dir", "-o", "x.pdf", "--pdfa"));
        // one letter from --pdfx: asked, as a misspelt option is (OfficeMistakesTest)
        assertTrue(err().contains(cn.paiban.i18n.Msg.get("cli.args.unknown-option-near", "--pdfa", "--pdfx")), err());
        err.reset();
        assertEquals(2, run("export", "dir", "-o", "x.pdf", "--colour-profile"));
        assertTrue(err().contains(cn.paiban.i18n.Msg.get("cli.args.unknown-option", "--colour-profile")), err());
    }

    @Test
    void aMissingIssueFolderIsNamed() {
        assertEquals(2, run("preflight", "/nonexistent/issue", "--template", "."));
        assertTrue(err().contains("没有期刊文件夹 /nonexistent/issue"), err());
    }

    /** The folder's name in the message is looked up only when it is missing or given twice, and reads as before. */
    @Test
    void aMissingOrRepeatedFolderIsNamedAsBefore() {
        Args one = Args.parse(List.of("issue", "-o", "x.pdf"), Set.of(), Set.of("-o"));
        assertEquals("issue", one.oneNamedBy("cli.args.issue-folder"));
        String folder = cn.paiban.i18n.Msg.get("cli.args.issue-folder");
        for (List<String> wrong : List.of(List.of("-o", "x.pdf"), List.of("a", "b", "-o", "x.pdf"))) {
            Args a = Args.parse(wrong, Set.of(), Set.of("-o"));
            UsageException expected = assertThrows(UsageException.class, () -> a.one(folder));
            UsageException got = assertThrows(UsageException.class, () -> a.oneNamedBy("cli.args.issue-folder"));
            assertEquals(expected.getMessage(), got.getMessage());
            assertTrue(got.getMessage().contains(folder), got.getMessage());
        }
        assertEquals(2, run("export", "-o", "x.pdf"));
        assertEquals("paiban export: " + cn.paiban.i18n.Msg.get("cli.args.missing", folder), err().trim());
    }

    @Test
    void aBadDpiIsNamed() {
        assertEquals(2, run("render", "dir", "-o", "out", "--dpi", "fast"));
        assertTrue(err().contains("--dpi 不是数字：fast"), err());
    }

    @Test
    void usageListsTheCommands() {
        assertEquals(0, run("help"));
        String usage = out.toString(StandardCharsets.UTF_8);
        for (String c : List.of("export", "preflight", "render", "bench")) assertTrue(usage.contains("  " + c + " "), usage);
    }
}
