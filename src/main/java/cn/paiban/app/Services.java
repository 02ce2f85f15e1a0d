package cn.paiban.app;

import cn.paiban.display.Document;
import cn.paiban.io.IssueFormatException;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Everything the editor uses from the rest of Paiban, in one place, so that tests can run the window on
 * small fixtures and synchronous executors. {@link AppServices#standard} wires the real ones.
 */
public record Services(
        IssueFiles files,
        Function<Issue, LayoutResult> typesetter,
        PdfWriter pdf,
        TextImporter importer,
        UnaryOperator<String> pasteCleaner,
        Path home,
        Path sample,
        Executor worker,
        Executor ui) {

    /** Issue folders: load and atomic save. */
    public interface IssueFiles {
        Issue load(Path dir) throws IOException, IssueFormatException;

        void save(Issue issue, Path dir) throws IOException;
    }

    /** Writes a typeset document as PDF; {@code issueDir} resolves image paths; checks {@code cancelled} between pages. */
    public interface PdfWriter {
        void write(Document doc, Path issueDir, OutputStream out, Progress progress) throws IOException;

        /**
         * With the printer's options (PDF/X-1a, crop marks: {@code paiban export --pdfx --crop-marks}); returns what the
         * renderer warned of. A writer without options (a test's stand-in) writes as above and warns of nothing.
         */
        default java.util.List<String> write(Document doc, Path issueDir, cn.paiban.render.pdf.PdfOptions options, OutputStream out,
                Progress progress) throws IOException {
            write(doc, issueDir, out, progress);
            return java.util.List.of();
        }
    }

    /** Progress of a long job: pages done of total; {@link #cancelled} asks the job to stop. */
    public interface Progress {
        void update(int done, int total);

        boolean cancelled();
    }

    /** Imports the plain text of a printed issue into a new issue; {@code warnings} hears an unsure encoding guess. */
    public interface TextImporter {
        Issue importText(Path textFile, java.util.function.Consumer<String> warnings) throws IOException;
    }
}
