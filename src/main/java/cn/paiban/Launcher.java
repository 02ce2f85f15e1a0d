package cn.paiban;

import cn.paiban.cli.Cli;
import java.util.List;

/**
 * Entry point of paiban.jar: {@code paiban <command> …} runs headless; anything else opens the editor.
 * Kept apart from the JavaFX Application class, which cannot be a shaded jar's main class.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        cn.paiban.trace.StartTrace.mark("main");
        Cli cli = new Cli();
        if (args.length > 0 && (cli.knows(args[0]) || args[0].equals("help") || args[0].equals("--help") || args[0].equals("--version"))) {
            exit(runHeadless(cli, args));
        }
        try {
            // a mistyped command (paiban exprot DIR) is not an issue folder: the CLI names it and lists the commands
            if (args.length > 0 && args[0].matches("-*[a-z][a-z-]*") && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(args[0]))) {
                exit(runHeadless(cli, args));
            }
            EditorLauncher.open(args);
        } catch (java.nio.file.InvalidPathException e) {
            // java -jar under LANG=C (ssh, cron) cannot name 第4期: said, not a stack trace
            Cli.utf8(java.io.FileDescriptor.err).println("paiban: " + Cli.invalidPath(e));
            exit(2);
        }
    }

    /**
     * A command opens no window, so AWT is told it has no screen, unless the user said otherwise (-Djava.awt.headless):
     * the PDF writer's colours are java.awt.Color, whose first use loads AWT's native library, and under a desktop
     * (DISPLAY set) that library loads the X11 toolkit and its libraries besides (~20 ms of CPU in a cold export).
     */
    static int runHeadless(Cli cli, String[] args) {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        return cli.run(List.of(args), Cli.utf8(java.io.FileDescriptor.out), Cli.utf8(java.io.FileDescriptor.err));
    }

    /**
     * Ends a command; with -Dpaiban.trace=true it first tells where the process's CPU went, thread by thread (bin/bench
     * prints it for the cold exports): the main thread's share is the part no second core can take.
     */
    private static void exit(int status) {
        cn.paiban.trace.StartTrace.threads("exit");
        System.exit(status);
    }
}
