package cn.paiban.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dispatches {@code paiban <command> …}. Never touches JavaFX. */
public final class Cli {
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli() {
        // One line per command; keep them in the order the usage text should list them.
        add(new ExportCommand());
        add(new PreflightCommand());
        add(new CheckCommand());
        add(new RenderCommand());
        add(new BenchCommand());
        add(new OutlineCommand());
        add(new ImportTextCommand());
        add(new CoverCommand());
        add(new FuzzCommand());
        add(new NewCommand());
        add(new AddCommand());
        add(new PlanCommand());
        add(new InfoCommand());
        add(new ProofCommand());
        add(new DiffCommand());
        add(new ProofImportCommand());
        add(new VersionCommand());
    }

    Cli add(Command c) {
        commands.put(c.name(), c);
        return this;
    }

    public boolean knows(String name) { return commands.containsKey(name); }

    /** The commands' names in usage order, those that {@link Command#runsLong run long} or the others. */
    public List<String> names(boolean runningLong) {
        return commands.values().stream().filter(c -> c.runsLong() == runningLong).map(Command::name).toList();
    }

    /** The command a mistyped name most likely meant (exprot → export, preflihgt → preflight), or null. */
    String nearest(String typed) {
        return nearest(typed, commands.keySet());
    }

    /** Of {@code names}, the one a mistyped {@code typed} most likely meant (--licence → --licences, -0 → -o), or null. */
    static String nearest(String typed, java.util.Collection<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int d = distance(typed.toLowerCase(java.util.Locale.ROOT), name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(1, Math.min(2, typed.length() / 3)) ? best : null;
    }

    /** Edits (insert, delete, change, swap of two neighbours) from {@code a} to {@code b}: Damerau's distance. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        // what the commands print never sends an issue's ESC or BEL to the terminal raw
        out = TerminalText.guard(out);
        err = TerminalText.guard(err);
        boolean debug = args.contains("--debug") || Boolean.getBoolean("paiban.debug");
        if (args.contains("--debug")) args = args.stream().filter(a -> !a.equals("--debug")).toList();
        if (!args.isEmpty() && args.get(0).equals("--version")) args = java.util.stream.Stream.concat(
                java.util.stream.Stream.of("version"), args.stream().skip(1)).toList();
        if (args.isEmpty() || !commands.containsKey(args.get(0))) {
            if (!args.isEmpty() && !args.get(0).equals("help") && !args.get(0).equals("--help")) {
                String near = nearest(args.get(0));
                err.println("paiban: " + cn.paiban.i18n.Msg.get("cli.unknown-command", args.get(0),
                        near == null ? "" : cn.paiban.i18n.Msg.get("cli.did-you-mean", near)));
            }
            usage(args.isEmpty() || args.get(0).startsWith("-") || args.get(0).equals("help") ? out : err);
            return args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") ? 0 : 2;
        }
        try {
            return commands.get(args.get(0)).run(List.copyOf(args.subList(1, args.size())), out, err);
        } catch (UsageException e) {
            err.println("paiban " + args.get(0) + ": " + e.getMessage());
            return 2;
        } catch (java.nio.file.InvalidPathException e) {
            err.println("paiban " + args.get(0) + ": " + invalidPath(e));
            if (debug) e.printStackTrace(err);
            return 2;
        } catch (Exception e) {
            // A clear message, not a stack trace: the person at the terminal needs to know what to fix.
            err.println("paiban " + args.get(0) + ": " + cn.paiban.i18n.WriteFailure.describe(e));
            if (debug) e.printStackTrace(err);
            return 2;
        } catch (OutOfMemoryError e) {
            err.println("paiban " + args.get(0) + ": " + cn.paiban.i18n.Msg.get("cli.out-of-memory",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            if (debug) e.printStackTrace(err);
            return 2;
        } catch (StackOverflowError e) {
            err.println("paiban " + args.get(0) + ": " + cn.paiban.i18n.Msg.get("cli.stack-overflow"));
            if (debug) e.printStackTrace(err);
            return 2;
        } catch (Error e) {
            err.println("paiban " + args.get(0) + ": " + cn.paiban.i18n.Msg.get("cli.internal-error", e.toString()));
            if (debug) e.printStackTrace(err);
            return 2;
        }
    }

    /**
     * A file name Java cannot turn into a path: under the C/POSIX locale (ssh, cron, a container) it knows only ASCII, so
     * 第4期 or 本期.pdf given as {@code java -jar paiban.jar …} cannot be named. The launchers run Java under C.UTF-8 there.
     */
    public static String invalidPath(java.nio.file.InvalidPathException e) {
        return cn.paiban.i18n.Msg.get("cli.invalid-path", e.getInput(), System.getProperty("sun.jnu.encoding", "?"));
    }

    private void usage(PrintStream s) {
        s.println(cn.paiban.i18n.Msg.get("cli.usage.editor"));
        s.println(cn.paiban.i18n.Msg.get("cli.usage.command"));
        commands.values().forEach(c -> s.printf("  %-14s %s%n", c.name(), c.summary()));
    }

    public static void main(String[] args) {
        System.exit(new Cli().run(List.of(args), utf8(java.io.FileDescriptor.out), utf8(java.io.FileDescriptor.err)));
    }

    /**
     * Chinese output must survive a terminal or CI run under LANG=C, where Java 17's System.out would
     * turn every Han character into '?'. Editors' terminals and pipes here are UTF-8. A console window of Windows is
     * not: it shows bytes in its code page (936, GBK, on a Chinese PC), where UTF-8 came out as 鎻愮ず…; there the
     * console's own encoding, which Java's launcher names in sun.stdout.encoding / sun.stderr.encoding only when the
     * stream is a console (a pipe or a file, "Paiban.bat preflight 期 > 报告.txt", stays UTF-8).
     */
    public static PrintStream utf8(java.io.FileDescriptor fd) {
        String console = System.getProperty(fd == java.io.FileDescriptor.err ? "sun.stderr.encoding" : "sun.stdout.encoding");
        return new PrintStream(new java.io.FileOutputStream(fd), true, outputCharset(System.getProperty("os.name", ""), console));
    }

    /**
     * The encoding of what the commands print: UTF-8, but on Windows a console's own ({@code consoleEncoding}, e.g.
     * ms936). Elsewhere a terminal's encoding is ignored: under LANG=C on Linux it is ASCII, which would print ???.
     */
    static java.nio.charset.Charset outputCharset(String osName, String consoleEncoding) {
        if (osName.startsWith("Windows") && consoleEncoding != null && !consoleEncoding.isBlank()) {
            try {
                return java.nio.charset.Charset.forName(consoleEncoding.strip());
            } catch (IllegalArgumentException e) {
                // a code page Java does not know: UTF-8 as elsewhere
            }
        }
        return java.nio.charset.StandardCharsets.UTF_8;
    }
}
