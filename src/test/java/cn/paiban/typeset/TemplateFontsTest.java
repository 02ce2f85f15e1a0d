package cn.paiban.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.cli.Cli;
import cn.paiban.display.Item;
import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.layout.TemplateException;
import cn.paiban.layout.TemplateFiles;
import cn.paiban.model.Issue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that names the office's fonts by family or file: found in the template's fonts/, the issue's fonts/,
 * then a "system" folder (-Dpaiban.systemFonts, here a temporary folder holding copies of the bundled faces);
 * a missing face is a warning naming it and the bundled face used instead; a face whose fsType forbids
 * embedding is an error naming it, and export refuses.
 */
class TemplateFontsTest {
    static final Path SAMPLE = Path.of("samples", "shuozhou-jingji-2023-04");
    static final Path WENKAI = Path.of("fonts", "LXGWWenKai-Regular.ttf");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;
    Path template;
    Path system;
    String oldProperty;

    @BeforeEach
    void folders() throws IOException {
        template = copy(TemplateFiles.directory(), tmp.resolve("template"));
        system = Files.createDirectories(tmp.resolve("system/windows-fonts"));
        Files.copy(WENKAI, system.resolve("simkai.ttf"));
        oldProperty = System.getProperty("paiban.systemFonts");
        System.setProperty("paiban.systemFonts", system.toString());
    }

    @AfterEach
    void restore() {
        if (oldProperty == null) System.clearProperty("paiban.systemFonts");
        else System.setProperty("paiban.systemFonts", oldProperty);
    }

