package cn.paiban.cli;

import java.io.PrintStream;
import java.util.List;

/** A headless command of paiban.jar. Returns the process exit code: 0 ok, 1 problems found, 2 usage or input error. */
public interface Command {
    String name();

    /** One line for the usage text. */
    String summary();

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;

    /**
     * True for a command that runs for minutes or times warm runs (bench, fuzz): the launchers keep the JVM's full
     * tiering and collector for it. Every other command is a job of a second or so, which they start on C1 with the
     * serial collector and the commands' class-data archive (bin/paiban, packaging/linux/paiban, Paiban.bat; LaunchersTest).
     */
    default boolean runsLong() { return false; }
}
