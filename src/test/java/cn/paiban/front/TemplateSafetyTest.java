package cn.paiban.front;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed templates, missing fields, and templates that try to reach outside their folder. */
class TemplateSafetyTest {
    @TempDir
    Path dir;

    final List<String> warnings = new ArrayList<>();

    Path template(String name, String body) throws IOException {
        Path front = Files.createDirectories(dir.resolve("front"));
        Path f = front.resolve(name + ".xhtml");
        Files.writeString(f, body);
        return f;
    }

    static String page(String bodyLines) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n"
                + "<head><title>t</title></head>\n"
                + "<body style=\"font-family: 'Noto Serif CJK SC'\"><div class=\"sheet\">\n"
                + bodyLines
                + "</div></body>\n</html>\n";
    }

    Page render(String name) {
        return new FrontMatter(dir, FontBook.standard())
                .page(name, 2, SampleFrontIssue.issue(), SampleFrontIssue.START_PAGES, FrontMatterTest.FORMAT, warnings);
    }

    @Test
    void malformedXmlNamesFileLineAndProblem() throws IOException {
        template("broken", page("<p>主管：${colophon.supervisor}</p>\n<p>未闭合\n</div>\n"));
        TemplateException e = assertThrows(TemplateException.class, () -> render("broken"));
        assertTrue(e.getMessage().startsWith("broken.xhtml:"), e.getMessage());
        assertEquals(7, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("p"), "names the unclosed element: " + e.getMessage());
    }

    @Test
    void aLoopThatDoesNotReadNameInPathIsAnErrorAtItsLine() throws IOException {
        template("badloop", page("<p>一</p>\n<ul>\n<li data-each=\"for n in names\">${n}</li>\n</ul>\n"));
        TemplateException e = assertThrows(TemplateException.class, () -> render("badloop"));
        assertEquals(7, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("data-each"), e.getMessage());
    }

    @Test
    void anExpressionIsNotAField() throws IOException {
        template("expr", page("<p>${journal.year + 1}</p>\n"));
        TemplateException e = assertThrows(TemplateException.class, () -> render("expr"));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("not a field path"), e.getMessage());
        template("open", page("\n<p>${journal.name</p>\n"));
        TemplateException e2 = assertThrows(TemplateException.class, () -> render("open"));
        assertEquals(6, e2.line(), e2.getMessage());
    }

    @Test
    void aMissingFieldShowsAPlaceholderAndAWarning() throws IOException {
        template("missing", page("<p>${journal.name}</p>\n<p>刊号：${journal.issn}</p>\n"));
        Page p = render("missing");
        String text = FrontMatterTest.text((Item.ForeignPage) p.items().get(0));
        assertTrue(text.contains("刊号：【缺：journal.issn】"), text);
        assertTrue(text.contains("朔州经济"), text);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("missing.xhtml:6") && warnings.get(0).contains("journal.issn"), warnings.get(0));
    }

    @Test
    void anEmptyColophonFieldIsReportedNotDropped() throws IOException {
        var issue = SampleFrontIssue.issue();
        var c = issue.journal().colophon();
        var noSite = new cn.paiban.model.Colophon(c.supervisor(), c.sponsor(), c.editor(), c.audience(), c.address(),
                c.postcode(), c.phone(), null, c.email(), c.printer(), c.printRun(), c.permit(), c.distribution());
        var j = issue.journal();
        var issue2 = issue.withJournal(new cn.paiban.model.Journal(j.name(), j.pinyin(), j.year(), j.issueNumber(),
                j.totalNumber(), j.frequency(), j.publicationDate(), noSite, j.slogans()));
        Page p = new FrontMatter(FrontMatterTest.TEMPLATES, FontBook.standard())
                .page("board-colophon", 2, issue2, SampleFrontIssue.START_PAGES, FrontMatterTest.FORMAT, warnings);
        String text = FrontMatterTest.text((Item.ForeignPage) p.items().get(0));
        assertTrue(text.contains("【缺：colophon.website】"), text);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("colophon.website")), warnings.toString());
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "机密内容");
        template("xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n<!ENTITY x SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&x;</p></body></html>\n");
        TemplateException e = assertThrows(TemplateException.class, () -> render("xxe"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("机密"), e.getMessage());
    }

    @Test
    void networkAndOutsideFilesAreRefusedAndReported() throws IOException {
        Path outside = Files.createTempFile("paiban-outside", ".css");
        Files.writeString(outside, "p { color: red; }");
        try {
            template("reach", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title>\n"
                    + "<link rel=\"stylesheet\" type=\"text/css\" href=\"http://127.0.0.1:9/evil.css\"/>\n"
                    + "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + outside.toUri() + "\"/>\n"
                    + "<link rel=\"stylesheet\" type=\"text/css\" href=\"../../../../../../etc/hostname\"/>\n"
                    + "</head><body><div class=\"sheet\"><p>${journal.name}</p></div></body></html>\n");
            render("reach");
            String all = String.join("\n", warnings);
            assertTrue(all.contains("refused to load http://127.0.0.1:9/evil.css"), all);
            assertTrue(all.contains("refused to load " + outside.toUri()), all);
            assertTrue(all.contains("etc/hostname"), all);
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void filesInTheTemplateFolderLoad() throws IOException {
        Files.createDirectories(dir.resolve("front"));
        Files.writeString(dir.resolve("front/own.css"), "p { font-size: 14pt; }");
        template("own", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title>\n"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"own.css\"/>\n"
                + "</head><body style=\"font-family: 'Noto Serif CJK SC'\"><div class=\"sheet\"><p>${journal.name}</p></div></body></html>\n");
        render("own");
        assertEquals(List.of(), warnings);
    }

    @Test
    void aMissingTemplateIsAPlaceholderPageAndAWarning() throws IOException {
        Page p = render("ad");
        String text = FrontMatterTest.text((Item.ForeignPage) p.items().get(0));
        assertTrue(text.contains("【缺：模板ad】"), text);
        assertTrue(warnings.stream().anyMatch(w -> w.equals(cn.paiban.i18n.Msg.get("findings.front.missing-template", "ad.xhtml", "ad", 2))), warnings.toString());
    }

    @Test
    void theOfficesStrokeCorrectionsOrderTheBoardAsPrinted() throws IOException {
        template("strokes", page("<p><span data-each=\"n in board.role.委员.namesByStroke\">${n.name} </span></p>\n"));
        String icu = FrontMatterTest.text((Item.ForeignPage) render("strokes").items().get(0));
        assertTrue(icu.indexOf("李全胜") < icu.indexOf("连彩霞"), "ICU counts 连 as 8: " + icu);
        Files.writeString(dir.resolve("front/strokes.json"), "{ \"strokes\": { \"连\": 7, \"黄\": 11 } }");
        String office = FrontMatterTest.text((Item.ForeignPage) render("strokes").items().get(0));
        assertTrue(office.contains(String.join("", SampleFrontIssue.MEMBERS)), "printed order: " + office);
    }

    @Test
    void aMalformedStrokeFileNamesItsLine() throws IOException {
        template("plain", page("<p>${journal.name}</p>\n"));
        Files.writeString(dir.resolve("front/strokes.json"), "{\n  \"strokes\": { \"连\": 7,\n }\n}");
        TemplateException e = assertThrows(TemplateException.class, () -> render("plain"));
        assertTrue(e.getMessage().startsWith("strokes.json:3"), e.getMessage());
        assertTrue(e.getMessage().startsWith("strokes.json:3: 对象的最后一个字段之后多了一个逗号（JSON 不允许，删去这个逗号）"), e.getMessage());
        Files.writeString(dir.resolve("front/strokes.json"), "{ \"strokes\": { \"连彩\": 7 } }");
        TemplateException e2 = assertThrows(TemplateException.class, () -> render("plain"));
        assertTrue(e2.getMessage().contains("strokes: “连彩”应是一个字和它的笔画数（正整数），实际是 7"), e2.getMessage());
    }

    @Test
    void textThatOutgrowsTheDesignIsReported() throws IOException {
        // A block grown down into the foot (both placed, so the test does not hang on default margins),
        // and a line set below the trim.
        template("crowded", page("<p style=\"position: absolute; left: 20mm; top: 240mm; font-size: 20pt\">${journal.name}</p>\n"
                + "<p style=\"position: absolute; left: 20mm; top: 242mm\">${journal.slogan2}</p>\n"
                + "<p style=\"position: absolute; left: 20mm; top: 280mm; font-size: 40pt\">${journal.pinyin}</p>\n"));
        render("crowded");
        String all = String.join("\n", warnings);
        assertTrue(all.contains(cn.paiban.i18n.Msg.get("findings.front.overlap", "朔州经济", "·倡导学术新观点·交流发展新经验·融汇经济新信息·")), all);
        assertTrue(all.contains(cn.paiban.i18n.Msg.get("findings.front.off-page", "Shuo Zhou Jing Ji")), all);
        assertTrue(all.contains("crowded.xhtml"), all);
        assertEquals(2, warnings.size(), all);
    }

    @Test
    void textInAFaceWithoutItsGlyphsIsReported() throws IOException {
        template("noface", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head>"
                + "<body><div class=\"sheet\"><p style=\"font-family: 'No Such Face'\">${journal.name}</p></div></body></html>\n");
        render("noface");
        String all = String.join("\n", warnings);
        assertTrue(all.contains("“朔州经济”等 1 段文字印不出来"), all);
        assertTrue(all.contains("font-family“No Such Face”不是 Paiban 的字体"), "names the font asked for: " + all);
        assertTrue(all.contains("LXGW WenKai、Noto Sans CJK SC、Noto Sans CJK SC Bold、Noto Serif CJK SC"), "and the fonts there are: " + all);
    }

    @Test
    void aTemplateNameCannotClimbOut() {
        TemplateException e = assertThrows(TemplateException.class, () -> render("../secret"));
        assertTrue(e.getMessage().contains(cn.paiban.i18n.Msg.get("findings.front.bad-name", "../secret")), e.getMessage());
    }

    /** Found by paiban fuzz: a name the file system cannot encode (LANG=C) threw InvalidPathException. */
    @Test
    void aTemplateNameOutsideAsciiIsRefusedBeforeItBecomesAPath() {
        TemplateException e = assertThrows(TemplateException.class, () -> render("\uD83D\uDE00\uD840\uDC00?"));
        assertTrue(e.getMessage().contains(cn.paiban.i18n.Msg.get("findings.front.bad-name", "\uD83D\uDE00\uD840\uDC00?")), e.getMessage());
    }
}
