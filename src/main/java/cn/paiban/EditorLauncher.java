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
        Application.launch(PaibanApp.class, args);
    }
}
