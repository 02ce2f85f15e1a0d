package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.i18n.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands as the office uses them, with its ordinary mistakes: each is answered in the user's language, naming the
 * file (and in issue.json the line and field), never with a stack trace or the system's English.
 */
class OfficeMistakesTest {
    @TempDir
    Path tmp;

    @AfterEach
    void back() { Msg.use("zh"); }

    /** An English word or phrase of the program (not a path, a JSON path or a placeholder) in a Chinese message. */
    private static void noEnglishIn(String message) {
        String prose = message.replaceAll("“[^”]*”|\"[^\"]*\"", " ").replaceAll("[\\w./~\\[\\]-]*[/.\\[][\\w./\\[\\]-]*", " ").replaceAll("paiban [a-z-]+", " ");
        assertFalse(prose.matches("(?s).*\\b[a-z]{3,}\\b.*"), "English in a Chinese message: " + message);
    }

    @Test
    void anArticleFileThatIsMissingIsNamedWithItsLineInTheUsersLanguage() throws Exception {
        Path issue = SampleCopy.copy(tmp.resolve("期 刊"));
        Files.delete(issue.resolve("articles/dangjian-yinling.json"));
        SampleCopy.Run r = SampleCopy.run("preflight", issue.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains(issue.resolve("issue.json") + ":"), r.err());   // file:line:column
        assertTrue(r.err().contains(Msg.get("io.issue.article-file-missing", "dangjian-yinling", "articles/dangjian-yinling.json")), r.err());
        noEnglishIn(r.err());
        Msg.use("en");
        SampleCopy.Run en = SampleCopy.run("outline", issue.toString());
        assertTrue(en.err().contains("article \"dangjian-yinling\" is listed but its file articles/dangjian-yinling.json does not exist"), en.err());
    }

