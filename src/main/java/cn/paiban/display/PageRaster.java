package cn.paiban.display;

import java.util.function.Supplier;

/**
 * The screen image of a foreign page, made only when a screen or PNG renderer first asks: encoding a
 * 192 dpi PNG is about half the cost of a front-matter page, and a PDF export never looks at it.
 */
public final class PageRaster {
    private Supplier<byte[]> source;
    private volatile byte[] png;

    private PageRaster(Supplier<byte[]> source, byte[] png) {
        this.source = source;
        this.png = png;
    }

    public static PageRaster of(byte[] png) { return new PageRaster(null, png); }

    /** Computed once, on first use, by whichever thread asks first. */
    public static PageRaster lazy(Supplier<byte[]> source) { return new PageRaster(source, null); }

    /** The PNG bytes, or null where the page has no raster. */
    public byte[] png() {
        byte[] p = png;
        if (p != null) return p;
        synchronized (this) {
            if (png == null && source != null) {
                png = source.get();
                source = null;
            }
            return png;
        }
    }
}
