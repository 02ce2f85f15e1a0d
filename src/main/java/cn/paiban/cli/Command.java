package cn.paiban.cli;

import java.io.PrintStream;
import java.util.List;

/** A headless command of paiban.jar. Returns the process exit code: 0 ok, 1 problems found, 2 usage or input error. */
public interface Command {
    String name();

    /** One line for the usage text. */
    String summary();

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
