package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import cn.paiban.render.pdf.PdfOptions;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code paiban bench DIR [--runs N]}: the whole issue from files to PDF, first cold (this JVM has loaded
 * nothing yet: classes, fonts, template) and then warm, as the editor's preview runs it, with the time of
 * each stage and the peak heap. Times a process start too, from the JVM's own uptime.
 */
final class BenchCommand implements Command {
    @Override
    public String name() { return "bench"; }

    @Override
    public boolean runsLong() { return true; }

    @Override
    public String summary() { return Msg.get("cli.summary.bench"); }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getUptime();   // ms from JVM start to here
        Args args = Args.parse(argList, Set.of("--pdfx"), Set.of("--runs", "--template"));
        String dir = args.oneNamedBy("cli.args.issue-folder");
        int runs = (int) args.number("--runs", 10, 1, 1000);
        Path tmp = Files.createTempDirectory("paiban-bench");
        Path pdf = tmp.resolve("issue.pdf");
        try {
            Pipeline pipeline = Pipeline.writingPdf(args);
            PdfOptions options = PdfOptions.DEFAULT.withPdfx(args.has("--pdfx")).withImageDir(Path.of(dir));
            Stages cold = once(pipeline, dir, options, pdf);
            out.printf("issue %s: %d pages, PDF %.1f MB%n", dir, cold.pages, Files.size(pdf) / 1e6);
            out.printf("JVM start → main      %7.0f ms%n", (double) jvmStart);
            out.printf("load average          %7.1f      (%d cores; wall times grow with it)%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            out.println(cold.line("cold (first run)"));
            out.printf("cold process (est.)   %7.0f ms   JVM start + cold run%n", jvmStart + cold.total());
            List<Stages> warm = new ArrayList<>();
            for (int i = 0; i < runs; i++) warm.add(once(pipeline, dir, options, pdf));
            out.println(Stages.median(warm).line("warm (median of " + runs + ")"));
            out.println(Stages.min(warm).line("warm (best)"));
            // The warm runs above reuse the Typesetter's caches, as the editor does between keystrokes; this one
            // lays out everything again (every paragraph composed, the front pages rendered) with a warm JIT.
            Issue issue = Pipeline.load(dir);
            double[] fresh = new double[runs];
            for (int i = 0; i < runs; i++) {
                Pipeline p = pipeline.withFreshTypesetter();
                long t0 = System.nanoTime();
                p.typeset(issue, dir);
                fresh[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(fresh);
            out.printf("typeset, no caches    %7.0f ms   median of %d (best %.0f): every paragraph composed, front pages rendered%n",
                    fresh[runs / 2], runs, fresh[0]);
            out.printf("peak heap             %7.0f MB   (sum of heap pool peaks; -Xmx %d MB)%n", peakHeapMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
            // the peak counts garbage the collector had no reason to clear yet (G1 grows its young generation into a
            // large -Xmx); what the process needs is what stays live: the fonts, caches and last layout kept
            System.gc();
            out.printf("live heap after GC    %7.0f MB   (after a full collection, the pipeline and its caches still held)%n",
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0));
            java.lang.ref.Reference.reachabilityFence(pipeline);
            return 0;
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(tmp);
        }
    }

    private static Stages once(Pipeline pipeline, String dir, PdfOptions options, Path pdf) throws Exception {
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        Issue issue = Pipeline.load(dir);
        long t1 = System.nanoTime();
        LayoutResult layout = pipeline.typeset(issue, dir);
        long t2 = System.nanoTime();
        pipeline.writePdf(layout.document(), options, pdf, i -> { });
        long t3 = System.nanoTime();
        return new Stages((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (cpuNanos() - c0) / 1e6,
                layout.document().pages().size());
    }

    /**
     * CPU time of the whole process (JIT and GC threads too): on a machine shared with other work the wall
     * time says more about the neighbours than about Paiban; the CPU time does not.
     */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024.0 * 1024.0);
    }

    record Stages(double load, double typeset, double pdf, double cpu, int pages) {
        double total() { return load + typeset + pdf; }

        String line(String label) {
            return String.format("%-21s %7.0f ms   load %.0f, typeset %.0f, pdf %.0f; process CPU %.0f ms", label, total(),
                    load, typeset, pdf, cpu);
        }

        static Stages median(List<Stages> all) {
            return new Stages(mid(all, 0), mid(all, 1), mid(all, 2), mid(all, 3), all.get(0).pages);
        }

        static Stages min(List<Stages> all) {
            return all.stream().min((a, b) -> Double.compare(a.total(), b.total())).orElseThrow();
        }

        private static double mid(List<Stages> all, int which) {
            double[] v = all.stream()
                    .mapToDouble(s -> which == 0 ? s.load : which == 1 ? s.typeset : which == 2 ? s.pdf : s.cpu).toArray();
            Arrays.sort(v);
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }
}
