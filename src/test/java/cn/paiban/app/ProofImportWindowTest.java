package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Document;
import cn.paiban.display.PageFormat;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.proof.Anchor;
import cn.paiban.proof.Anchors;
import cn.paiban.proof.Mark;
import cn.paiban.proof.MarkKind;
import cn.paiban.proof.Marks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationStrikeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 校次 ▸ 导入校样批注…: a proof PDF marked in Acrobat comes back into the editor as marks, through the same code as
 * {@code paiban proof-import}; read twice it adds nothing; annotations naming no author make the editor ask whose they
 * are instead of failing, and nothing is written until it knows.
 */
@ExtendWith(ApplicationExtension.class)
class ProofImportWindowTest {
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    @Test
    void aMarkedProofComesBackAsMarksOnTheTextUnderThem(FxRobot robot) throws Exception {
        Path proof = w.issueDir.resolveSibling("一校样.pdf");
        Task<?>[] task = new Task<?>[1];
        String[] failed = new String[1];
        robot.interact(() -> {
            task[0] = w.window.writeProof(proof);   // the test's worker runs it at once
            failed[0] = String.valueOf(task[0].getException());
        });
        assertTrue(Files.exists(proof), failed[0]);

        Issue issue = w.window.session().issue();
        Document doc = w.window.marks().document();
        Article a = issue.sections().get(1).articles().get(1);
        String t = Anchors.text(a, 2);
        Anchor struck = Anchor.in(a.id(), 2, t, 5, 8);
        strikeOut(proof, doc, issue, struck, "王五");

        assertEquals("读入 1 个校对符号", firstMatch(importAndReport(robot, proof, null), "读入 1 个校对符号"));
        List<Mark> marks = w.window.marks().store().marks().all();
        assertEquals(1, marks.size(), marks.toString());
        Mark m = marks.get(0);
        assertEquals(MarkKind.DELETE, m.kind());
        assertEquals("王五", m.reader());
        assertEquals(1, m.round());
        assertEquals(struck, m.anchor());
        assertTrue(Files.exists(w.issueDir.resolve(Marks.relPath(1, "王五"))));
        assertEquals(1, w.window.marks().rows().size(), "the marks list shows it at once");

        // the same PDF again: known, nothing added
        String again = importAndReport(robot, proof, null);
        assertTrue(again.contains("已有的 1 个未重复读入"), again);
        assertEquals(1, w.window.marks().store().marks().all().size());

        // a second proofreader's copy whose annotation names no author: asked for a name, nothing written before
        Path other = w.issueDir.resolveSibling("一校样-李四.pdf");
        Files.copy(proof, other);
        try (PDDocument pdf = Loader.loadPDF(other.toFile())) {
            pdf.getPage(0).getAnnotations().clear();
            for (var p : pdf.getPages()) p.getAnnotations().clear();
            pdf.save(other.toFile());
        }
        strikeOut(other, doc, issue, Anchor.in(a.id(), 2, t, 12, 14), null);
        robot.interact(() -> task[0] = w.window.importProof(other, 1, null));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane asked = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String why = ((javafx.scene.control.Label) asked.lookup("#import-problem")).getText();
        assertTrue(why.contains("1 条批注没有作者"), why);
        assertEquals(1, w.window.marks().store().marks().all().size(), "nothing read before the name is given");
        assertFalse(Files.exists(w.issueDir.resolve(Marks.relPath(1, "李四"))));
        robot.interact(() -> ((TextField) asked.lookup("#import-reader")).setText("李四"));
        robot.clickOn("#import-go");
        WaitForAsyncUtils.waitForFxEvents();
        List<Mark> now = w.window.marks().store().marks().all();
        assertEquals(2, now.size(), now.toString());
        assertTrue(now.stream().anyMatch(x -> x.reader().equals("李四") && x.kind() == MarkKind.DELETE), now.toString());
        assertTrue(Files.exists(w.issueDir.resolve(Marks.relPath(1, "李四"))));
    }

    private String importAndReport(FxRobot robot, Path pdf, String reader) {
        Task<?>[] task = new Task<?>[1];
        robot.interact(() -> task[0] = w.window.importProof(pdf, 1, reader));
        WaitForAsyncUtils.waitForFxEvents();
        String[] report = new String[2];
        robot.interact(() -> {
            report[0] = (String) task[0].getValue();
            report[1] = String.valueOf(task[0].getException());
        });
        assertEquals("null", report[1]);
        // the report dialog
        robot.interact(() -> robot.lookup(".dialog-pane").queryAll().forEach(n -> n.getScene().getWindow().hide()));
        return report[0];
    }

    private static String firstMatch(String report, String wanted) {
        return report.contains(wanted) ? wanted : report;
    }

    /** A strike-out as Acrobat draws it over {@code anchor}'s glyphs, with {@code author} (/T) or none. */
    private static void strikeOut(Path pdf, Document doc, Issue issue, Anchor anchor, String author) throws Exception {
        Anchors.Place p = Anchors.place(doc, Anchors.resolve(issue, anchor)).orElseThrow();
        PageFormat f = doc.pages().get(p.page()).format();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDAnnotationStrikeout s = new PDAnnotationStrikeout();
            Anchors.Span sp = p.spans().get(0);
            float l = x(f, sp.x1()) - 0.5f, r = x(f, sp.x2()) + 0.5f, top = y(f, sp.baseline() - sp.size()),
                    bottom = y(f, sp.baseline() + sp.size() / 5);
            s.setQuadPoints(new float[] {l, top, r, top, l, bottom, r, bottom});
            s.setRectangle(new PDRectangle(l, bottom, r - l, top - bottom));
            if (author != null) s.setTitlePopup(author);
            d.getPage(p.page()).getAnnotations().add(s);
            d.save(pdf.toFile());
        }
    }

    private static float x(PageFormat f, int mpt) { return (f.bleed() + mpt) / 1000f; }

    private static float y(PageFormat f, int mpt) { return (f.trimHeight() + f.bleed() - mpt) / 1000f; }
}
