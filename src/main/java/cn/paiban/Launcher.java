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
            exit(cli.run(List.of(args), Cli.utf8(java.io.FileDescriptor.out), Cli.utf8(java.io.FileDescriptor.err)));
        }
        // a mistyped command (paiban exprot DIR) is not an issue folder: the CLI names it and lists the commands
        if (args.length > 0 && args[0].matches("-*[a-z][a-z-]*") && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(args[0]))) {
            exit(cli.run(List.of(args), Cli.utf8(java.io.FileDescriptor.out), Cli.utf8(java.io.FileDescriptor.err)));
        }
        EditorLauncher.open(args);
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
