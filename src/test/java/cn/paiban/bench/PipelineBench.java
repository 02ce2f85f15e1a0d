package cn.paiban.bench;

import cn.paiban.display.Document;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import cn.paiban.render.pdf.PdfOptions;
import cn.paiban.render.pdf.PdfRenderer;
import cn.paiban.typeset.Typesetter;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The full pipeline warm, as the editor's preview and a second export run it: issue files → typeset → PDF
 * bytes, and each stage alone. Run with bin/bench --jmh (or org.openjdk.jmh.Main PipelineBench on the test
 * class path). -Dpaiban.sample=DIR picks the issue; default samples/shuozhou-jingji-2023-04 above the cwd.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
public class PipelineBench {
    private Path dir;
    private FontBook fonts;
    private Typesetter typesetter;
    private PdfRenderer pdf;
    private Issue issue;
    private Document document;

    @Setup
    public void setUp() throws Exception {
        dir = sample();
        fonts = FontBook.standard();
        typesetter = new Typesetter(fonts, templates());
        pdf = new PdfRenderer(fonts);
        issue = IssueStore.load(dir);
        LayoutResult r = typesetter.typeset(issue);
        document = r.document().date() == null ? r.document().withDate(issue.journal().publicationDate()) : r.document();
    }

    @Benchmark
    public byte[] filesToPdf() throws Exception {
        Issue i = IssueStore.load(dir);
        Document d = typesetter.typeset(i).document();
        return pdf.render(d.date() == null ? d.withDate(i.journal().publicationDate()) : d, PdfOptions.DEFAULT);
    }

    @Benchmark
    public Issue load() throws Exception {
        return IssueStore.load(dir);
    }

    @Benchmark
    public LayoutResult typeset() {
        return typesetter.typeset(issue);
    }

    @Benchmark
    public byte[] writePdf() throws Exception {
        return pdf.render(document, PdfOptions.DEFAULT);
    }

    static Path sample() { return find("paiban.sample", "samples/shuozhou-jingji-2023-04"); }

    static Path templates() { return find("paiban.template", "templates/shuozhou-jingji"); }

    private static Path find(String property, String relative) {
        String p = System.getProperty(property);
        if (p != null) return Path.of(p);
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve(relative))) return d.resolve(relative);
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath()
                + "; pass -D" + property + "=DIR");
    }
}