    @Test
    void aBadArticleOrSectionIdSaysWhoseIdInChinese() throws Exception {
        Path issue = SampleCopy.copy(tmp.resolve("issue"));
        SampleCopy.edit(issue, "issue.json", root -> ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("sections").get(0)
                .get("articles")).set(0, new com.fasterxml.jackson.databind.node.TextNode("juan shou")));
        SampleCopy.Run r = SampleCopy.run("outline", issue.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("sections[0].articles[0]: 文章："), r.err());
        noEnglishIn(r.err());
        SampleCopy.edit(issue, "issue.json", root -> ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("sections").get(0)).put("id", ""));
        r = SampleCopy.run("outline", issue.toString());
        assertTrue(r.err().contains("sections[0].id: 栏目："), r.err());
        noEnglishIn(r.err());
    }

    @Test
    void newWithoutItsFolderShowsItsUsageNotMissingUsage() {
        SampleCopy.Run r = SampleCopy.run("new");
        assertEquals(2, r.code());
        assertEquals("paiban new: " + Msg.get("import.new.usage"), r.err().strip());
        r = SampleCopy.run("new", tmp.resolve("next").toString());
        assertEquals("paiban new: " + Msg.get("import.new.usage"), r.err().strip());
        assertFalse(Files.exists(tmp.resolve("next")));
    }

    @Test
    void proofImportOfAFileThatIsNotThereOrNotAPdfSaysSo() throws Exception {
        Path issue = SampleCopy.copy(tmp.resolve("issue"));
        SampleCopy.Run r = SampleCopy.run("proof-import", issue.toString(), tmp.resolve("校样.pdf").toString(), "--round", "1");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains(Msg.get("limits.no-such-file.reason")), r.err());
        r = SampleCopy.run("proof-import", issue.toString(), issue.resolve("issue.json").toString(), "--round", "1");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains(Msg.get("proof.import.not-pdf")), r.err());
        assertFalse(r.err().contains("End-of-File"), r.err());
        r = SampleCopy.run("proof-import", issue.toString());
        assertTrue(r.err().startsWith("paiban proof-import: 要给出期刊文件夹和校样 PDF 两项"), r.err());
    }

    /** info, add, plan --apply, proof --close on a full disk: the file it could not write and why, in Chinese. */
    @Test
    void aSaveThatFailsNamesTheFileAndKeepsTheOldOne() throws Exception {
        Path issue = SampleCopy.copy(tmp.resolve("issue"));
        byte[] before = Files.readAllBytes(issue.resolve("issue.json"));
        cn.paiban.model.Issue loaded = cn.paiban.io.IssueStore.load(issue);
        // a folder where the save must read an article file to keep it as a backup: the save fails, as on a full disk,
        // with the system's words ("Is a directory")
        String first = loaded.sections().get(0).articles().get(0).id();
        Path blocker = issue.resolve("articles/" + first + ".json");
        Files.delete(blocker);
        Files.createDirectories(blocker.resolve("x"));
        var j = loaded.journal();
        var journal = new cn.paiban.model.Journal(j.name(), j.pinyin(), j.year(), j.issueNumber() + 1, j.totalNumber() + 1,
                j.frequency(), j.publicationDate(), j.colophon(), j.slogans());
        var changed = new cn.paiban.model.Issue(journal, loaded.board(), loaded.sections(),
                loaded.shortItems(), loaded.notices(), loaded.plan());
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> cn.paiban.io.IssueStore.save(changed, issue));
        String said = cn.paiban.i18n.WriteFailure.describe(e);
        assertTrue(said.startsWith(Msg.get("limits.write-failed", blocker, "").strip()), said);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(issue.resolve("issue.json"))), "the old issue.json is kept");
        // the system's words for a full disk, where no file is at hand, are said in the user's
        assertEquals(Msg.get("limits.write-failed.full"), cn.paiban.i18n.WriteFailure.describe(new java.io.IOException("No space left on device")));
    }
    /** The issue's issue.json given for its folder (dragged, or typed with the folder): the folder to give is named. */
    @Test
    void theIssueJsonGivenForItsFolderNamesTheFolder() throws Exception {
        Path issue = SampleCopy.copy(tmp.resolve("第4期"));
        for (String command : new String[] {"export", "preflight", "outline", "info"}) {
            SampleCopy.Run r = command.equals("export")
                    ? SampleCopy.run(command, issue.resolve("issue.json").toString(), "-o", tmp.resolve("x.pdf").toString())
                    : SampleCopy.run(command, issue.resolve("issue.json").toString());
            assertEquals(2, r.code(), command + ": " + r.all());
            assertTrue(r.err().contains(Msg.get("io.store.is-issue-json", issue)), command + ": " + r.err());
        }
        SampleCopy.Run r = SampleCopy.run("preflight", issue.resolve("import-report.txt").toString());
        assertTrue(r.err().contains(Msg.get("io.store.is-file")), r.err());
    }

    /** A Chinese Windows console shows its code page (GBK), not UTF-8: what the commands print is in the console's. */
    @Test
    void onAWindowsConsoleTheCommandsPrintInItsCodePage() {
        assertTrue(Cli.outputCharset("Windows 10", "ms936").newEncoder().canEncode("期刊文件夹"));
        assertTrue(java.util.Arrays.equals("期刊".getBytes(java.nio.charset.Charset.forName("GBK")),
                "期刊".getBytes(Cli.outputCharset("Windows 10", "ms936"))));
        assertEquals(java.nio.charset.StandardCharsets.UTF_8, Cli.outputCharset("Windows 10", null), "a pipe or a file");
        assertEquals(java.nio.charset.StandardCharsets.UTF_8, Cli.outputCharset("Windows 11", "UTF-8"), "chcp 65001");
        // a Linux terminal under LANG=C names ASCII: ignored, as before, or every Han character would print as ?
        assertEquals(java.nio.charset.StandardCharsets.UTF_8, Cli.outputCharset("Linux", "ANSI_X3.4-1968"));
    }

    private static String underTheCLocale(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), cn.paiban.Launcher.class.getName()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        pb.environment().remove("PAIBAN_LANG");
        Process p = pb.redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), said);
        return said;
    }

    /**
     * java -jar paiban.jar under LANG=C (ssh, cron): paiban NOT_A_FOLDER goes to the editor's start, which said ????????;
     * a Chinese folder name ended in an InvalidPathException's stack trace.
     */
    @Test
    void underTheCLocaleTheRefusalsAreReadableAndAChineseNameIsExplained() throws Exception {
        String said = underTheCLocale(tmp.resolve("no-such-issue").toString());
        assertTrue(said.contains("没有期刊文件夹"), said);
        said = underTheCLocale(tmp.resolve("第4期").toString());
        assertFalse(said.contains("\tat ") || said.contains("Exception"), said);
        assertTrue(said.startsWith("paiban: 文件名"), said);
        said = underTheCLocale("preflight", tmp.resolve("第4期").toString());
        assertFalse(said.contains("\tat ") || said.contains("Exception"), said);
        assertTrue(said.startsWith("paiban preflight: 文件名"), said);
    }
    /** A misspelt option is answered with the one meant; a dash typed with a Chinese input method is named as such. */
    @Test
    void aMisspeltOptionOrAChineseDashIsAnsweredWithTheOptionMeant() {
        SampleCopy.Run r = SampleCopy.run("export", "dir", "-0", "x.pdf");
        assertEquals(2, r.code());
        assertEquals("paiban export: " + Msg.get("cli.args.unknown-option-near", "-0", "-o"), r.err().strip());
        r = SampleCopy.run("version", "--licence");
        assertEquals("paiban version: " + Msg.get("cli.args.unknown-option-near", "--licence", "--licences"), r.err().strip());
        r = SampleCopy.run("outline", "dir", "--jsno");
        assertEquals("paiban outline: " + Msg.get("cli.args.unknown-option-near", "--jsno", "--json"), r.err().strip());
        r = SampleCopy.run("render", "dir", "--pages", "1", "-o", "out", "--dip", "80");
        assertTrue(r.err().contains("--dpi"), r.err());
        // —o and ——pdfx: read as file names, they gave "expected one issue folder"
        r = SampleCopy.run("export", "dir", "—o", "x.pdf");
        assertEquals(2, r.code());
        assertEquals("paiban export: " + Msg.get("cli.args.wide-dash", "—o", "-o"), r.err().strip());
        r = SampleCopy.run("export", "dir", "-o", "x.pdf", "——pdfx");
        assertEquals("paiban export: " + Msg.get("cli.args.wide-dash", "——pdfx", "--pdfx"), r.err().strip());
        r = SampleCopy.run("export", "dir", "－o", "x.pdf");
        assertEquals("paiban export: " + Msg.get("cli.args.wide-dash", "－o", "-o"), r.err().strip());
    }
    /**
     * add --section with a slip ("本期特搞") made a new section silently; a stray space ("本期特稿 ", pasted) too. A near
     * miss is refused, nothing written; a space does not count; a really new section is said.
     */
    @Test
    void addToASectionNameWithASlipIsRefusedAndANewSectionIsSaid() throws Exception {
        Path like = SampleCopy.copy(tmp.resolve("第4期"));
        Path next = tmp.resolve("第 5 期");
        assertEquals(0, SampleCopy.run("new", next.toString(), "--like", like.toString()).code());
        Path txt = tmp.resolve("来稿 一.txt");   // GB18030 with CRLF, as Notepad on a Chinese PC saves it
        Files.write(txt, "推进县域经济高质量发展\r\n本刊记者\r\n第一段正文，说明情况。\r\n第二段正文。\r\n".getBytes("GB18030"));
        byte[] before = Files.readAllBytes(next.resolve("issue.json"));
        SampleCopy.Run r = SampleCopy.run("add", next.toString(), txt.toString(), "--section", "本期特搞");
        assertEquals(2, r.code(), r.all());
        assertEquals("paiban add: " + Msg.get("import.add.section-near", "本期特搞", "本期特稿"), r.err().strip());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(next.resolve("issue.json"))), "nothing written");
        r = SampleCopy.run("add", next.toString(), txt.toString(), "--section", "本期特稿 ");
        assertEquals(0, r.code(), r.all());
        cn.paiban.model.Issue issue = cn.paiban.io.IssueStore.load(next);
        assertEquals(8, issue.sections().size(), "no second 本期特稿");
        assertEquals(1, issue.sections().stream().filter(x -> x.title().equals("本期特稿")).findFirst().orElseThrow().articles().size());
        assertTrue(issue.allArticles().get(0).body().toString().contains("第一段正文"), "read as GB18030");
        r = SampleCopy.run("add", next.toString(), txt.toString(), "--section", "招商引资", "--keep-both");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains(Msg.get("import.add.section-new", "招商引资", "卷首语、本期特稿、经济社会、党建园地、法制建设、借鉴参考、调查信息、数字朔州")), r.out());
    }
    /**
     * A character no font has (an emoji pasted from WeChat) printed as a gap in render's PNG with exit 0 and not a word,
     * though preflight and export name it: render names it too, for the pages it drew, and exits 1.
     */
    @Test
    void renderSaysWhatWillNotPrintOnItsPages() throws Exception {
        Path issue = SampleCopy.copy(tmp.resolve("issue"));
        SampleCopy.block(issue, "juanshouyu", 0, b -> b.put("text", "表情😀，" + b.get("text").asText()));
        SampleCopy.Run r = SampleCopy.run("render", issue.toString(), "--pages", "1", "-o", tmp.resolve("png").toString(), "--dpi", "20");
        assertEquals(1, r.code(), r.all());
        assertTrue(Files.isRegularFile(tmp.resolve("png/p001.png")));
        assertTrue(r.err().contains(Msg.get("cli.render.not-printed", 1)), r.err());   // one character, named once
        assertTrue(r.err().contains("U+1F600"), r.err());
        // a page without it: nothing to say
        r = SampleCopy.run("render", issue.toString(), "--pages", "5", "-o", tmp.resolve("png").toString(), "--dpi", "20");
        assertEquals(0, r.code(), r.all());
        assertFalse(r.err().contains("U+1F600"), r.err());
    }
    /** render --pages 99 of a 48-page issue printed "0 页，80 dpi，在 …" before saying there is no page 99, and left an empty folder. */
    @Test
    void renderOfPagesTheIssueHasNotSaysOnlyThat() throws Exception {
        Path issue = SampleCopy.copy(tmp.resolve("issue"));
        SampleCopy.Run r = SampleCopy.run("render", issue.toString(), "--pages", "99", "-o", tmp.resolve("png").toString());
        assertEquals(1, r.code(), r.all());
        assertEquals("", r.out());
        assertEquals("paiban render: " + Msg.get("cli.render.no-pages", "99"), r.err().strip());
        assertFalse(Files.exists(tmp.resolve("png")));
    }
}
