package cn.paiban.app;

import cn.paiban.trace.StartTrace;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.io.plaintext.ImportException;
import cn.paiban.io.plaintext.PlainTextImporter;
import cn.paiban.model.Issue;
import cn.paiban.render.pdf.PdfOptions;
import cn.paiban.render.pdf.PdfRenderer;
import cn.paiban.typeset.Typesetter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/** The real services: issue files, the typesetter over the project's fonts and template, one layout thread. */
public final class AppServices {
    private AppServices() {}

    /** The one background thread for layout and export: a daemon, so a closing window is never held open. */
    public static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "paiban-layout");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The proofreading checks' thread (a daemon): each check starts a second after it is asked for, so typing (keys
     * less than a second apart) asks once, when it pauses (the panel drops a check a newer layout made stale): a check of
     * the whole issue costs some 20–40 ms of CPU and compiling, which on two cores the next keystroke's page waited for.
     */
    public static java.util.concurrent.Executor checker() {
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "paiban-checks");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        return job -> one.execute(() -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            job.run();
        });
    }

    public static Services standard() {
        Path root = ProjectFiles.root();
        FontBook fonts = FontBook.standard();
        StartTrace.mark("FontBook.standard");
        String prop = System.getProperty("paiban.template");
        Typesetter typesetter = new Typesetter(fonts, prop != null ? Path.of(prop) : root.resolve("templates").resolve("shuozhou-jingji"));
        Services.IssueFiles files = new Services.IssueFiles() {
            @Override
            public Issue load(Path dir) throws IOException, cn.paiban.io.IssueFormatException {
                return IssueStore.load(dir);
            }

            @Override
            public void save(Issue issue, Path dir) throws IOException {
                IssueStore.save(issue, dir);
            }
        };
        Services.PdfWriter pdf = pdfWriter(fonts);
        Services.TextImporter importer = (file, warnings) -> {
            try {
                PlainTextImporter.Result r = PlainTextImporter.importFile(file);
                if (r.unsureEncoding() != null) warnings.accept(r.unsureEncoding());
                return r.issue();
            } catch (ImportException e) {
                throw new IOException(e.getMessage(), e);
            }
        };
        return new Services(files, typesetting(typesetter), pdf, importer, PasteCleaner::clean, home(),
                root.resolve("samples").resolve("shuozhou-jingji-2023-04"), worker(), Platform::runLater);
    }

    /** The typesetter as the editor calls it: the document carries the issue's date, so its PDF is reproducible. */
    public static FolderTypesetting typesetting(Typesetter typesetter) {
        // the one validation of export, preflight and render: what blocks the CLI's export blocks the editor's
        return new FolderTypesetting() {
            @Override
            public cn.paiban.layout.LayoutResult apply(Issue issue, Path folder) {
                StartTrace.mark("typeset start");
                var r = cn.paiban.typeset.Preflight.typeset(typesetter, issue, folder);
                StartTrace.mark("typeset done");
                return r;
            }

            @Override
            public java.util.List<cn.paiban.layout.StoryLength> measure(Issue issue, Path folder) {
                return typesetter.measure(issue, folder);
            }

            @Override
            public cn.paiban.display.Document first(Issue issue, Path folder, int lastFolio) {
                return typesetter.typesetThrough(issue, folder, lastFolio);
            }
        };
    }

    /** The PDF renderer behind the export: the same one as {@code paiban export}, with the image folder of the issue. */
    public static Services.PdfWriter pdfWriter(FontBook fonts) {
        PdfRenderer renderer = new PdfRenderer(fonts);
        return new Services.PdfWriter() {
            @Override
            public void write(cn.paiban.display.Document doc, Path dir, java.io.OutputStream out, Services.Progress progress)
                    throws java.io.IOException {
                write(doc, dir, PdfOptions.DEFAULT, out, progress);
            }

            @Override
            public java.util.List<String> write(cn.paiban.display.Document doc, Path dir, PdfOptions options,
                    java.io.OutputStream out, Services.Progress progress) throws java.io.IOException {
                int total = doc.pages().size();
                return renderer.render(doc, options.withImageDir(dir), out, page -> {
                    // The renderer has no way to stop; a cancelled export stops at the next page by failing.
                    if (progress.cancelled()) throw new java.util.concurrent.CancellationException("export cancelled");
                    progress.update(page + 1, total);
                }).warnings();
            }
        };
    }

    /** Where the editor keeps recent issues and the recovery copy: -Dpaiban.home, else ~/.paiban. */
    public static Path home() {
        String p = System.getProperty("paiban.home");
        return p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".paiban");
    }

    /** The Paiban checkout or install: the folder with templates/ and samples/, found like fonts/. */
    static final class ProjectFiles {
        private ProjectFiles() {}

        static Path root() {
            Path fonts = cn.paiban.font.FontFiles.directory();
            Path up = fonts.toAbsolutePath().getParent();
            return up != null && Files.isDirectory(up) ? up : Path.of("").toAbsolutePath();
        }
    }
}
