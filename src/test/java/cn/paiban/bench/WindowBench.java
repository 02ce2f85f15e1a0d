package cn.paiban.bench;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * What the user waits for, measured from outside through the real window, as a person sees it: the editor is
 * started as its own process on an X display (Xvfb), and this process watches the screen's pixels.
 *
 * <ol>
 *   <li><b>launch → first typeset page</b>: the clock starts when the editor's process is started and stops at the
 *   first screen capture whose preview (the canvas, found by its grey #6b6f76) shows a white page with dark text
 *   on it; 5 launches, each on a fresh copy of the issue and a fresh editor home; median and each run.</li>
 *   <li><b>keystroke → preview changed</b>: in the last launch, once everything has settled, a click on a line of
 *   the page in view puts the caret into that paragraph (the editor selects it; ← goes to its start), then keys
 *   are typed (letters, then as many backspaces) through the X server (java.awt.Robot = XTest, as xdotool does);
 *   for each, the time from the key press to the first capture in which the preview's pixels differ from before;
 *   the next key waits until the preview has been still for 300 ms. Median and worst.</li>
 * </ol>
 *
 * The editor is started as {@code --cmd} says (default {@code bin/paiban ISSUE}, the launcher a user runs). Load
 * average of the machine is printed with every figure: the machine is shared. Not a test: prints, asserts nothing.
 * Run: {@code bin/bench --editor [ISSUE_DIR]}.
 */
public final class WindowBench {
    private static final int GREY = 0x6b6f76;

    private final Robot robot;

    private WindowBench() throws AWTException {
        robot = new Robot();
        robot.setAutoDelay(0);
    }

    public static void main(String[] args) throws Exception {
        Path issue = Path.of("samples/shuozhou-jingji-2023-04");
        int runs = 5;
        int keys = 30;
        String cmd = "bin/paiban";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--keys" -> keys = Integer.parseInt(args[++i]);
                case "--cmd" -> cmd = args[++i];
                default -> issue = Path.of(args[i]);
            }
        }
        new WindowBench().run(issue, runs, keys, cmd);
    }

    private void run(Path issue, int runs, int keys, String cmd) throws Exception {
        List<Long> first = new ArrayList<>();
        System.out.printf("launch → first typeset page in the preview (%s ISSUE), %d runs after one not counted"
                + " (it warms the file cache and lets the launcher record its class-data archive):%n", cmd, runs);
        for (int r = -1; r < runs; r++) {
            boolean last = r == runs - 1;
            Path work = Files.createTempDirectory("paiban-bench");
            try {
                Path copy = work.resolve("issue");
                copyTree(issue, copy);
                List<String> command = new ArrayList<>(List.of(cmd.split(" ")));
                command.add(copy.toString());
                ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(work.resolve("editor.log").toFile());
                pb.environment().put("JAVA_TOOL_OPTIONS", "-Dpaiban.home=" + work.resolve("home"));
                String load = load();
                long t0 = System.nanoTime();
                Process p = pb.start();
                try {
                    Rectangle preview = null;
                    long ms = -1;
                    while (System.nanoTime() - t0 < 60_000_000_000L && p.isAlive()) {
                        BufferedImage shot = robot.createScreenCapture(screen());
                        if (preview == null) preview = greyBox(shot);
                        if (preview != null && typesetPage(shot, preview)) {
                            ms = (System.nanoTime() - t0) / 1_000_000;
                            break;
                        }
                        Thread.sleep(25);
                    }
                    System.out.printf(Locale.ROOT, "  %s: %s   (load before %s)%n", r < 0 ? "not counted" : "run " + (r + 1),
                            ms < 0 ? "no page within 60 s" : ms + " ms", load);
                    if (ms >= 0 && r >= 0) first.add(ms);
                    if (r < 0) waitStill(preview == null ? screen() : preview, 2000, 30_000);
                    if (last && ms >= 0 && keys > 0) keystrokes(preview, keys, p.pid());
                } finally {
                    p.destroy();   // SIGTERM: the JVM exits as when closed (and writes a class-data archive it was told to)
                    if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
                }
            } finally {
                deleteTree(work);
            }
        }
        if (!first.isEmpty()) System.out.printf(Locale.ROOT, "  median %d ms, best %d, worst %d   (load now %s)%n",
                median(first), first.stream().min(Long::compare).orElseThrow(), first.stream().max(Long::compare).orElseThrow(), load());
    }

    // ---- keystrokes -------------------------------------------------------------------------------------------

    private void keystrokes(Rectangle preview, int keys, long pid) throws Exception {
        // let the rest of the issue, the checks and the thumbnails finish: then nothing else moves the preview
        waitStill(preview, 1500, 30_000);
        BufferedImage shot = robot.createScreenCapture(preview);
        int[] at = textPoint(shot);
        if (at == null) {
            System.out.println("keystroke → preview: no text found in the preview to click on");
            return;
        }
        robot.mouseMove(preview.x + at[0], preview.y + at[1]);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitStill(preview, 800, 10_000);
        tap(KeyEvent.VK_LEFT);   // the click selected the paragraph: the caret to its start
        waitStill(preview, 500, 5_000);
        System.out.printf("keystroke → preview pixels changed, %d keys (letters at the start of a paragraph, then backspaces):%n", keys);
        String load = load();
        List<Long> times = new ArrayList<>();
        java.util.Map<String, Long> cpu0 = threadCpu(pid);
        int misses = 0;
        Random pause = new Random(7);
        for (int k = 0; k < keys; k++) {
            int key = k < (keys + 1) / 2 ? KeyEvent.VK_A + (k % 26) : KeyEvent.VK_BACK_SPACE;
            int[] before = pixels(robot.createScreenCapture(preview));
            long t0 = System.nanoTime();
            tap(key);
            long ms = -1;
            while (System.nanoTime() - t0 < 5_000_000_000L) {
                if (!Arrays.equals(before, pixels(robot.createScreenCapture(preview)))) {
                    ms = (System.nanoTime() - t0) / 1_000_000;
                    break;
                }
                Thread.sleep(8);   // a capture costs CPU the editor may need on a busy machine
            }
            if (ms < 0) misses++;
            else times.add(ms);
            waitStill(preview, 300, 10_000);
            Thread.sleep(50 + pause.nextInt(200));
        }
        if (times.isEmpty()) {
            System.out.println("  no keystroke changed the preview within 5 s");
            return;
        }
        List<Long> sorted = times.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "  median %d ms, worst %d ms, 90th %d ms, best %d ms; %d of %d keys showed no change within 5 s"
                        + "   (load before %s, after %s)%n", median(times), sorted.get(sorted.size() - 1),
                sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(0), misses, keys, load, load());
        System.out.println("  each: " + times);
        cpuPerKey(cpu0, threadCpu(pid), keys);
    }

    /**
     * The editor's CPU per key by thread (user + system from /proc, in ms; the threads of one name added up), the
     * busiest first: what a keystroke costs whatever the machine's load. Includes the waits between keys (idle threads).
     */
    private static void cpuPerKey(java.util.Map<String, Long> before, java.util.Map<String, Long> after, int keys) {
        if (before.isEmpty() || after.isEmpty()) return;
        java.util.Map<String, Long> d = new java.util.TreeMap<>();
        after.forEach((k, v) -> d.merge(k, v - before.getOrDefault(k, 0L), Long::sum));
        long total = d.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  editor CPU per key %.1f ms:", total / (double) keys));
        d.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                .forEach(e -> sb.append(String.format(Locale.ROOT, " %s %.1f", e.getKey(), e.getValue() / (double) keys)));
        System.out.println(sb);
    }

    /** CPU ms (user + system) of each thread of process {@code pid} by thread name; empty where /proc is not there. */
    private static java.util.Map<String, Long> threadCpu(long pid) {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) return out;
        long hz = 100;   // USER_HZ
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) all::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / hz;
                    out.merge(name, ms, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private void tap(int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
    }

    /** Waits until the region has not changed for {@code quietMs} (or {@code maxMs} passed). */
    private void waitStill(Rectangle r, long quietMs, long maxMs) throws InterruptedException {
        long start = System.nanoTime();
        int[] last = pixels(robot.createScreenCapture(r));
        long since = System.nanoTime();
        while ((System.nanoTime() - start) / 1_000_000 < maxMs) {
            Thread.sleep(30);
            int[] now = pixels(robot.createScreenCapture(r));
            if (!Arrays.equals(now, last)) {
                last = now;
                since = System.nanoTime();
            } else if ((System.nanoTime() - since) / 1_000_000 >= quietMs) {
                return;
            }
        }
    }

    // ---- pixels -----------------------------------------------------------------------------------------------

    private static Rectangle screen() {
        return new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /** The preview canvas: the bounding box of its grey (#6b6f76, around the pages), once it spans 200 × 200 pixels. */
    static Rectangle greyBox(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int minX = w, minY = h, maxX = -1, maxY = -1;
        long n = 0;
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                if ((img.getRGB(x, y) & 0xffffff) == GREY) {
                    n++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        // the margins around a page fitted to the view are enough: the window may show its first page at once
        if (n < 1_000 || maxX - minX < 200 || maxY - minY < 200) return null;
        return new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** A typeset page: at least a fifth of the preview white paper, and dark text on it. */
    static boolean typesetPage(BufferedImage img, Rectangle r) {
        long white = 0, dark = 0, all = 0;
        for (int y = r.y; y < r.y + r.height; y += 2) {
            for (int x = r.x; x < r.x + r.width; x += 2) {
                int c = img.getRGB(x, y);
                int red = (c >> 16) & 0xff, g = (c >> 8) & 0xff, b = c & 0xff;
                all++;
                if (red >= 250 && g >= 250 && b >= 250) white++;
                else if (red + g + b < 3 * 110) dark++;
            }
        }
        return white * 5 >= all && dark >= 400;
    }

    /** A point on a line of text near the middle of the page in view: a dark pixel with white paper around. */
    private static int[] textPoint(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        for (int dy = 0; dy < h / 2; dy += 3) {
            for (int sign = -1; sign <= 1; sign += 2) {
                int y = h / 2 + sign * dy;
                if (y < 0 || y >= h) continue;
                for (int x = w / 4; x < 3 * w / 4; x++) {
                    int c = img.getRGB(x, y);
                    if (((c >> 16) & 0xff) + ((c >> 8) & 0xff) + (c & 0xff) < 3 * 90) return new int[] {x, y};
                }
            }
        }
        return null;
    }

    // ---- bits -------------------------------------------------------------------------------------------------

    private static long median(List<Long> xs) {
        List<Long> s = xs.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(q);
                else Files.copy(p, q);
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }
}
