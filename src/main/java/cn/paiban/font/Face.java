package cn.paiban.font;

import java.nio.file.Path;

/**
 * One face of a font file: {@code index} is the face number inside a .ttc collection (0 for .ttf/.otf).
 * Identity is file + index, so a Face can key renderer caches.
 */
public record Face(String name, Path file, int index) {
    /** The OpenPDF/iText font name: "file.ttc,2" for a face of a collection. */
    public String pdfName() {
        String f = file.toAbsolutePath().toString();
        return f.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? f + "," + index : f;
    }
}
