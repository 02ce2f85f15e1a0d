package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An editor window the stage no longer shows is let go of, with its layout and preview images: its autosave timeline
 * and the stage's listeners held every window ever made on a stage (the test suite, which reuses one stage, ran out
 * of a 2 GB heap with 25 windows alive).
 */
@ExtendWith(ApplicationExtension.class)
class WindowReleaseTest {
    private Stage stage;

    /** A stage of the test's own: TestFX records every event fired on its primary stage, and those point into windows. */
    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @Test
    void aWindowReplacedOnItsStageIsCollected() throws Exception {
        WeakReference<MainWindow> first = openOnStage();
        openOnStage();
        List<byte[]> pressure = new ArrayList<>();
        for (int i = 0; i < 20 && first.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
            if (i % 5 == 4) pressure.add(new byte[8 << 20]);
        }
        assertNull(first.get(), "the replaced window is still reachable");
    }

    private WeakReference<MainWindow> openOnStage() throws Exception {
        var holder = new Object() { MainWindow window; Exception failed; };
        Platform.runLater(() -> {
            try {
                holder.window = SampleWindow.open(stage).window;
            } catch (Exception e) {
                holder.failed = e;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (holder.failed != null) throw holder.failed;
        return new WeakReference<>(holder.window);
    }
}
