package cn.paiban.render.pdf;

import java.nio.file.Path;

/**
 * How to write the PDF. {@code pdfx}: PDF/X-1a:2001 with an output intent; {@code cropMarks}: trim marks
 * outside the bleed (the media box grows to hold them); {@code imageDir}: the folder that the display
 * list's image paths are relative to (the issue folder), null when there is none.
 */
public record PdfOptions(boolean pdfx, boolean cropMarks, Path imageDir) {
    public static final PdfOptions DEFAULT = new PdfOptions(false, false, null);

    public PdfOptions withPdfx(boolean on) { return new PdfOptions(on, cropMarks, imageDir); }

    public PdfOptions withCropMarks(boolean on) { return new PdfOptions(pdfx, on, imageDir); }

    public PdfOptions withImageDir(Path dir) { return new PdfOptions(pdfx, cropMarks, dir); }
}
