package cn.paiban.app;

import cn.paiban.trace.StartTrace;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. Started through {@code cn.paiban.EditorLauncher}, never as the jar's main class; the
 * launcher has set the language already (View ▸ 界面语言 is kept in lang.txt and read there).
 */
public final class PaibanApp extends Application {

    @Override
    public void start(Stage stage) {
        StartTrace.mark("Application.start");
        Services services = EarlyStart.services();
        StartTrace.mark("services");
        MainWindow window = new MainWindow(stage, services);
        StartTrace.mark("window made");
        stage.show();
        StartTrace.mark("stage.show");
        List<String> args = getParameters().getUnnamed();
        window.start(args.isEmpty() ? null : Path.of(args.get(0)));
        StartTrace.mark("window.start done");
    }
}
