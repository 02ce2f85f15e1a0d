package cn.paiban.app;

import cn.paiban.display.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;

/**
 * Writes the PDF: renders into memory, then writes beside the target and moves it into place, so a
 * cancelled or failed export never leaves half a file where the old one was.
 */
public final class ExportJob {
    private ExportJob() {}

    public static void export(Services.PdfWriter pdf, Document doc, Path issueDir, Path target, Services.Progress progress)
            throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 20);
        pdf.write(doc, issueDir, buf, progress);
        if (progress.cancelled()) throw new CancellationException("export cancelled");
        Path abs = target.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".part");
        Files.write(tmp, buf.toByteArray());
        try {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
