package cn.paiban.proof;

import static cn.paiban.proof.ProofTesting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.edit.CommandStack;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 采纳 of every kind is one undo step for text and status together; 不改 and 回复 close and answer; all saved. */
class MarkActionsTest {
    @TempDir
    Path dir;

    /** Adds the mark, adopts it, checks text and status, undoes (both back, saved), redoes. Returns the issue after. */
    private Issue adoptAndUndo(Mark m) throws Exception {
        Issue issue = sample();
        MarkStore store = new MarkStore(dir, Marks.none());
        CommandStack stack = new CommandStack(issue);
        stack.execute(MarkActions.add(store, m));
        assertSame(issue, stack.current(), "adding a mark leaves the text alone");
        assertEquals(List.of(m), Marks.load(dir).all(), "the new mark is saved");
        Issue after = stack.execute(MarkActions.adopt(store, stack.current(), m.id()));
        assertTrue(after != issue, "the text changed");
        assertEquals(MarkStatus.APPLIED, store.marks().get(m.id()).orElseThrow().status());
        assertEquals(MarkStatus.OPEN, Marks.load(dir).get(m.id()).orElseThrow().status(), "written with the text, not before");
        assertTrue(store.hasUnsaved());
        store.flush();
        assertEquals(MarkStatus.APPLIED, Marks.load(dir).get(m.id()).orElseThrow().status(), "saved with the issue");
        assertTrue(stack.undoDescription().orElseThrow().contains(m.anchor().quote()), stack.undoDescription().orElseThrow());
        assertSame(issue, stack.undo(), "one undo restores the text");
        assertEquals(MarkStatus.OPEN, store.marks().get(m.id()).orElseThrow().status(), "and the status");
        store.flush();
        assertEquals(MarkStatus.OPEN, Marks.load(dir).get(m.id()).orElseThrow().status(), "saved");
        assertSame(after, stack.redo());
        store.flush();
        assertEquals(MarkStatus.APPLIED, Marks.load(dir).get(m.id()).orElseThrow().status());
        stack.undo();
        stack.undo();
        assertTrue(Marks.load(dir).all().isEmpty(), "undoing the adding takes the mark away");
        return after;
    }

