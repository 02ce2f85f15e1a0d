package cn.paiban;

import cn.paiban.app.PaibanApp;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;

/** Opens the editor: {@code paiban [ISSUE_DIR]}. Kept apart from the Application class, which cannot be main in a shaded jar. */
final class EditorLauncher {
    private EditorLauncher() {}

    static void open(String[] args) {
        if (args.length > 1 || (args.length == 1 && !Files.isDirectory(Path.of(args[0])))) {
            System.err.println("paiban: " + (args.length > 1 ? "the editor opens one issue folder"
                    : "no issue folder '" + args[0] + "'") + "; see 'paiban help'");
            System.exit(2);
        }
        try {
            Application.launch(PaibanApp.class, args);
        } catch (RuntimeException e) {
            // No display, no GTK: say so in one line instead of a JavaFX stack trace.
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            System.err.println("paiban: cannot open the editor window (" + why + "); on Linux it needs a display and GTK 3"
                    + " (libgtk-3-0). Headless commands work without: see 'paiban help'");
            System.exit(2);
        }
    }
}
