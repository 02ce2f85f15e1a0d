package cn.paiban.bench;

import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.StoryLength;
import cn.paiban.layout.TemplateFiles;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.plan.PagePlanner;
import cn.paiban.plan.Planning;
import cn.paiban.typeset.Typesetter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

/**
 * {@code paiban plan} on the sample (48 pages, plan cleared but for the notice and the table): measuring the
 * stories with the editor's warm composer and planning them ({@code measureAndPlan}, what 自动规划 costs in the
 * editor), the planner alone on measured stories ({@code planOnly}), and a cold measure with a fresh composer
 * ({@code coldMeasureAndPlan}, what the CLI pays after loading fonts). Run with {@code bin/jmh PlanBench}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlanBench {
    static final Path SAMPLE = Path.of("samples/shuozhou-jingji-2023-04");

    FontBook fonts;
    Typesetter warm;
    Issue issue;
    List<StoryLength> lengths;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        fonts = FontBook.standard();
        warm = new Typesetter(fonts, TemplateFiles.directory());
        Issue printed = IssueStore.load(SAMPLE);
        PagePlan p = printed.plan();
        issue = printed.withPlan(new PagePlan(p.firstPage(), p.entries().stream()
                .filter(e -> Set.of("zhenggao-qishi", "jingji-zhibiao").contains(e.articleId())).toList(), p.templatePages()));
        lengths = warm.measure(issue, SAMPLE);
    }

    @Benchmark
    public PagePlanner.Proposal measureAndPlan() {
        return Planning.propose(warm, issue, SAMPLE, 48);
    }

    @Benchmark
    public PagePlanner.Proposal planOnly() {
        return new PagePlanner(issue, lengths, 48).propose();
    }

    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public PagePlanner.Proposal coldMeasureAndPlan() {
        return Planning.propose(new Typesetter(fonts, TemplateFiles.directory()), issue, SAMPLE, 48);
    }
}