    /** 改, 删 and 增 put their text (none for 删) in place of their range (a point for 增). */
    @ParameterizedTest(name = "{0} [{1}, {2}) → {3}")
    @CsvSource({"REPLACE, 4, 6, 甲乙丙", "DELETE, 4, 6, ", "INSERT, 7, 7, （增）"})
    void replaceDeleteInsert(MarkKind kind, int start, int end, String text) throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, 2);
        String t = text(issue, p);
        Issue after = adoptAndUndo(mark("m", "王芳", kind, anchorAt(issue, p, start, end), null, text));
        assertEquals(t.substring(0, start) + (text == null ? "" : text) + t.substring(end), text(after, p));
    }

    @Test
    void swapInOneParagraph() throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, 2);
        String t = text(issue, p);
        // selected in reverse order: the second range comes first in the text
        Issue after = adoptAndUndo(mark("m", "王芳", MarkKind.SWAP, anchorAt(issue, p, 10, 13), anchorAt(issue, p, 2, 4), null));
        assertEquals(t.substring(0, 2) + t.substring(10, 13) + t.substring(4, 10) + t.substring(2, 4) + t.substring(13), text(after, p));
    }

    @Test
    void swapAcrossParagraphs() throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, 2), q = paragraph(issue, 3);
        String tp = text(issue, p), tq = text(issue, q);
        Issue after = adoptAndUndo(mark("m", "王芳", MarkKind.SWAP, anchorAt(issue, p, 0, 2), anchorAt(issue, q, 5, 8), null));
        assertEquals(tq.substring(5, 8) + tp.substring(2), text(after, p));
        assertEquals(tq.substring(0, 5) + tp.substring(0, 2) + tq.substring(8), text(after, q));
    }

    @Test
    void split() throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, 2);
        String t = text(issue, p);
        int blocks = article(issue).body().size();
        Issue after = adoptAndUndo(mark("m", "王芳", MarkKind.SPLIT, anchorAt(issue, p, 20, 20), null, null));
        assertEquals(blocks + 1, article(after).body().size());
        assertEquals(t.substring(0, 20), text(after, p));
        assertEquals(new Block.Paragraph(t.substring(20)), article(after).body().get(p + 1));
    }

    @Test
    void join() throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, 4);
        assertTrue(article(issue).body().get(p + 1) instanceof Block.Paragraph);
        String t = text(issue, p), next = text(issue, p + 1);
        int blocks = article(issue).body().size();
        Issue after = adoptAndUndo(mark("m", "王芳", MarkKind.JOIN, anchorAt(issue, p + 1, 0, 0), null, null));
        assertEquals(blocks - 1, article(after).body().size());
        assertEquals(t + next, text(after, p));
    }

    /** A 接排 drawn over words (as proof-import keeps it) joins like one at the paragraph's start, and the diff sees it done. */
    @Test
    void aRunOnOverARangeJoinsAndIsSeenCarriedOut() throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, 4);
        String t = text(issue, p), next = text(issue, p + 1);
        for (int[] range : new int[][] {{0, 0}, {0, 4}, {3, 6}}) {
            Mark m = mark("m", "王芳", MarkKind.JOIN, anchorAt(issue, p + 1, range[0], range[1]), null, null);
            assertEquals(Carried.Verdict.NOT_CARRIED, Carried.check(m, issue, issue), "before, " + m.anchor());
            Issue after = adoptAndUndo(m);
            assertEquals(t + next, text(after, p), m.anchor().toString());
            assertEquals(Carried.Verdict.CARRIED, Carried.check(m, issue, after), "after, " + m.anchor());
            java.nio.file.Files.deleteIfExists(dir.resolve("proofs/1/王芳.json"));
        }
    }

    @Test
    void aMarkIsCarriedOutWhereItsWordsAreNow() throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, 2);
        Mark m = mark("m", "王芳", MarkKind.REPLACE, anchorAt(issue, p, 30, 33), null, "某某");
        Issue edited = withParagraph(issue, p, "前面加字。" + text(issue, p));
        MarkStore store = new MarkStore(null, Marks.of(List.of(m)));
        CommandStack stack = new CommandStack(edited);
        Issue after = stack.execute(MarkActions.adopt(store, edited, m.id()));
        String t = text(issue, p);
        assertEquals("前面加字。" + t.substring(0, 30) + "某某" + t.substring(33), text(after, p));
    }

    @Test
    void anOrphanedMarkOrAQueryCannotBeAdopted() throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, 2);
        Mark m = mark("m", "王芳", MarkKind.DELETE, anchorAt(issue, p, 30, 36), null, null);
        Mark q = mark("q", "王芳", MarkKind.QUERY, anchorAt(issue, p, 30, 36), null, "？");
        MarkStore store = new MarkStore(null, Marks.of(List.of(m, q)));
        String t = text(issue, p);
        Issue gone = withParagraph(issue, p, t.substring(0, 28) + t.substring(38));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MarkActions.adopt(store, gone, "m"));
        assertTrue(e.getMessage().contains(m.anchor().quote()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MarkActions.adopt(store, issue, "q"));
    }

    @Test
    void declineClosesWithAReplyAndUndoReopens() throws Exception {
        Issue issue = sample();
        Mark m = mark("m", "王芳", MarkKind.DELETE, anchorAt(issue, paragraph(issue, 2), 4, 6), null, null);
        MarkStore store = new MarkStore(dir, Marks.of(List.of(m)));
        CommandStack stack = new CommandStack(issue);
        stack.execute(MarkActions.decline(store, "m", "李编辑", "原文无误", T0));
        assertSame(issue, stack.current());
        assertTrue(stack.canUndo(), "declining is a step of its own");
        Mark closed = Marks.load(dir).get("m").orElseThrow();
        assertEquals(MarkStatus.DECLINED, closed.status());
        assertEquals(List.of(new Reply("李编辑", "原文无误", T0)), closed.replies());
        stack.undo();
        assertEquals(m, Marks.load(dir).get("m").orElseThrow());
    }

    @Test
    void aReplyAnswersAQuery() throws Exception {
        Issue issue = sample();
        Mark q = mark("q", "王芳", MarkKind.QUERY, anchorAt(issue, paragraph(issue, 2), 4, 6), null, "数据核实了吗？");
        MarkStore store = new MarkStore(dir, Marks.of(List.of(q)));
        CommandStack stack = new CommandStack(issue);
        stack.execute(MarkActions.reply(store, "q", "李编辑", "已与统计局核实", T0));
        Mark answered = Marks.load(dir).get("q").orElseThrow();
        assertEquals(MarkStatus.ANSWERED, answered.status());
        assertEquals("已与统计局核实", answered.replies().get(0).text());
        stack.undo();
        assertEquals(MarkStatus.OPEN, store.marks().get("q").orElseThrow().status());
    }

    @Test
    void aTitleIsCorrectedWithinItself() throws Exception {
        Issue issue = sample();
        String title = article(issue).title();
        Anchor a = Anchor.in(ARTICLE, -1, title, 2, 4);
        Issue after = adoptAndUndo(mark("m", "王芳", MarkKind.REPLACE, a, null, "某某"));
        assertEquals(title.substring(0, 2) + "某某" + title.substring(4), article(after).title());
        Issue swapped = adoptAndUndo(mark("s", "王芳", MarkKind.SWAP, Anchor.in(ARTICLE, -1, title, 4, 5), Anchor.in(ARTICLE, -1, title, 0, 2), null));
        assertEquals(title.substring(4, 5) + title.substring(2, 4) + title.substring(0, 2) + title.substring(5), article(swapped).title());
        MarkStore store = new MarkStore(null, Marks.of(List.of(
                mark("d", "王芳", MarkKind.DELETE, Anchor.in(ARTICLE, -1, title, 0, title.length()), null, null),
                mark("x", "王芳", MarkKind.SWAP, Anchor.in(ARTICLE, -1, title, 0, 2), anchorAt(issue, paragraph(issue, 1), 0, 2), null))));
        assertThrows(IllegalArgumentException.class, () -> new CommandStack(issue).execute(MarkActions.adopt(store, issue, "d")),
                "a title is never emptied");
        assertThrows(IllegalArgumentException.class, () -> MarkActions.adopt(store, issue, "x"), "nor swapped with the body");
    }
}
