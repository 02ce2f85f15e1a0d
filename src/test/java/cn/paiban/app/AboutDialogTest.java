package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.about.BuildInfo;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help ▸ 关于 shows the version, commit, Java, JavaFX and the licences; 复制 puts the summary on the clipboard. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void showsVersionCommitJavaJavaFxAndLicences(FxRobot robot) {
        robot.interact(() -> AboutDialog.create(stage).show());
        WaitForAsyncUtils.waitForFxEvents();
        BuildInfo b = BuildInfo.current();
        String head = robot.lookup("#about-summary").queryAs(Label.class).getText();
        assertTrue(head.contains(b.version()) && head.contains(b.commit()), head);
        assertTrue(head.contains("Java：" + System.getProperty("java.runtime.version")), head);
        assertTrue(head.contains("JavaFX：21."), head);
        String licences = robot.lookup("#about-licences").queryAs(TextArea.class).getText();
        assertTrue(licences.contains("LXGW WenKai 霞鹜文楷  OFL-1.1"), licences);
        assertTrue(licences.contains("org.openjfx:javafx-controls 21.0.11  GPL-2.0-only WITH Classpath-exception-2.0"), licences);
        robot.clickOn("#about-copy");
        String clip = clipboard(robot);
        assertTrue(clip.contains(b.commit()), clip);
    }

    private static String clipboard(FxRobot robot) {
        String[] s = new String[1];
        robot.interact(() -> s[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        return s[0] == null ? "" : s[0];
    }
}
