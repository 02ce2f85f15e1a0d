package cn.paiban.bench;

import cn.paiban.display.Page;
import cn.paiban.display.PageFormat;
import cn.paiban.font.FontBook;
import cn.paiban.front.FrontMatter;
import cn.paiban.geom.Mpt;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sample's front matter from its templates: one page (parse, fill, Flying Saucer to PDF and to a
 * 192 dpi PNG) and the plan's two pages, as every re-typeset of the preview pays them.
 * Run with {@code bin/jmh FrontMatterBench}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class FrontMatterBench {
    static final PageFormat FORMAT = new PageFormat(Mpt.mm(210), Mpt.mm(285), Mpt.mm(3));

    FrontMatter front;
    Issue issue;
    Map<String, Integer> starts = new HashMap<>();

    @Setup
    public void setUp() throws Exception {
        issue = IssueStore.load(Path.of("samples/shuozhou-jingji-2023-04"));
        for (PagePlan.Entry e : issue.plan().entries()) if (e.startPage() != null) starts.put(e.articleId(), e.startPage());
        front = new FrontMatter(Path.of("templates/shuozhou-jingji"), FontBook.standard());
    }

    @Benchmark
    public Page contentsPage() {
        return front.page("contents", 3, issue, starts, FORMAT, new ArrayList<>());
    }

    @Benchmark
    public List<Page> planPages() {
        return front.render(issue, starts, FORMAT, new ArrayList<>());
    }
}
