package cn.paiban.bench;

import cn.paiban.font.FontBook;
import cn.paiban.text.ParagraphComposer;
import cn.paiban.text.SeedText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * The composer's cost in CPU time of the composing thread, which a busy machine does not inflate the way
 * it inflates JMH's wall-clock figures: {@code bin/jmh --cpu}. Prints the first (cold) pass over the sample
 * issue, the median warm pass, and characters per CPU second.
 */
public final class ComposeCpuTime {
    private ComposeCpuTime() {}

    public static void main(String[] args) {
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        List<String> paras = SeedText.paragraphs();
        long chars = paras.stream().mapToLong(String::length).sum();
        ParagraphComposer composer = new ParagraphComposer(FontBook.standard());
        composer.compose("字", ComposeBench.BODY, ComposeBench.MEASURE); // open the font files first
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long c0 = tm.getCurrentThreadCpuTime();
            for (String p : paras) composer.compose(p, ComposeBench.BODY, ComposeBench.MEASURE);
            ms[r] = (tm.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        double cold = ms[0];
        double[] warm = Arrays.copyOfRange(ms, runs / 2, runs);
        Arrays.sort(warm);
        double median = warm[warm.length / 2];
        String longest = paras.stream().max((a, b) -> a.length() - b.length()).orElseThrow();
        long c0 = tm.getCurrentThreadCpuTime();
        for (int i = 0; i < 2000; i++) composer.compose(longest, ComposeBench.BODY, ComposeBench.MEASURE);
        double paraUs = (tm.getCurrentThreadCpuTime() - c0) / 1e3 / 2000;
        System.out.printf("sample issue: %d paragraphs, %d chars, measure 17.5 em of 10.5 pt%n", paras.size(), chars);
        System.out.printf("cold (first pass)  %8.1f ms CPU%n", cold);
        System.out.printf("warm (median)      %8.2f ms CPU   %.1f M chars/s%n", median, chars / median / 1e3);
        System.out.printf("longest paragraph  %8.1f µs CPU   (%d chars)%n", paraUs, longest.length());
    }
}
