package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Help ▸ 使用说明: the README's docs/guide.md in the application, ten screens at most, and every menu path it
 * names ("文件 ▸ 导出 PDF…") one the editor has.
 */
@ExtendWith(ApplicationExtension.class)
class GuideTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path tmp = Files.createTempDirectory("paiban-guide");
        Services.IssueFiles files = new Services.IssueFiles() {
            @Override
            public cn.paiban.model.Issue load(Path dir) throws java.io.IOException, cn.paiban.io.IssueFormatException {
                return IssueStore.load(dir);
            }

            @Override
            public void save(cn.paiban.model.Issue issue, Path dir) {}
        };
        window = new MainWindow(stage, new Services(files, new FakeTypesetter(), (doc, dir, out, progress) -> {}, (f, w) -> null,
                t -> t, tmp.resolve("home"), tmp.resolve("no-sample"), Runnable::run, Runnable::run));
        stage.show();
    }

    @Test
    void theGuideIsTheReadmesTextInTenScreensAtMost() throws Exception {
        String text = Guide.text();
        assertEquals(Files.readString(Path.of("docs", "guide.md"), StandardCharsets.UTF_8), text, "the build packs docs/guide.md");
        assertTrue(Files.readString(Path.of("README.md")).contains("docs/guide.md"), "the README links it");
        List<Guide.Section> s = Guide.sections(text);
        assertEquals("Paiban 排版 使用说明", s.get(0).title());
        List<Guide.Section> screens = s.subList(1, s.size());
        assertTrue(screens.size() >= 8 && screens.size() <= 10, screens.size() + " screens");
        for (Guide.Section screen : screens) {
            long chars = screen.lines().stream().mapToLong(String::length).sum();
            assertTrue(chars > 80 && chars < 900, screen.title() + ": " + chars + " characters, about a screen");
        }
    }

    @Test
    void everyMenuPathTheGuideNamesIsInTheMenus(FxRobot robot) {
        String text = Guide.text();
        Matcher m = Pattern.compile("(\\S+) ▸ ").matcher(text);
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            String menuName = m.group(1).replaceAll("^.*[“（，、：；。]", "");
            String after = text.substring(m.end());
            Menu menu = topMenu(menuName);
            assertNotNull(menu, "a menu " + menuName + " (" + after.substring(0, Math.min(12, after.length())) + ")");
            boolean found = false;
            for (MenuItem i : menu.getItems()) {
                String t = i.getText();
                if (t != null && !t.isBlank() && after.startsWith(t.strip())) found = true;
            }
            assertTrue(found, menuName + " ▸ " + after.substring(0, Math.min(12, after.length())) + " is not in the menu");
            checked.add(menuName);
        }
        assertTrue(checked.size() >= 20, "the guide names " + checked.size() + " menu paths");
        assertTrue(checked.containsAll(List.of("文件", "编辑", "视图", "帮助")));
    }

    @Test
    void helpGuideOpensItOneScreenAtATime(FxRobot robot) {
        robot.interact(() -> window.menuItem("package.guide.menu").fire());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> list = robot.lookup("#guide-sections").queryAs(ListView.class);
        List<Guide.Section> screens = Guide.sections(Guide.text()).subList(1, Guide.sections(Guide.text()).size());
        assertEquals(screens.stream().map(Guide.Section::title).toList(), list.getItems());
        assertTrue(pageText(robot).contains("第一次打开时"), "the first screen with the introduction");
        robot.interact(() -> list.getSelectionModel().select(5));
        String page = pageText(robot);
        assertTrue(page.startsWith(screens.get(5).title()) && page.contains("自动规划"), page);
    }

    private Menu topMenu(String name) {
        return window.menuBarForTests().getMenus().stream().filter(x -> x.getText().equals(name)).findFirst().orElse(null);
    }

    private static String pageText(FxRobot robot) {
        VBox page = robot.lookup("#guide-page").queryAs(VBox.class);
        StringBuilder b = new StringBuilder();
        page.getChildren().forEach(n -> b.append(((Label) n).getText()).append('\n'));
        return b.toString();
    }
}
