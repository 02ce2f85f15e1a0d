package cn.paiban.bench;

import cn.paiban.check.Checker;
import cn.paiban.check.Dismissals;
import cn.paiban.check.IssueCheck;
import cn.paiban.check.Piece;
import cn.paiban.check.PrintedText;
import cn.paiban.check.WordList;
import cn.paiban.font.FontBook;
import cn.paiban.front.FrontMatter;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import cn.paiban.typeset.Preflight;
import cn.paiban.typeset.Typesetter;
import java.nio.file.Path;
import java.util.List;
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
 * {@code paiban check} on the sample once it is typeset, as the editor's 校对 tab runs it after every layout: the whole
 * check (articles, front-matter text filled from the templates, running heads, every rule, pages) and the rules alone
 * on the articles' text. Run with {@code bin/jmh CheckBench}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CheckBench {
    Issue issue;
    LayoutResult layout;
    FrontMatter front;
    WordList words;
    List<Piece> articles;

    @Setup
    public void setUp() throws Exception {
        Path sample = Path.of(System.getProperty("paiban.sample", "samples/shuozhou-jingji-2023-04"));
        Path template = Path.of("templates/shuozhou-jingji");
        issue = IssueStore.load(sample);
        FontBook fonts = FontBook.standard();
        layout = Preflight.typeset(new Typesetter(fonts, template), issue, sample);
        front = new FrontMatter(template, fonts);
        words = WordList.parse("帐户 → 账户\n其它 → 其他\n做为 → 作为", "words.txt");
        articles = PrintedText.articles(issue);
    }

    @Benchmark
    public IssueCheck.Result wholeCheck() {
        return IssueCheck.run(issue, layout, front, words, Dismissals.none());
    }

    @Benchmark
    public Object rulesOnArticles() {
        return new Checker(issue.journal().year(), words).check(issue, articles);
    }
}
