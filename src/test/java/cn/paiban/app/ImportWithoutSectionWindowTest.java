package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.word.DocxBuilder;
import cn.paiban.model.Issue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 导入稿件… with no section's row chosen, in an issue of several sections: refused as paiban add without --section
 * refuses it, the sections listed and the way to choose one told; nothing added, no step to undo.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWithoutSectionWindowTest {
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    @Test
    void refusedWithTheSectionsListedAndNothingAdded(FxRobot robot) throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "加快发展县域经济");
        b.para("县域经济是国民经济的基本单元。");
        Path docx = b.save(Files.createTempDirectory("paiban-import").resolve("县域.docx"));
        Issue before = w.window.session().issue();
        robot.interact(() -> {
            w.window.outlineForTests().selectedProperty().set(null);
            w.window.importManuscripts(List.of(docx), null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = dialog.getContentText();
        assertTrue(text.contains("本期有 8 个栏目") && text.contains("“本期特稿”、“经济社会”"), text);
        assertTrue(text.contains("请先在大纲中选中要放入的栏目"), text);
        assertEquals(before, w.window.session().issue(), "nothing added");
        assertEquals("", w.window.session().undoDescription(), "no step to undo");
        robot.interact(() -> robot.lookup(".dialog-pane").queryAll().forEach(n -> n.getScene().getWindow().hide()));
    }
}
