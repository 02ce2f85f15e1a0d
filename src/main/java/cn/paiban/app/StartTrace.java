package cn.paiban.app;

/**
 * Where the editor's start-up time goes: with {@code -Dpaiban.trace=true} each {@link #mark} prints the
 * milliseconds since the process started (as the OS counts it, so the JVM's own start is included) and the
 * thread, on standard error. Off by default and then free.
 */
public final class StartTrace {
    private static final boolean ON = Boolean.getBoolean("paiban.trace");
    private static final long START = ON ? ProcessHandle.current().info().startInstant()
            .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis()) : 0;

    private StartTrace() {}

    public static boolean on() { return ON; }

    public static void mark(String what) {
        if (ON) System.err.printf("[trace] %6d ms (cpu %5d ms)  %-18s %s%n", System.currentTimeMillis() - START,
                ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L),
                Thread.currentThread().getName(), what);
    }
}
