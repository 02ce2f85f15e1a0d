package cn.paiban.display;

import cn.paiban.font.Face;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the PDF renderer places for a foreign page: a finished PDF document, or a {@link Painter} that draws the
 * page straight into the PDF being written, so that its text goes through that file's fonts and every face is
 * embedded once, however many pages and which renderer drew them. A painted page still has a stand-alone PDF
 * (for tests and tools), made only when first asked for.
 */
public final class ForeignPdf {
    /** Draws one foreign page into the PDF being written. */
    public interface Painter {
        /** The faces the page draws with; the renderer prepares them (embedded, subset, reproducible names) first. */
        List<Face> faces();

        /** The page's width and height in millipoints: the renderer scales it from this size into the item's rect. */
        int width();

        int height();

        /**
         * Draws the page on {@code canvas}, the PDF renderer's drawing surface (an OpenPDF PdfContentByte) with the
         * origin at the page's lower-left corner and the unit one point; what it cannot draw as asked goes to
         * {@code problems}.
         */
        void paint(Object canvas, List<String> problems);
    }

    private final Painter painter;
    private Supplier<byte[]> make;
    private volatile byte[] bytes;

    private ForeignPdf(Painter painter, Supplier<byte[]> make, byte[] bytes) {
        this.painter = painter;
        this.make = make;
        this.bytes = bytes;
    }

    /** A finished PDF document. */
    public static ForeignPdf of(byte[] pdf) { return new ForeignPdf(null, null, pdf); }

    /** A page drawn by {@code painter}; {@code standalone} makes the same page as a PDF of its own on first use. */
    public static ForeignPdf painted(Painter painter, Supplier<byte[]> standalone) {
        return new ForeignPdf(painter, standalone, null);
    }

    /** The painter, or null when the page is only a finished document. */
    public Painter painter() { return painter; }

    /** The page as a stand-alone PDF document (made on first use for a painted page). */
    public byte[] bytes() {
        byte[] b = bytes;
        if (b != null || make == null) return b;
        synchronized (this) {
            if (bytes == null && make != null) {
                bytes = make.get();
                make = null;
            }
            return bytes;
        }
    }
}
