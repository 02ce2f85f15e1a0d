package cn.paiban.app;

import cn.paiban.files.AtomicWrite;
import cn.paiban.display.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

/**
 * Writes the PDF: renders into memory, then writes beside the target and moves it into place, so a
 * cancelled or failed export never leaves half a file where the old one was.
 */
public final class ExportJob {
    private ExportJob() {}

    public static void export(Services.PdfWriter pdf, Document doc, Path issueDir, Path target, Services.Progress progress)
            throws IOException {
        export(pdf, doc, issueDir, cn.paiban.render.pdf.PdfOptions.DEFAULT, target, progress);
    }

    /** As above with the printer's options; returns the renderer's warnings (an image it could not read…). */
    public static java.util.List<String> export(Services.PdfWriter pdf, Document doc, Path issueDir,
            cn.paiban.render.pdf.PdfOptions options, Path target, Services.Progress progress) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 20);
        java.util.List<String> warnings = pdf.write(doc, issueDir, options, buf, progress);
        if (progress.cancelled()) throw new CancellationException("export cancelled");
        AtomicWrite.write(target, buf.toByteArray());
        return warnings;
    }
}
