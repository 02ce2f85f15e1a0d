package cn.paiban.cli;

import java.io.PrintStream;

/**
 * One status line, rewritten in place, shown only when a person watches (a console): scripts and logs get
 * the summary alone.
 */
final class Progress {
    private final PrintStream err;
    private final boolean live;
    private int width;

    Progress(PrintStream err, boolean live) {
        this.err = err;
        this.live = live;
    }

    static Progress forTerminal(PrintStream err) {
        return new Progress(err, System.console() != null && err == System.err);
    }

    void show(String status) {
        if (!live) return;
        String pad = status.length() < width ? " ".repeat(width - status.length()) : "";
        err.print("\r" + status + pad);
        err.flush();
        width = status.length();
    }

    void done() {
        if (!live || width == 0) return;
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
        width = 0;
    }
}
