package cn.paiban.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;

/** The editor window on a fresh copy of the sample issue, with the real typesetter run synchronously (TestFX tests). */
final class SampleWindow {
    static final Path SAMPLE = Path.of("samples", "shuozhou-jingji-2023-04");
    private static Services real;

    final MainWindow window;
    final Path issueDir;
    final Path home;

    private SampleWindow(MainWindow window, Path issueDir, Path home) {
        this.window = window;
        this.issueDir = issueDir;
        this.home = home;
    }

    static SampleWindow open(Stage stage) throws Exception {
        return open(stage, java.util.function.UnaryOperator.identity());
    }

    /** The window whose issue files go through {@code files} (wrapping the real ones: a save that fails, say). */
    static SampleWindow open(Stage stage, java.util.function.UnaryOperator<Services.IssueFiles> files) throws Exception {
        Path tmp = Files.createTempDirectory("paiban-window");
        Path issueDir = tmp.resolve("issue");
        copy(SAMPLE, issueDir);
        if (real == null) real = AppServices.standard();
        Path home = tmp.resolve("home");
        Services sync = new Services(files.apply(real.files()), real.typesetter(), real.pdf(), real.importer(), real.pasteCleaner(),
                home, real.sample(), Runnable::run, Runnable::run);
        MainWindow window = new MainWindow(stage, sync);
        stage.show();
        window.start(issueDir);
        return new SampleWindow(window, issueDir, home);
    }

    static void copy(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
    }
}
