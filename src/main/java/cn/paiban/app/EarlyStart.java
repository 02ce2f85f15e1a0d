package cn.paiban.app;

import cn.paiban.trace.StartTrace;
import cn.paiban.display.Document;
import cn.paiban.io.IssueFormatException;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the editor can do before its window exists. JavaFX takes seconds to start and to build the window; meanwhile
 * the layout thread loads the issue the editor will open, typesets the page the window will show first
 * ({@link FirstPages#folioInView}) and then the whole issue. The window takes the loaded issue, shows that page at
 * once and gets the whole layout without a second typesetting: {@link #services} are the real ones, with the issue
 * files and the typesetter answering from what was done here when asked for the very same issue.
 *
 * <p>Started by the launcher ({@link #begin}); without it (tests) the services are the plain ones.
 */
public final class EarlyStart {
    private static volatile EarlyStart started;

    private final Services services;
    private final Path dir;
    private final CompletableFuture<Issue> issue = new CompletableFuture<>();
    private final CompletableFuture<Document> first = new CompletableFuture<>();
    private final CompletableFuture<LayoutResult> whole = new CompletableFuture<>();
    private volatile int folio;
    private volatile boolean issueTaken;
    private final java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);

    private EarlyStart(Services plain, Path dir) {
        this.dir = dir;
        this.plain = plain;
        FolderTypesetting typesetter = (FolderTypesetting) plain.typesetter();
        Services.IssueFiles files = new Services.IssueFiles() {
            @Override
            public Issue load(Path d) throws IOException, IssueFormatException {
                if (!issueTaken && same(d)) {
                    issueTaken = true;   // once: opening the folder again later reads it again
                    try {
                        return issue.join();
                    } catch (CompletionException e) {
                        if (e.getCause() instanceof IOException io) throw io;
                        if (e.getCause() instanceof IssueFormatException f) throw f;
                        if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
                        throw e;
                    }
                }
                return plain.files().load(d);
            }

            @Override
            public void save(Issue i, Path d) throws IOException {
                plain.files().save(i, d);
            }
        };
        FolderTypesetting early = new FolderTypesetting() {
            @Override
            public LayoutResult apply(Issue i, Path folder) {
                LayoutResult done = ours(i, folder) ? whole.getNow(null) : null;
                return done != null ? done : typesetter.apply(i, folder);
            }

            @Override
            public java.util.List<cn.paiban.layout.StoryLength> measure(Issue i, Path folder) {
                return typesetter.measure(i, folder);
            }

            @Override
            public Document first(Issue i, Path folder, int lastFolio) {
                Document done = ours(i, folder) && lastFolio == folio ? first.getNow(null) : null;
                return done != null ? done : typesetter.first(i, folder, lastFolio);
            }
        };
        this.services = new Services(files, early, plain.pdf(), plain.importer(), plain.pasteCleaner(), plain.home(), plain.sample(),
                plain.worker(), plain.ui());
    }

    /**
     * Called by the launcher before JavaFX starts: the issue folder named on the command line, or (null) the one the
     * window will open (the last issue, else the sample). Returns at once; the work runs on the layout thread.
     */
    public static void begin(Path dir) {
        // even making the services (fonts, template, classes) is not for the thread that goes on to start JavaFX
        CompletableFuture<EarlyStart> made = new CompletableFuture<>();
        pending = made;
        Thread t = new Thread(() -> {
            try {
                Services plain = AppServices.standard();
                Path target = dir;
                if (target == null) target = new RecentIssues(plain.home()).last();
                if (target == null && Files.isDirectory(plain.sample())) target = plain.sample();
                EarlyStart s = new EarlyStart(plain, target == null ? null : target.toAbsolutePath().normalize());
                started = s;
                made.complete(s);
                StartTrace.mark("early: services made");
                if (s.dir != null) plain.worker().execute(s::run);
            } catch (Throwable e) {
                made.completeExceptionally(e);
            }
        }, "paiban-early");
        t.setDaemon(true);
        t.start();
    }

    private static volatile CompletableFuture<EarlyStart> pending;

    private void run() {
        StartTrace.mark("early: loading " + dir);
        Issue i;
        try {
            i = plain.files().load(dir);
        } catch (Throwable e) {
            issue.completeExceptionally(e);
            first.completeExceptionally(e);
            whole.completeExceptionally(e);
            return;
        }
        issue.complete(i);
        StartTrace.mark("early: issue loaded");
        FolderTypesetting t = (FolderTypesetting) plain.typesetter();
        try {
            folio = FirstPages.folioInView(i);
            Document d = folio > 0 ? t.first(i, dir, folio) : null;
            if (d != null) first.complete(d);
            else first.completeExceptionally(new IllegalStateException("no first page"));
            StartTrace.mark("early: page " + folio + " typeset");
        } catch (RuntimeException e) {
            first.completeExceptionally(e);
        }
        try {
            // On two cores the whole issue would take the CPU the window needs to come up: first the page on screen.
            if (!shown.await(20, java.util.concurrent.TimeUnit.SECONDS)) StartTrace.mark("early: no window yet, going on");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            StartTrace.mark("early: typesetting the whole issue");
            whole.complete(t.apply(i, dir));
            StartTrace.mark("early: whole issue typeset");
        } catch (RuntimeException e) {
            whole.completeExceptionally(e);   // the window's own layout will say what went wrong
        }
    }

    private final Services plain;

    private boolean same(Path d) {
        return dir != null && d != null && dir.equals(d.toAbsolutePath().normalize());
    }

    private boolean ours(Issue i, Path folder) {
        return issue.isDone() && !issue.isCompletedExceptionally() && issue.getNow(null) == i && same(folder);
    }

    /** The window has shown its first page (or will show none of this start's): the rest of the issue may go on. */
    static void shown() {
        EarlyStart s = started;   // null: not begun, or failed
        if (s != null) s.shown.countDown();
    }

    /** The services the window uses: the early ones when the launcher began, else the plain ones. */
    public static Services services() {
        CompletableFuture<EarlyStart> p = pending;
        if (p != null) {
            try {
                return p.join().services;
            } catch (CompletionException e) {
                // the early start failed (it will fail here again, with the window to say why)
            }
        }
        return AppServices.standard();
    }

    /**
     * The first pages typeset here for {@code i} (the issue this start loaded, from {@code folder}) through
     * {@code lastFolio}, done or still coming; null when they are not this start's.
     */
    static CompletableFuture<Document> firstPages(Issue i, Path folder, int lastFolio) {
        EarlyStart s = started;
        if (s == null || !s.ours(i, folder)) return null;
        return s.first.thenApply(d -> {
            if (s.folio != lastFolio) throw new IllegalStateException("typeset through " + s.folio + ", not " + lastFolio);
            return d;
        });
    }
}
