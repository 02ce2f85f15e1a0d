package cn.paiban;

import cn.paiban.app.PaibanApp;
import cn.paiban.i18n.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;

/** Opens the editor: {@code paiban [ISSUE_DIR]}. Kept apart from the Application class, which cannot be main in a shaded jar. */
final class EditorLauncher {
    private EditorLauncher() {}

    /** Held: java.util.logging keeps its loggers weakly, and a logger collected would forget its filter. */
    private static volatile java.util.logging.Logger javafxLogger;

    /**
     * JavaFX, run from this jar rather than as named modules, logs "Unsupported JavaFX configuration" as it starts, on
     * the thread the toolkit waits for: it set up a console handler, the time zones and a date in the locale's words,
     * and walked the stack for the caller (class-load log). That one warning, which tells the user nothing, is dropped
     * before it is formatted; every other JavaFX message is logged as before.
     */
    private static void quietLogging() {
        java.util.logging.Logger fx = java.util.logging.Logger.getLogger("javafx");
        fx.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        javafxLogger = fx;
    }

    static void open(String[] args) {
        // an issue's issue.json (dropped on Paiban.bat, or double-clicked with "open with") opens its folder
        if (args.length == 1 && Files.isRegularFile(Path.of(args[0])) && Path.of(args[0]).getFileName() != null
                && Path.of(args[0]).getFileName().toString().equalsIgnoreCase("issue.json")
                && Path.of(args[0]).toAbsolutePath().getParent() != null) {
            args = new String[] {Path.of(args[0]).toAbsolutePath().getParent().toString()};
        }
        if (args.length > 1 || (args.length == 1 && !Files.isDirectory(Path.of(args[0])))) {
            // as the commands print: under LANG=C System.err turned the message into ????????
            cn.paiban.cli.Cli.utf8(java.io.FileDescriptor.err).println("paiban: " + (args.length > 1 ? Msg.get("cli.editor.one-folder")
                    : Msg.get("cli.editor.no-folder", args[0])));
            System.exit(2);
        }
        useSavedLanguage();
        quietLogging();
        // JavaFX takes its dialogs' own words (是/否, 确定/取消) from the default locale: the UI's language, not the OS's
        java.util.Locale.setDefault(Msg.locale(Msg.lang()));
        // the issue is loaded and its first page typeset while JavaFX starts and the window is built
        cn.paiban.app.EarlyStart.begin(args.length == 1 ? Path.of(args[0]) : null);
        try {
            Application.launch(PaibanApp.class, args);
        } catch (RuntimeException e) {
            cn.paiban.cli.Cli.utf8(java.io.FileDescriptor.err).println("paiban: " + startFailure(e));
            System.exit(2);
        }
    }

    /**
     * Why the window did not open, in one line instead of a JavaFX stack trace: JavaFX's own failure (no display, no
     * GTK) says what Linux needs; a failure of Paiban's start (fonts/ or templates/ missing beside the program…) is
     * that failure's own message, not a display problem.
     */
    static String startFailure(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        if (root != e && e.getMessage() != null && e.getMessage().contains("Application start method")) {
            return Msg.get("cli.editor.start-failed", root.getMessage() == null ? root.toString() : root.getMessage());
        }
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        return Msg.get("cli.editor.no-display", why);
    }

    /**
     * The language chosen in View ▸ 界面语言 (lang.txt in the editor's home), unless -Dpaiban.lang says otherwise; it
     * wins over PAIBAN_LANG. The Linux launchers read the same file to set GTK's LANGUAGE before Java starts (GTK's
     * file chooser takes its words from there), so the order here is theirs: change both together.
     */
    static void useSavedLanguage() {
        if (System.getProperty("paiban.lang") != null) return;
        try {
            Path lang = cn.paiban.app.AppServices.home().resolve("lang.txt");
            if (Files.isRegularFile(lang)) {
                String saved = Files.readString(lang).strip();
                if (!saved.isEmpty()) Msg.use(saved);
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            // stay in the language of -Dpaiban.lang / PAIBAN_LANG / Chinese
        }
    }
}
