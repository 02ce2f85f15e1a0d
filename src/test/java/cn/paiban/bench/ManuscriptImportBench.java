package cn.paiban.bench;

import cn.paiban.io.IssueStore;
import cn.paiban.io.word.DocxBuilder;
import cn.paiban.io.word.ManuscriptImporter;
import cn.paiban.io.word.SampleManuscripts;
import cn.paiban.manuscript.ManuscriptBatch;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Manuscript import (issue 9): one .docx of 10,000 characters (the sample's feature paragraphs, with bold
 * subheadings and soft breaks), and the dozen sample articles as manuscripts into a new issue (read, not saved).
 * Run with {@code bin/jmh ManuscriptImportBench}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ManuscriptImportBench {
    Path work;
    Path tenThousand;
    List<Path> dozen;
    Issue next;

    @Setup
    public void setup() throws Exception {
        work = Files.createTempDirectory("paiban-import-bench");
        Issue sample = IssueStore.load(SampleManuscripts.SAMPLE);
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "一万字的稿件");
        int chars = 0;
        outer:
        for (var a : sample.allArticles()) {
            for (Block block : a.body()) {
                if (block instanceof Block.Paragraph p) {
                    String t = p.text();
                    if (t.length() > 60) b.softBroken("\u3000\u3000" + t.substring(0, 40) + "\n" + t.substring(40));
                    else b.para(t);
                    chars += t.length();
                } else if (block instanceof Block.Subheading h) {
                    b.bold(String.join("", h.lines()));
                    chars += String.join("", h.lines()).length();
                }
                if (chars >= 10_000) break outer;
            }
        }
        tenThousand = b.save(work.resolve("10000.docx"));
        dozen = SampleManuscripts.write(Files.createDirectories(work.resolve("dozen")));
        next = cn.paiban.edit.NextIssue.from(sample, null, null);
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(work)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @Benchmark
    public Object tenThousandCharacters() throws Exception {
        return ManuscriptImporter.read(tenThousand, null, null, t -> "bench");
    }

    @Benchmark
    public Object dozenIntoANewIssue() {
        ManuscriptBatch batch = ManuscriptBatch.read(next, dozen, "本期特稿", null);
        if (batch.results().size() != dozen.size()) throw new IllegalStateException(batch.refused().toString());
        return batch.command().apply(next);
    }
}
