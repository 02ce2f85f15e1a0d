package cn.paiban.bench;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening and saving an issue folder: the sample issue (16 articles), the editor's usual save (one
 * article changed: one file written and fsynced, the rest compared), and a 10 MB paragraph.
 * Run with {@code bin/jmh IssueStoreBench}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IssueStoreBench {
    static final Path SAMPLE = Path.of("samples/shuozhou-jingji-2023-04");

    Path work;
    Path huge;
    Issue sample;
    Issue[] variants;
    int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        sample = IssueStore.load(SAMPLE);
        work = Files.createTempDirectory("paiban-bench");
        IssueStore.save(sample, work);
        // Two versions that differ in one article's title: saving them in turn always writes one file.
        variants = new Issue[] {retitleFirst(sample, "甲"), retitleFirst(sample, "乙")};
        huge = Files.createTempDirectory("paiban-bench-huge");
        String text = "朔州经济高质量发展。".repeat(10 * 1024 * 1024 / 30 + 1);
        Section s = sample.sections().get(0);
        Article a = s.articles().get(0).withBody(List.of(new Block.Paragraph(text)));
        List<Section> sections = new ArrayList<>(sample.sections());
        sections.set(0, s.withArticles(List.of(a)));
        IssueStore.save(sample.withSections(sections), huge);
    }

    private static Issue retitleFirst(Issue issue, String suffix) {
        Section s = issue.sections().get(0);
        List<Article> articles = new ArrayList<>(s.articles());
        articles.set(0, articles.get(0).withTitle(articles.get(0).title() + suffix));
        List<Section> sections = new ArrayList<>(issue.sections());
        sections.set(0, s.withArticles(articles));
        return issue.withSections(sections);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        for (Path dir : new Path[] {work, huge}) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Benchmark
    public Issue loadSample() throws Exception {
        return IssueStore.load(SAMPLE);
    }

    @Benchmark
    public void saveSampleOneArticleChanged() throws Exception {
        IssueStore.save(variants[next++ & 1], work);
    }

    @Benchmark
    public Issue loadTenMegabyteParagraph() throws Exception {
        return IssueStore.load(huge);
    }
}
