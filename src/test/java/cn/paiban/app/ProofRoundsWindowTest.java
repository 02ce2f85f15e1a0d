package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.edit.ArticleList;
import cn.paiban.edit.MoveArticle;
import cn.paiban.io.ProofRounds;
import cn.paiban.model.Article;
import cn.paiban.proof.Anchor;
import cn.paiban.proof.Anchors;
import cn.paiban.proof.Mark;
import cn.paiban.proof.MarkKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 结束本校次, 输出校样 and 与上一校次比较 in the editor: the same refusals, files and reports as paiban proof and diff. */
@ExtendWith(ApplicationExtension.class)
class ProofRoundsWindowTest {
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    @Test
    void closeARoundWriteItsProofAndCompare(FxRobot robot) throws Exception {
        String[] said = new String[1];
        robot.interact(() -> said[0] = w.window.closeRound(2));
        assertTrue(said[0].contains("第 2 校次不是本校次（本校次是第 1 校次）"), said[0]);
        assertFalse(Files.exists(w.issueDir.resolve("proofs/1/snapshot")));

        // an unsaved edit is saved before the snapshot is taken
        robot.interact(() -> w.window.session().execute(new MoveArticle("woshi-shangban", ArticleList.section("diaocha-xinxi"), 1)));
        robot.interact(() -> said[0] = w.window.closeRound(1));
        assertTrue(said[0].contains("本校次为二校"), said[0]);
        assertEquals(2, ProofRounds.load(w.issueDir).round());
        assertArrayEquals(Files.readAllBytes(w.issueDir.resolve("issue.json")),
                Files.readAllBytes(w.issueDir.resolve("proofs/1/snapshot/issue.json")));
        assertFalse(w.window.session().isDirty());

        // a mark of round 2, then 输出校样
        Article a = w.window.session().issue().sections().get(1).articles().get(0);
        String t = Anchors.text(a, 0);
        robot.interact(() -> w.window.marks().store().put(Mark.open("2-赵六-1", 2, "赵六", MarkKind.DELETE,
                Anchor.in(a.id(), 0, t, 3, 5), null, null, "#00aa00", Instant.parse("2026-12-04T10:00:00Z"))));
        Path proof = w.issueDir.resolveSibling("二校样.pdf");
        Task<?>[] task = new Task<?>[1];
        String[] failed = new String[1];
        robot.interact(() -> {
            task[0] = w.window.writeProof(proof);   // the test's worker runs it at once
            failed[0] = String.valueOf(task[0].getException());
        });
        assertTrue(Files.exists(proof), failed[0]);
        try (PDDocument pdf = Loader.loadPDF(proof.toFile())) {
            int n = 0;
            for (PDPage p : pdf.getPages()) {
                for (PDAnnotation an : p.getAnnotations()) {
                    n++;
                    assertEquals("赵六", ((PDAnnotationMarkup) an).getTitlePopup());
                    assertEquals("StrikeOut", an.getSubtype());
                }
            }
            assertEquals(1, n);
            assertTrue(new PDFTextStripper().getText(pdf).contains("二校样"));
        }

        // an edit after the round closed (not even saved: the editor compares what it shows)
        robot.interact(() -> w.window.session().execute(new MoveArticle("woshi-shangban", ArticleList.section("diaocha-xinxi"), 0)));
        Path diff = w.issueDir.resolveSibling("核红.pdf");
        String[] report = new String[1];
        robot.interact(() -> {
            task[0] = w.window.compareWithLastRound(diff);
            failed[0] = String.valueOf(task[0].getException());
        });
        assertTrue(Files.exists(diff), failed[0]);
        WaitForAsyncUtils.waitForFxEvents();   // the task's value reaches the FX thread after it ran
        robot.interact(() -> report[0] = (String) task[0].getValue());
        assertTrue(report[0].contains("核红：一校 → 现在"), report[0]);
        assertFalse(report[0].contains("没有改动"), "the moved article changed pages: " + report[0]);
    }
}
