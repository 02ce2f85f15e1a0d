package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueStore;
import cn.paiban.io.word.DocxBuilder;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The next issue keeps the journal's page count: made from the printed 2023年第4期 (48 pages), it is a 48-page issue
 * that `plan` fills and preflight measures against, whatever page the carried 征稿启事 was planned on (page 8 once
 * made it an 8-page issue in which nothing "fitted"). 本期信息's 页数 and `plan --pages N --apply` change it.
 */
class NextIssuePagesTest {
    @TempDir Path tmp;

    @Test
    void theNextIssueIsPlannedOnTheJournalsPageCount() throws Exception {
        Path dir = tmp.resolve("2023-05");
        var made = ImportTextCommandTest.run("new", dir.toString(), "--like", NewAndAddCommandTest.SAMPLE);
        assertEquals(0, made.code(), made.err());
        assertTrue(made.out().contains(Msg.get("import.new.pages", 48)), made.out());
        Issue next = IssueStore.load(dir);
        assertEquals(48, next.plan().pages());

        assertTrue(next.plan().entries().isEmpty(), "no start page carries over, the call for papers' neither");

        // two features, 4 and 5 pages: with the call for papers still pinned on page 8 the second had no room
        Issue sample = IssueStore.load(Path.of(NewAndAddCommandTest.SAMPLE));
        for (String id : java.util.List.of("jiakuai-fazhan", "fenghua-wunian")) {
            DocxBuilder b = new DocxBuilder();
            var feature = sample.allArticles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
            b.styled("Title", feature.title());
            for (Block block : feature.body()) if (block instanceof Block.Paragraph p) b.para(p.text());
            Path docx = b.save(tmp.resolve(id + ".docx"));
            var added = ImportTextCommandTest.run("add", dir.toString(), docx.toString(), "--section", "本期特稿");
            assertEquals(0, added.code(), added.out() + added.err());
        }

        var plan = ImportTextCommandTest.run("plan", dir.toString());
        assertEquals(0, plan.code(), "two articles fit 48 pages: " + plan.out() + plan.err());
        assertTrue(plan.out().contains(Msg.get("plan.cli.title", dir, "朔州经济", 2023, 5, 48)), plan.out());
        // the wholly free pages after the copy are one line, "第 N–48 页整页空着（M 页）…", not one line each
        assertTrue(anyLine(plan.out(), Msg.get("plan.report.freePages", 111, 48, 222)), plan.out());
        assertTrue(plan.out().lines().count() < 16, plan.out());

        var preflight = ImportTextCommandTest.run("preflight", dir.toString());
        assertEquals(0, preflight.code(), "imported, not yet planned, nothing set over: " + preflight.out());
        // "第 N–48 页还没有稿子：本期定为 48 页…", N after the one article's last page
        assertTrue(anyLine(preflight.out(), Msg.get("findings.page.unfilled", 111, 48, 48)), preflight.out());

        // 本期信息 ▸ 页数: a multiple of 4, refused otherwise with nothing written; empty lets the copy decide
        String before = Files.readString(dir.resolve("issue.json"));
        var odd = ImportTextCommandTest.run("info", dir.toString(), "页数=50");
        assertEquals(2, odd.code(), odd.out() + odd.err());
        assertTrue(odd.err().contains(Msg.get("facts.pages-not-four", 50)), odd.err());
        assertEquals(before, Files.readString(dir.resolve("issue.json")));
        assertEquals(0, ImportTextCommandTest.run("info", dir.toString(), "pages=56").code());
        assertEquals(56, IssueStore.load(dir).plan().pages());
        assertEquals(0, ImportTextCommandTest.run("info", dir.toString(), "页数=").code());
        assertNull(IssueStore.load(dir).plan().pages());

        // plan --pages N --apply: N is the issue's page count from then on
        var applied = ImportTextCommandTest.run("plan", dir.toString(), "--pages", "40", "--apply");
        assertEquals(0, applied.code(), applied.out() + applied.err());
        assertEquals(40, IssueStore.load(dir).plan().pages());
    }

    /** Whether {@code text} has {@code message} with its 111 and 222 standing for any number. */
    private static boolean anyLine(String text, String message) {
        String any = java.util.regex.Pattern.quote(message).replace("111", "\\E\\d+\\Q").replace("222", "\\E\\d+\\Q");
        return java.util.regex.Pattern.compile(any).matcher(text).find();
    }
}
