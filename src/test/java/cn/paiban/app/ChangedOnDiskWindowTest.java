package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.edit.ArticleList;
import cn.paiban.edit.MoveArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Saving over the issue's files when they changed on disk since the editor read them (a colleague's editor on the
 * shared drive, paiban add or info) asks first, names the files, and writes nothing unless told to overwrite; an
 * article file added elsewhere is not set aside behind the editor's back.
 */
@ExtendWith(ApplicationExtension.class)
class ChangedOnDiskWindowTest {
    private SampleWindow w;

    @Start
    void start(Stage stage) throws Exception {
        w = SampleWindow.open(stage);
    }

    @Test
    void savingOverFilesChangedElsewhereAsksFirst(FxRobot robot) throws Exception {
        List<List<String>> asked = new ArrayList<>();
        MainWindow.DiskChoice[] answer = {MainWindow.DiskChoice.CANCEL};
        robot.interact(() -> w.window.answerChangedOnDisk(changed -> {
            asked.add(changed);
            return answer[0];
        }));
        robot.interact(() -> w.window.session().execute(new MoveArticle("woshi-shangban", ArticleList.section("diaocha-xinxi"), 1)));

        // nothing changed elsewhere: saved without a question
        boolean[] saved = new boolean[1];
        robot.interact(() -> saved[0] = w.window.save());
        assertTrue(saved[0]);
        assertTrue(asked.isEmpty(), asked.toString());

        // a colleague changes issue.json and adds an article file; this window edits and saves
        Path issueJson = w.issueDir.resolve("issue.json");
        String theirs = Files.readString(issueJson).replace("\"printRun\": \"1500\"", "\"printRun\": \"2000\"");
        assertTrue(theirs.contains("\"printRun\": \"2000\""), "the sample has its print run");
        Files.writeString(issueJson, theirs);
        Path added = w.issueDir.resolve("articles/xin-gao.json");
        Files.copy(w.issueDir.resolve("articles/woshi-shangban.json"), added);
        robot.interact(() -> w.window.session().execute(new MoveArticle("woshi-shangban", ArticleList.section("diaocha-xinxi"), 0)));

        robot.interact(() -> saved[0] = w.window.save());
        assertFalse(saved[0], "cancelled");
        assertEquals(List.of(List.of("articles/xin-gao.json", "issue.json")), asked);
        assertEquals(theirs, Files.readString(issueJson), "their issue.json untouched");
        assertTrue(Files.exists(added), "their article not set aside");
        assertTrue(w.window.session().isDirty());

        // told to overwrite: saved; the next save asks nothing
        answer[0] = MainWindow.DiskChoice.OVERWRITE;
        robot.interact(() -> saved[0] = w.window.save());
        assertTrue(saved[0]);
        assertEquals(2, asked.size());
        assertFalse(Files.readString(issueJson).contains("\"printRun\": \"2000\""), "overwritten as told");
        robot.interact(() -> w.window.session().execute(new MoveArticle("woshi-shangban", ArticleList.section("diaocha-xinxi"), 1)));
        robot.interact(() -> saved[0] = w.window.save());
        assertTrue(saved[0]);
        assertEquals(2, asked.size(), "no change elsewhere since the last save");
    }
}
