package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first start of the editor (no folder asked for, nothing opened before) opens the sample and shows 快速入门
 * once; each of its links fires the menu item that does that step (whose dialogs the menus already open);
 * 知道了 closes it, and neither a second start nor one with a recent issue shows it again.
 */
@ExtendWith(ApplicationExtension.class)
class QuickStartTest {
    private Stage stage;
    private Path home;
    private Path sample;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path tmp = Files.createTempDirectory("paiban-quickstart");
        home = tmp.resolve("home");
        sample = tmp.resolve("sample");
        try (Stream<Path> files = Files.walk(Path.of("samples", "shuozhou-jingji-2023-04"))) {
            Path from = Path.of("samples", "shuozhou-jingji-2023-04");
            for (Path f : files.toList()) {
                Path t = sample.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
    }

    private MainWindow window() {
        Services.IssueFiles files = new Services.IssueFiles() {
            @Override
            public cn.paiban.model.Issue load(Path dir) throws java.io.IOException, cn.paiban.io.IssueFormatException {
                return IssueStore.load(dir);
            }

            @Override
            public void save(cn.paiban.model.Issue issue, Path dir) throws java.io.IOException {
                IssueStore.save(issue, dir);
            }
        };
        Services s = new Services(files, new FakeTypesetter(), (doc, dir, out, progress) -> {}, (f, w) -> null,
                t -> t, home, sample, Runnable::run, Runnable::run);
        MainWindow w = new MainWindow(stage, s);
        stage.show();
        w.start(null);
        return w;
    }

    @Test
    void showsOnceOnTheFirstStartAndEachLinkFiresItsMenuItem(FxRobot robot) throws Exception {
        MainWindow[] win = new MainWindow[1];
        robot.interact(() -> win[0] = window());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sample, win[0].session().folder(), "the sample opens");
        assertNotNull(win[0].quickStart(), "快速入门 on the first start");

        List<String> fired = new ArrayList<>();
        for (QuickStart.Step step : QuickStart.STEPS) {
            for (String id : step.menuIds()) {
                MenuItem item = win[0].menuItem(id);
                assertNotNull(item, "a menu item " + id);
                EventHandler<ActionEvent> real = item.getOnAction();
                assertNotNull(real);
                item.setOnAction(e -> fired.add(id));   // stands in for the dialog the menu opens
                Hyperlink link = robot.lookup("#quickstart-" + id.replace('.', '-')).queryAs(Hyperlink.class);
                assertEquals(item.getText(), link.getText(), "the link says what the menu says");
                robot.clickOn(link);
                WaitForAsyncUtils.waitForFxEvents();
                item.setOnAction(real);
            }
        }
        assertEquals(List.of("menu.open", "import.menu.newIssue", "import.menu.importManuscripts", "plan.menu",
                "menu.proofread", "menu.exportPdf"), fired);

        robot.clickOn("#quickstart-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(win[0].quickStart());
        assertTrue(robot.lookup("#quickstart").tryQuery().isEmpty(), "closed");
        assertTrue(QuickStart.seen(home));

        // the next start: the sample is in the recent list and 知道了 was said, so no panel
        robot.interact(() -> win[0] = window());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(win[0].quickStart());
        // Help ▸ 快速入门 brings it back
        robot.interact(() -> win[0].menuItem("package.quick.menu").fire());
        assertNotNull(win[0].quickStart());
    }

    @Test
    void aStartWithARecentIssueShowsNoPanelEvenIfNeverDismissed(FxRobot robot) throws Exception {
        new RecentIssues(home).add(sample);
        MainWindow[] win = new MainWindow[1];
        robot.interact(() -> win[0] = window());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sample, win[0].session().folder());
        assertNull(win[0].quickStart());
        assertTrue(!QuickStart.seen(home));
    }
}
