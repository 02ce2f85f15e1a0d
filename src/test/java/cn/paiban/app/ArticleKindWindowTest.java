package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.ArticleKind;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A short news item imported into 调查信息 in the editor became a 文章 (feature: big title, byline, its own page) and
 * nothing in the editor could make it a 短讯: the import report said "可用 --kind 指定", an option of the command
 * line. The article editor has a 类型 field now; choosing 短讯 is one undo step (SetArticleKind), and the report names
 * the kind in the office's words and says where to change it.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleKindWindowTest {
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ArticleKind> kind(FxRobot robot) { return robot.lookup("#field-kind").queryAs(ComboBox.class); }

    @Test
    void anImportedNewsItemIsMadeAShortItemInTheEditorAsOneUndoStep(FxRobot robot) throws Exception {
        Path txt = w.issueDir.getParent().resolve("短讯.txt");
        Files.write(txt, "我市上半年新增市场主体一万余户\n今年上半年，全市新增各类市场主体10235户，同比增长12.6%。\n"
                .getBytes(Charset.forName("GB18030")));
        var made = WaitForAsyncUtils.asyncFx(() -> w.window.outline().importManuscripts(List.of(txt), "diaocha-xinxi"))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        String report = made.report();
        assertTrue(report.contains("文章类型定为“文章”") && report.contains("“类型”") && !report.contains(" feature"), report);
        String id = made.articleIdOf(made.results().get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ArticleKind.FEATURE, w.window.session().issue().article(id).orElseThrow().kind());
        assertEquals(id, w.window.article().articleIdProperty().get(), "the imported article is the one in the editor");
        assertEquals("文章", kind(robot).getConverter().toString(kind(robot).getValue()));

        robot.clickOn("#field-kind");
        robot.clickOn("短讯");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ArticleKind.NEWS, w.window.session().issue().article(id).orElseThrow().kind());
        assertEquals("撤销 修改《我市上半年新增市场主体一万余户》的类型", w.window.menuItem("menu.undo").getText());

        robot.interact(() -> w.window.session().undo());
        assertEquals(ArticleKind.FEATURE, w.window.session().issue().article(id).orElseThrow().kind(), "one undo step");
        assertEquals(ArticleKind.FEATURE, kind(robot).getValue(), "the field shows the kind the undo brought back");
        assertEquals(1, w.window.session().issue().allArticles().stream().filter(a -> a.id().equals(id)).count());
    }
}
