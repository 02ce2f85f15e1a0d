package cn.paiban.bench;

import cn.paiban.app.AppServices;
import cn.paiban.app.ArticleEditorModel;
import cn.paiban.app.EditorSession;
import cn.paiban.app.LayoutService;
import cn.paiban.app.PageHits;
import cn.paiban.display.Document;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Block;
import cn.paiban.render.fx.FxFonts;
import cn.paiban.render.fx.FxImages;
import cn.paiban.render.fx.FxRenderer;
import cn.paiban.typeset.Typesetter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Keystroke → updated page in the preview, on the sample issue, as the editor does it: the character goes
 * into the article editor's body text on the FX thread, the session turns it into a BodyEdit, the layout
 * service typesets the whole issue on its worker thread, the result comes back to the FX thread and the page
 * holding the paragraph is drawn on a canvas at 100 %. One invocation = one keystroke; 100 measured, so
 * JMH's p0.50 and p1.00 are the median and the worst. {@code uiMillis} is how long the keystroke held the
 * FX thread (typing never waits for the layout); {@code typesetOnly} is the layout's share. Headless
 * Monocle, as in the tests.
 * Run: bin/jmh EditorLatencyBench
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20)
@Measurement(iterations = 100)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dprism.text=t2k", "-Djava.awt.headless=true"})
public class EditorLatencyBench {
    private static final String ARTICLE = "yixin-qixiang";

    private ExecutorService worker;
    private java.util.function.Function<cn.paiban.model.Issue, cn.paiban.layout.LayoutResult> typeset;
    private EditorSession session;
    private ArticleEditorModel editor;
    private FxRenderer renderer;
    private Canvas canvas;
    private int block;
    private volatile CompletableFuture<Void> drawn;
    private int typed;

    /** How long each keystroke kept the FX thread busy, summed; JMH divides by the invocations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Ui {
        public double uiMillis;
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = sample();
        FontBook fonts = FontBook.standard();
        Typesetter typesetter = new Typesetter(fonts, dir.getParent().getParent().resolve("templates").resolve("shuozhou-jingji"));
        worker = AppServices.worker();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        var issue = IssueStore.load(dir);
        onFx(() -> {
            session = new EditorSession();
            typeset = AppServices.typesetting(typesetter);
            LayoutService layout = new LayoutService(typeset, worker, Platform::runLater);
            session.issueProperty().addListener((o, a, b) -> layout.request(b));
            editor = new ArticleEditorModel(session);
            renderer = new FxRenderer(new FxFonts(), new FxImages(dir));
            canvas = new Canvas(600, 850);
            layout.setOnPublished(() -> {
                Document d = layout.result().document();
                int p = PageHits.pageOf(d, ARTICLE, block).orElseThrow();
                Page page = d.pages().get(p);
                renderer.draw(page, canvas.getGraphicsContext2D(), 0, 0, 96.0 / 72.0);
                CompletableFuture<Void> f = drawn;
                if (f != null) f.complete(null);
            });
            session.open(issue, dir);
            editor.articleIdProperty().set(ARTICLE);
            var body = session.issue().article(ARTICLE).orElseThrow().body();
            for (int i = body.size() / 2; i < body.size(); i++) {
                if (body.get(i) instanceof Block.Paragraph) {
                    block = i;
                    break;
                }
            }
            return null;
        });
    }

    @Benchmark
    public void keystroke(Ui ui) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        drawn = f;
        typed++;
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            // The caret sits at the end of the paragraph: one more character, as the TextArea would set it.
            int end = editor.selectionFor(block, 0)[1];
            String text = editor.bodyProperty().get();
            editor.bodyProperty().set(text.substring(0, end) + (typed % 2 == 0 ? "经" : "济") + text.substring(end));
            ui.uiMillis += (System.nanoTime() - t0) / 1e6;
        });
        f.get(30, TimeUnit.SECONDS);
    }

    /** The share of the layout in a keystroke: the same whole-issue typeset, called directly. */
    @Benchmark
    public Object typesetOnly() {
        return typeset.apply(session.issue());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        worker.shutdownNow();
        Platform.exit();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    static Path sample() {
        String p = System.getProperty("paiban.sample");
        if (p != null) return Path.of(p);
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path s = d.resolve("samples").resolve("shuozhou-jingji-2023-04");
            if (Files.isDirectory(s)) return s;
        }
        throw new IllegalStateException("samples/shuozhou-jingji-2023-04 not found above " + Path.of("").toAbsolutePath());
    }
}
