package cn.paiban.bench;

import cn.paiban.font.FontBook;
import cn.paiban.geom.Mpt;
import cn.paiban.text.Composition;
import cn.paiban.text.ParagraphComposer;
import cn.paiban.text.SeedText;
import cn.paiban.text.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The composer on the sample issue (朔州经济 2023年第4期, 39,000 characters in 535 paragraphs) at the
 * template's body measure, 17.5 em of 10.5 pt with a 2 em indent. Run with {@code bin/jmh ComposeBench}.
 * Targets (issue 3): the whole issue under 50 ms warm, one paragraph under 1 ms.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ComposeBench {
    static final int EM = Mpt.pt(10.5);
    static final int MEASURE = 35 * EM / 2;
    static final TextStyle BODY = new TextStyle(FontBook.SONG, EM, 2 * EM, TextStyle.Align.JUSTIFY);

    List<String> paragraphs;
    String longest, typical;
    ParagraphComposer composer;

    @Setup(Level.Trial)
    public void load() {
        paragraphs = SeedText.paragraphs();
        longest = paragraphs.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        typical = paragraphs.stream().filter(p -> p.length() >= 150 && p.length() <= 200).findFirst().orElseThrow();
        composer = new ParagraphComposer(FontBook.standard());
        composer.compose(typical, BODY, MEASURE); // font files read: that is start-up, not composing
    }

    /** Warm: the whole issue, ms per issue. Characters per second = 39,147 / this. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public int issueWarm(Blackhole bh) {
        int lines = 0;
        for (String p : paragraphs) {
            Composition c = composer.compose(p, BODY, MEASURE);
            lines += c.lines().size();
            bh.consume(c);
        }
        return lines;
    }

    /** Cold: the first composition of the issue in a fresh JVM (fonts already open), one shot per fork. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = "-Xmx1g")
    public int issueCold(Blackhole bh) {
        return issueWarm(bh);
    }

    /** Re-composing one paragraph after an edit: the issue's longest (494 chars). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    public Composition paragraphLongest() {
        return composer.compose(longest, BODY, MEASURE);
    }

    /** Re-composing a typical paragraph (150–200 chars). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    public Composition paragraphTypical() {
        return composer.compose(typical, BODY, MEASURE);
    }
}
