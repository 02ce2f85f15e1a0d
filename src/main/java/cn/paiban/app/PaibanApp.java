package cn.paiban.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. Started through {@code cn.paiban.EditorLauncher}, never as the jar's main class. */
public final class PaibanApp extends Application {

    @Override
    public void start(Stage stage) {
        Services services = AppServices.standard();
        if (System.getProperty("paiban.lang") == null) {
            try {
                Path lang = services.home().resolve("lang.txt");
                if (Files.isRegularFile(lang)) Messages.use(Files.readString(lang).strip());
            } catch (Exception ignored) {
                // stay in Chinese
            }
        }
        MainWindow window = new MainWindow(stage, services);
        stage.show();
        List<String> args = getParameters().getUnnamed();
        window.start(args.isEmpty() ? null : Path.of(args.get(0)));
    }
}