    @Test
    void theSampleSetInTheOfficesFontsWithAWarningForTheMissingOneAndAnErrorForTheOneThatMayNotBeEmbedded() throws Exception {
        // the same face as the "system" one, so only by file: a family name would find whichever comes first
        Path restricted = cn.paiban.font.FontLocatorTest.restrictedCopy(WENKAI, tmp.resolve("elsewhere/restricted.ttf"));
        editTemplate("""
                { "song": ["方正书宋_GBK", "SimSun", "宋体", "霞鹜文楷"],
                  "hei": ["方正黑体_GBK", "SimHei"],
                  "title": ["%s", "heiBold"] }""".formatted(restricted.toString().replace("\\", "\\\\")));
        Issue sample = IssueStore.load(SAMPLE);
        LayoutResult r = Preflight.typeset(new Typesetter(FontBook.standard(), template), sample, SAMPLE);

        List<Finding> missing = keyed(r, "package.fonts.missing");
        assertEquals(1, missing.size(), r.findings().toString());
        assertEquals(Finding.Severity.WARNING, missing.get(0).severity());
        assertTrue(missing.get(0).message().contains("“方正黑体_GBK、SimHei”（字体角色 hei）") && missing.get(0).message()
                .contains("随附的 Noto Sans CJK SC 代替"), missing.get(0).message());
        List<Finding> forbidden = keyed(r, "package.fonts.noEmbedding");
        assertEquals(1, forbidden.size(), r.findings().toString());
        assertEquals(Finding.Severity.ERROR, forbidden.get(0).severity());
        assertTrue(forbidden.get(0).message().contains("“" + restricted + "”") && forbidden.get(0).message().contains("0x0002")
                && forbidden.get(0).message().contains("字体角色 title"),
                forbidden.get(0).message());
        assertFalse(Preflight.blocking(r).isEmpty(), "the restricted font blocks export");

        // body text (song) in the "system" 霞鹜文楷, found by its Chinese family name after three missing ones; titles
        // in the bundled heiBold the title role falls back to
        List<Item.GlyphRun> runs = r.document().pages().stream().flatMap(p -> p.items().stream())
                .filter(i -> i instanceof Item.GlyphRun).map(i -> (Item.GlyphRun) i).toList();
        Item.GlyphRun body = runs.stream().filter(g -> g.text().contains("全面贯彻落实")).findFirst().orElseThrow();
        assertEquals(system.resolve("simkai.ttf"), body.face().file());
        Item.GlyphRun editorial = runs.stream().filter(g -> g.text().contains("山西省第十六届运动会")).findFirst().orElseThrow();
        assertEquals(FontBook.standard().primary(FontBook.KAI), editorial.face(), "卷首语 is set in kai, which the template left alone");
        Item.GlyphRun title = runs.stream().filter(g -> g.text().contains("奋楫开新局")).findFirst().orElseThrow();
        assertEquals(FontBook.standard().primary(FontBook.HEI_BOLD), title.face());
        assertTrue(runs.stream().noneMatch(g -> g.face().file().getFileName().toString().equals("restricted.ttf")));

        // the CLI refuses the export and names the font
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path pdf = tmp.resolve("x.pdf");
        int code = new Cli().run(List.of("export", SAMPLE.toString(), "-o", pdf.toString(), "--template", template.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(code != 0, text);
        assertTrue(text.contains("字体“" + restricted + "”") && text.contains("禁止嵌入"), text);
        assertFalse(Files.exists(pdf));
    }

    @Test
    void theTemplatesFontsThenTheIssuesThenTheSystemsByFamilyOrFile() throws IOException {
        Path issue = Files.createDirectories(tmp.resolve("issue/fonts"));
        Files.copy(WENKAI, issue.resolve("fz-hei.ttf"));
        Files.createDirectories(template.resolve("fonts"));
        Files.copy(WENKAI, template.resolve("fonts/template-kai.ttf"));
        editTemplate("""
                { "song": "霞鹜文楷", "hei": ["fz-hei.ttf"], "kai": ["simkai.ttf"], "caption": ["NoSuchFont", "kai"] }""");
        FontBook base = FontBook.standard();
        TemplateFonts.Resolved r = TemplateFonts.resolve(base, template, tmp.resolve("issue"));
        assertEquals(template.resolve("fonts/template-kai.ttf"), r.fonts().primary(FontBook.SONG).file(), "template first");
        assertEquals(issue.resolve("fz-hei.ttf"), r.fonts().primary(FontBook.HEI).file(), "then the issue's fonts/");
        assertEquals(system.resolve("simkai.ttf"), r.fonts().primary(FontBook.KAI).file(), "then the system's");
        // the bundled chain backs each found face up, for what it lacks
        assertEquals(base.chain(FontBook.HEI), r.fonts().chain(FontBook.HEI).subList(1, 1 + base.chain(FontBook.HEI).size()));
        // a new role: missing, so the bundled kai chain it names, and a warning
        assertEquals(base.chain(FontBook.KAI), r.fonts().chain("caption"));
        assertEquals(List.of("package.fonts.missing"), r.findings().stream().map(Finding::key).toList());
        assertTrue(r.findings().get(0).message().contains("“NoSuchFont”（字体角色 caption）"), r.findings().get(0).message());
        // roles the template leaves alone keep the bundled chain
        assertEquals(base.chain(FontBook.HEI_BOLD), r.fonts().chain(FontBook.HEI_BOLD));
        Face song = r.fonts().primary(FontBook.SONG);
        assertSame(base.metrics(song), r.fonts().metrics(song), "one face read once, shared with the PDF renderer's book");
    }

    @Test
    void aTemplateWithoutFontsUsesTheBundledBookAsItIsAndABadEntryNamesItsField() throws IOException {
        FontBook base = FontBook.standard();
        TemplateFonts.Resolved plain = TemplateFonts.resolve(base, template, null);
        assertSame(base, plain.fonts());
        assertEquals(List.of(), plain.findings());
        editTemplate("{ \"song\": 3 }");
        TemplateException e = assertThrows(TemplateException.class, () -> TemplateFonts.resolve(base, template, null));
        assertTrue(e.getMessage().contains("template.json: fonts.song: "), e.getMessage());
    }

    // ---- helpers ----

    private void editTemplate(String fonts) throws IOException {
        Path f = template.resolve("template.json");
        ObjectNode root = (ObjectNode) JSON.readTree(f.toFile());
        root.set("fonts", JSON.readTree(fonts));
        ((ObjectNode) root.get("styles").get("title")).put("font", root.get("fonts").has("title") ? "title" : "heiBold");
        Files.writeString(f, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static List<Finding> keyed(LayoutResult r, String key) {
        return r.findings().stream().filter(f -> key.equals(f.key())).toList();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }
}
