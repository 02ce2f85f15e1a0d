package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.plan.PagePlanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 页面规划, headless: drag an article's start onto another page, one undo step back; 自动规划 as one step. */
@ExtendWith(ApplicationExtension.class)
class PagePlanViewTest {
    private static final Path SAMPLE = Path.of("samples", "shuozhou-jingji-2023-04");
    private final EditorSession session = new EditorSession();
    private PagePlanView view;
    private Issue original;
    private PagePlan proposed;

    @Start
    void start(Stage stage) throws Exception {
        original = IssueStore.load(SAMPLE);
        session.open(original, SAMPLE);
        List<PagePlan.Entry> entries = new ArrayList<>(original.plan().entries());
        entries.replaceAll(e -> e.articleId().equals("houzhi-shengtai") ? new PagePlan.Entry(e.articleId(), 43, null) : e);
        proposed = new PagePlan(1, entries, original.plan().templatePages());
        PagePlanner.Proposal proposal = new PagePlanner.Proposal(proposed, List.of(), 48, 48, List.of("nongmu-ronghe"),
                List.of(), List.of(), 0);
        view = new PagePlanView(new PagePlanModel(session), session, issue -> proposal, Runnable::run, Runnable::run);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    private int start(String id) {
        return session.issue().plan().entry(id).orElseThrow().startPage();
    }

    @Test
    void draggingAStartOntoAnotherPageMovesItAndUndoPutsItBack(FxRobot robot) {
        assertEquals(39, start("shuzi-danao"));
        Node name = robot.lookup("#plan-start-shuzi-danao").query();
        assertTrue(robot.lookup("#plan-page-39").queryParent().getChildrenUnmodifiable().size() > 0);
        robot.drag(name).dropTo("#plan-page-40");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40, start("shuzi-danao"), "the start moved to the page it was dropped on");
        assertEquals(original.plan().entries().size(), session.issue().plan().entries().size());
        Node moved = robot.lookup("#plan-start-shuzi-danao").query();
        assertTrue(isInside(moved, view.pageNode(40)), "the view shows the start on page 40");
        robot.interact(session::undo);
        assertEquals(39, start("shuzi-danao"), "one undo step restores the plan");
        assertEquals(original.plan(), session.issue().plan());
    }

    @Test
    void aJumpKeepsGoingPastTheNewStartOrIsDropped(FxRobot robot) {
        robot.drag((Node) robot.lookup("#plan-start-nongmu-ronghe").query()).dropTo("#plan-page-16");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new PagePlan.Entry("nongmu-ronghe", 16, 46), session.issue().plan().entry("nongmu-ronghe").orElseThrow());
    }

    @Test
    void autoPlanReplacesThePlanInOneStep(FxRobot robot) {
        robot.clickOn("#plan-auto");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(proposed, session.issue().plan());
        Label status = robot.lookup("#plan-status").queryAs(Label.class);
        assertNotNull(status.getText());
        assertTrue(status.getText().contains("48"), status.getText());
        robot.interact(session::undo);
        assertEquals(original.plan(), session.issue().plan());
        assertEquals("", status.getText(), "after the undo nothing says the plan was made (it said 可撤销 still)");
        robot.interact(session::redo);
        assertEquals(proposed, session.issue().plan());
    }

    @Test
    void frontPagesAreNamedByTheirTemplatesTitlesNotFileNames(FxRobot robot) {
        // the sample's page 2 is front/board-colophon.xhtml, page 3 front/contents.xhtml: the office sees what they are
        List<String> onPage2 = labels(view.pageNode(2)), onPage3 = labels(view.pageNode(3));
        assertTrue(onPage2.contains("编辑委员会 · 版权"), onPage2.toString());
        assertTrue(onPage3.contains("目录"), onPage3.toString());
        assertTrue(robot.lookup((Label l) -> l.getText() != null && l.getText().matches("board-colophon|contents")).queryAll().isEmpty(),
                "no file name is shown for a front page");
    }

    private static List<String> labels(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof Label l) out.add(l.getText());
        if (n instanceof javafx.scene.Parent p) p.getChildrenUnmodifiable().forEach(c -> out.addAll(labels(c)));
        return out;
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) if (p == ancestor) return true;
        return false;
    }
}
