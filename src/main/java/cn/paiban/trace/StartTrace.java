package cn.paiban.trace;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the start-up time of the editor or of a command (export) goes: with {@code -Dpaiban.trace=true} each {@link #mark} prints the
 * milliseconds since the process started (as the OS counts it, so the JVM's own start is included), the CPU time of
 * the whole process and of the marking thread, and the thread, on standard error; {@link #threads} lists every
 * thread's CPU time so far. Off by default and then free. Linux only (it reads /proc); elsewhere the times are -1.
 */
public final class StartTrace {
    private static final boolean ON = Boolean.getBoolean("paiban.trace");
    /** System.nanoTime() when the process started: its age from /proc (to 10 ms; the boot time there is whole seconds). */
    private static final long START = ON ? System.nanoTime() - age() : 0;

    private StartTrace() {}

    public static boolean on() { return ON; }

    public static void mark(String what) {
        if (ON) System.err.printf("[trace] %6d ms (cpu %5d ms, thread %7.1f ms)  %-18s %s%n", (System.nanoTime() - START) / 1_000_000,
                ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L),
                threadCpuNanos() / 1e6, Thread.currentThread().getName(), what);
    }

    /** Every thread's CPU time so far (ms), the busiest first: which threads the start-up's CPU went to. */
    public static void threads(String when) {
        if (!ON) return;
        // the process's own count holds the threads that have ended too
        StringBuilder b = new StringBuilder("[trace] threads' CPU at " + when + ": process " + cpu(Path.of("/proc/self/stat")) + ",");
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.map(t -> new Object[] {name(t), schedMillis(t)})
                    .filter(x -> (long) x[1] >= 10)
                    .sorted((x, y) -> Long.compare((long) y[1], (long) x[1]))
                    .forEach(x -> b.append("  ").append(x[0]).append(' ').append(x[1]));
        } catch (Exception e) {
            b.append(" ").append(e);
        }
        System.err.println(b);
    }

    private static String name(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip().replace(' ', '_');
        } catch (Exception e) {
            return task.getFileName().toString();
        }
    }

    /**
     * The marking thread's CPU time in ns, from /proc/thread-self/schedstat (the scheduler's own count, to the
     * nanosecond; the stat file's ticks are 10 ms, too coarse for a phase of a few ms). -1 where there is none.
     */
    private static long threadCpuNanos() {
        try {
            String s = Files.readString(Path.of("/proc/thread-self/schedstat"));
            return Long.parseLong(s.substring(0, s.indexOf(' ')));
        } catch (Exception e) {
            return -1_000_000;
        }
    }

    /** A thread's CPU time in ms from its schedstat, else from its stat's ticks. */
    private static long schedMillis(Path task) {
        try {
            String s = Files.readString(task.resolve("schedstat"));
            return Long.parseLong(s.substring(0, s.indexOf(' '))) / 1_000_000;
        } catch (Exception e) {
            return cpu(task.resolve("stat"));
        }
    }

    /** utime + stime of a /proc stat file, in ms (at 100 ticks a second, as on every Linux this runs on). */
    private static long cpu(Path stat) {
        try {
            String[] f = fields(stat);
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (Exception e) {
            return -1;
        }
    }

    /** The fields after the command name, which may hold spaces: field 3 of proc(5) is [0]. */
    private static String[] fields(Path stat) throws java.io.IOException {
        String s = Files.readString(stat);
        return s.substring(s.lastIndexOf(')') + 2).split(" ");
    }

    private static long age() {
        try {
            long startTicks = Long.parseLong(fields(Path.of("/proc/self/stat"))[19]);
            double up = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return (long) ((up - startTicks / 100.0) * 1e9);
        } catch (Exception e) {
            return 0;
        }
    }
}
