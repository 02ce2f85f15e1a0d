package cn.paiban.font;

import java.nio.file.Path;

/**
 * One face of a font file: {@code index} is the face number inside a .ttc collection (0 for .ttf/.otf).
 * Identity is file + index, so a Face can key renderer caches.
 */
public record Face(String name, Path file, int index) {
    // equals and hashCode written out (the record's own values): the record's are made at their first call by
    // java.lang.runtime.ObjectMethods from method handles, ~30 classes spun on the export's main thread
    @Override
    public boolean equals(Object o) {
        return o instanceof Face f && index == f.index && java.util.Objects.equals(name, f.name) && java.util.Objects.equals(file, f.file);
    }

    @Override
    public int hashCode() { return (java.util.Objects.hashCode(name) * 31 + java.util.Objects.hashCode(file)) * 31 + index; }

    /** The OpenPDF/iText font name: "file.ttc,2" for a face of a collection. */
    public String pdfName() {
        String f = file.toAbsolutePath().toString();
        return f.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? f + "," + index : f;
    }
}
