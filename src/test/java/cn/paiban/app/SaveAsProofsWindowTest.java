package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.edit.BlockText;
import cn.paiban.io.ProofRounds;
import cn.paiban.proof.Anchor;
import cn.paiban.proof.Mark;
import cn.paiban.proof.MarkKind;
import cn.paiban.proof.MarkStatus;
import cn.paiban.proof.Marks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Save As to another folder takes the proofreading along (proofs/: the rounds, every proofreader's marks, the closed
 * rounds' snapshots), with the marks carried out since the last save in the state the saved text has; the folder left
 * behind keeps its files as they were. A Save As that fails (the disk, or a folder with another issue's proofreading)
 * says so and leaves no half copy.
 */
@ExtendWith(ApplicationExtension.class)
class SaveAsProofsWindowTest {
    private static final String ARTICLE = "fenghua-wunian";
    private static final Instant T = Instant.parse("2026-12-04T09:00:00Z");
    private SampleWindow w;
    private Mark mark;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage, real -> new Services.IssueFiles() {
            @Override
            public cn.paiban.model.Issue load(Path dir) throws IOException, cn.paiban.io.IssueFormatException { return real.load(dir); }

            @Override
            public void save(cn.paiban.model.Issue issue, Path dir) throws IOException {
                if (dir.getFileName().toString().equals("满")) throw new IOException("磁盘已满");
                real.save(issue, dir);
            }
        });
    }

    /** Round 1 closed (its snapshot kept), a mark of round 2 saved, then carried out (采纳) and not saved yet. */
    @BeforeEach
    void proofread(FxRobot robot) throws Exception {
        ProofRounds.close(w.issueDir, 1, T);
        String text = BlockText.of(w.window.session().issue().article(ARTICLE).orElseThrow().body().get(2));
        mark = Mark.open("2-王芳-1", 2, "王芳", MarkKind.DELETE, Anchor.in(ARTICLE, 2, text, 3, 5), null, null, "#cc0000", T);
        robot.interact(() -> {
            w.window.marks().reload();
            w.window.marks().store().put(mark);
            w.window.marks().store().putWithText(mark.withStatus(MarkStatus.APPLIED));
        });
    }

    @Test
    void saveAsTakesTheProofreadingAlong(FxRobot robot) throws Exception {
        Path elsewhere = Files.createTempDirectory("paiban-saveas").resolve("第4期 另存");
        Files.createDirectories(elsewhere);
        boolean[] saved = {false};
        robot.interact(() -> saved[0] = w.window.saveTo(elsewhere));
        assertTrue(saved[0]);
        assertEquals(2, ProofRounds.load(elsewhere).round(), "the rounds");
        assertTrue(Files.isRegularFile(ProofRounds.snapshot(elsewhere, 1).resolve("issue.json")), "round 1's snapshot");
        assertEquals(List.of(mark.withStatus(MarkStatus.APPLIED)), Marks.load(elsewhere).all(), "carried out, as the saved text is");
        assertEquals(List.of(mark), Marks.load(w.issueDir).all(), "the folder left behind keeps its own state");
        assertEquals(elsewhere, w.window.session().folder());
        assertEquals(elsewhere, w.window.marks().store().issueDir(), "the editor goes on with the copy's marks");
        assertEquals(List.of(mark.withStatus(MarkStatus.APPLIED)), w.window.marks().store().marks().all());
        assertFalse(w.window.marks().store().hasUnsaved());
    }

    @Test
    void aSaveAsThatFailsSaysSoAndLeavesNoHalfCopy(FxRobot robot) throws Exception {
        Path base = Files.createTempDirectory("paiban-saveas");
        Path full = Files.createDirectories(base.resolve("满"));
        Path taken = Files.createDirectories(base.resolve("另一期"));
        Files.createDirectories(taken.resolve("proofs/1"));
        Files.writeString(taken.resolve("proofs/1/李明.json"), "theirs");
        for (Path target : List.of(full, taken)) {
            boolean[] saved = {true};
            robot.interact(() -> saved[0] = w.window.saveTo(target));
            assertFalse(saved[0], target.toString());
            String alert = alertText(robot);
            assertTrue(alert.contains(target == full ? "磁盘已满" : "另一期"), alert);
            assertEquals(w.issueDir, w.window.session().folder(), "still the issue's own folder");
            assertEquals(List.of(mark), Marks.load(w.issueDir).all());
            assertTrue(w.window.marks().store().hasUnsaved(), "the carried-out mark still waits for a save");
        }
        assertEquals(List.of(), names(full), "no half copy");
        assertEquals(List.of("proofs"), names(taken));
        assertEquals("theirs", Files.readString(taken.resolve("proofs/1/李明.json")));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The text of the error shown, and the alert closed. */
    private static String alertText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window win : robot.listWindows()) {
            if (win instanceof Stage s && s.getScene() != null && s.getScene().getRoot() instanceof DialogPane pane) {
                String text = pane.getHeaderText() + "\n" + pane.getContentText();
                robot.interact(s::close);
                return text;
            }
        }
        return "(no alert)";
    }
}
