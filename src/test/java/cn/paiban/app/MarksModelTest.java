package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.edit.BlockText;
import cn.paiban.edit.CommandStack;
import cn.paiban.io.IssueStore;
import cn.paiban.io.ProofRounds;
import cn.paiban.model.Issue;
import cn.paiban.proof.Mark;
import cn.paiban.proof.MarkKind;
import cn.paiban.proof.Marks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marks view-model without a window: a selection becomes a mark of the proofreader in the issue's current round. */
class MarksModelTest {
    private static final String ARTICLE = "fenghua-wunian";
    private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path tmp;

    private MarksModel model(Path issueDir) {
        MarksModel m = new MarksModel(tmp.resolve("home"), Clock.fixed(T, ZoneOffset.UTC));
        m.open(issueDir);
        return m;
    }

    @Test
    void theProofreadersNameIsAskedOnceAndGivesTheirColour() {
        MarksModel m = model(null);
        assertEquals("", m.reader());
        m.setReader(" 王芳 ");
        assertEquals("王芳", model(null).reader(), "remembered in the home folder");
        assertEquals(MarksModel.colourOf("王芳"), MarksModel.colourOf("王芳"));
        assertTrue(MarksModel.COLOURS.contains(MarksModel.colourOf("李明")));
    }

    @Test
    void aMarkAfterARoundIsClosedBelongsToTheNextRound() throws Exception {
        Path dir = tmp.resolve("issue");
        SampleWindow.copy(SampleWindow.SAMPLE, dir);
        Issue issue = IssueStore.load(dir);
        MarksModel m = model(dir);
        m.setReader("王芳");
        assertEquals(1, m.round());
        ProofRounds.close(dir, 1, T);
        assertEquals(2, m.round());
        m.selectionProperty().set(new MarksModel.Selection(ARTICLE, 2, 4, 6));
        CommandStack stack = new CommandStack(issue);
        stack.execute(m.add(issue, MarkKind.DELETE, null));
        Mark made = Marks.load(dir).all().get(0);
        assertEquals(2, made.round());
        assertEquals("2-王芳-1", made.id());
        assertEquals(T, made.created());
        assertTrue(Files.exists(dir.resolve("proofs/2/王芳.json")));
        assertEquals(BlockText.of(issue.article(ARTICLE).orElseThrow().body().get(2)).substring(4, 6), made.anchor().quote());
    }

    @Test
    void eachKindTakesTheSelectionItNeeds() throws Exception {
        Issue issue = IssueStore.load(SampleWindow.SAMPLE);
        MarksModel m = model(null);
        assertThrows(IllegalArgumentException.class, () -> m.add(issue, MarkKind.DELETE, null), "no name yet");
        m.setReader("王芳");
        m.selectionProperty().set(new MarksModel.Selection(ARTICLE, 2, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> m.add(issue, MarkKind.DELETE, null), "删 needs a range");
        m.selectionProperty().set(new MarksModel.Selection(ARTICLE, 2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> m.add(issue, MarkKind.SPLIT, null), "另起段 not before the first character");
        m.selectionProperty().set(new MarksModel.Selection(ARTICLE, 0, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> m.add(issue, MarkKind.JOIN, null), "接排 needs a paragraph before");
        m.selectionProperty().set(new MarksModel.Selection(ARTICLE, 2, 3, 6));
        assertThrows(IllegalArgumentException.class, () -> m.add(issue, MarkKind.REPLACE, " "), "改 needs its text");

        // 调: the first range waits for the second
        CommandStack stack = new CommandStack(issue);
        m.selectionProperty().set(new MarksModel.Selection(ARTICLE, 2, 10, 12));
        assertNull(m.add(issue, MarkKind.SWAP, null));
        assertEquals(new MarksModel.Selection(ARTICLE, 2, 10, 12), m.pendingProperty().get());
        m.selectionProperty().set(new MarksModel.Selection(ARTICLE, 2, 11, 14));
        assertThrows(IllegalArgumentException.class, () -> m.add(issue, MarkKind.SWAP, null), "overlapping ranges");
        m.selectionProperty().set(new MarksModel.Selection(ARTICLE, 2, 0, 2));
        stack.execute(m.add(issue, MarkKind.SWAP, null));
        Mark swap = m.store().marks().all().get(0);
        assertEquals(10, swap.anchor().start());
        assertEquals(0, swap.second().start());
        assertNull(m.pendingProperty().get());

        // 接排 anchors to the start of its paragraph wherever the point was
        m.selectionProperty().set(new MarksModel.Selection(ARTICLE, 6, 7, 9));
        stack.execute(m.add(issue, MarkKind.JOIN, null));
        Mark join = m.store().marks().all().get(1);
        assertEquals(0, join.anchor().start());
        assertEquals(6, join.anchor().block());
        assertEquals(2, m.rows().size(), "listed");
        stack.undo();
        assertEquals(1, m.rows().size(), "undo takes the mark off the list");
    }

    @Test
    void reloadingShowsMarksAColleagueAddedMeanwhile() throws Exception {
        Path dir = tmp.resolve("issue");
        SampleWindow.copy(SampleWindow.SAMPLE, dir);
        Issue issue = IssueStore.load(dir);
        MarksModel m = model(dir);
        assertEquals(0, m.rows().size());
        String t = BlockText.of(issue.article(ARTICLE).orElseThrow().body().get(2));
        Marks.of(java.util.List.of(Mark.open("1-李明-1", 1, "李明", MarkKind.DELETE, cn.paiban.proof.Anchor.in(ARTICLE, 2, t, 1, 3), null,
                null, "#1f5fd6", T))).save(dir);
        m.selectionProperty().set(new MarksModel.Selection(ARTICLE, 2, 4, 6));
        assertEquals(null, m.reload());
        assertEquals(1, m.rows().size());
        assertEquals(new MarksModel.Selection(ARTICLE, 2, 4, 6), m.selectionProperty().get(), "the selection stays");
    }
}
