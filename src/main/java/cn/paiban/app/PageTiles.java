package cn.paiban.app;

import cn.paiban.display.Page;
import cn.paiban.render.image.ImageRenderer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The preview's pages as images: each page drawn once by Java2D ({@link ImageRenderer}, which walks the same display
 * list as the PDF renderer) in tiles of {@value #TILE} device pixels, and kept while the page's items stay the same.
 * A keystroke redraws only the tiles of the pages whose items changed; scrolling and repainting reuse the others.
 * (JavaFX's software renderer filled every glyph's outline on every paint: some 200 ms of CPU for a page; Java2D draws
 * a whole page at screen size in about 10 ms from its glyph cache, and a tile is then one blit.)
 *
 * <p>A tile is keyed by the page's content (its items, compared in full on the first use of a new page object), the
 * device scale and its place; at most {@link #BUDGET} pixels are kept, the least recently drawn going first. Tiles are
 * drawn at device pixels (the window's render scale), so text stays crisp at every zoom and on HiDPI screens. FX thread only.
 */
final class PageTiles {
    static final int TILE = 512;
    /** Pixels kept, about 100 MB as ARGB: two dozen pages in view at fit-page zoom, several screens at 400 %. */
    static final long BUDGET = 24L << 20;

    private record Key(int content, double scale, int tx, int ty) {}

    private static final class Tile {
        Page page;
        final WritableImage image;

        Tile(Page page, WritableImage image) {
            this.page = page;
            this.image = image;
        }
    }

    private ImageRenderer renderer;
    private final LinkedHashMap<Key, Tile> tiles = new LinkedHashMap<>(64, 0.75f, true);
    private long pixels;
    private final BufferedImage scratch = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_ARGB_PRE);
    private final int[] scratchPixels = ((DataBufferInt) scratch.getRaster().getDataBuffer()).getData();
    /** Content hashes of the page objects met, so that a page's items are hashed once, not for every tile and paint. */
    private final Map<Page, Integer> hashes = new IdentityHashMap<>();
    private long drawn;

    PageTiles(ImageRenderer renderer) {
        this.renderer = renderer;
    }

    /** Another renderer (another issue folder, whose images differ): every tile is drawn anew. */
    void setRenderer(ImageRenderer r) {
        renderer = r;
        tiles.clear();
        hashes.clear();
        pixels = 0;
    }

    /**
     * Draws {@code page}'s tiles that fall in the canvas area (0, 0)–({@code viewW}, {@code viewH}), the page's
     * top-left corner at ({@code left}, {@code top}) canvas pixels, {@code scale} pixels per point, on a screen of
     * {@code renderScale} device pixels per canvas pixel; {@code left} and {@code top} should be on the device grid.
     */
    void draw(GraphicsContext gc, Page page, double left, double top, double scale, double renderScale, double viewW, double viewH) {
        double ds = scale * renderScale;
        int pw = widthOf(page, ds), ph = heightOf(page, ds);
        long dl = Math.round(left * renderScale), dt = Math.round(top * renderScale);
        int tx0 = (int) Math.max(0, Math.floorDiv(-dl, TILE));
        int ty0 = (int) Math.max(0, Math.floorDiv(-dt, TILE));
        int tx1 = (int) Math.min((pw - 1) / TILE, Math.floorDiv((long) Math.ceil(viewW * renderScale) - 1 - dl, TILE));
        int ty1 = (int) Math.min((ph - 1) / TILE, Math.floorDiv((long) Math.ceil(viewH * renderScale) - 1 - dt, TILE));
        boolean smooth = gc.isImageSmoothing();
        gc.setImageSmoothing(false);   // one image pixel on one device pixel: nothing to smooth
        try {
            for (int ty = ty0; ty <= ty1; ty++) {
                for (int tx = tx0; tx <= tx1; tx++) {
                    WritableImage img = tile(page, ds, tx, ty);
                    gc.drawImage(img, (dl + (long) tx * TILE) / renderScale, (dt + (long) ty * TILE) / renderScale,
                            img.getWidth() / renderScale, img.getHeight() / renderScale);
                }
            }
        } finally {
            gc.setImageSmoothing(smooth);
        }
    }

    /** The tile ({@code tx}, {@code ty}) of {@code page} at {@code ds} device pixels per point: kept or drawn now. */
    WritableImage tile(Page page, double ds, int tx, int ty) {
        Key key = new Key(hash(page), ds, tx, ty);
        Tile t = tiles.get(key);
        if (t != null && (t.page == page || t.page.equals(page))) {
            t.page = page;   // the next paint finds this page object at once
            return t.image;
        }
        int w = Math.min(TILE, widthOf(page, ds) - tx * TILE);
        int h = Math.min(TILE, heightOf(page, ds) - ty * TILE);
        renderer.renderPart(page, ds, tx * TILE, ty * TILE, w, h, scratch);
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), scratchPixels, 0, TILE);
        drawn++;
        Tile old = tiles.put(key, new Tile(page, img));
        if (old != null) pixels -= area(old.image);
        pixels += (long) w * h;
        for (Iterator<Tile> it = tiles.values().iterator(); pixels > BUDGET && it.hasNext(); ) {
            Tile eldest = it.next();
            if (eldest.image == img) break;
            pixels -= area(eldest.image);
            it.remove();
        }
        return img;
    }

    /** Tiles drawn so far (for tests: a repaint with nothing changed draws none). */
    long drawnCount() { return drawn; }

    /** Pixels kept now. */
    long pixelsKept() { return pixels; }

    private int hash(Page page) {
        if (hashes.size() > 256) hashes.clear();   // page objects of layouts gone by (a few issues' worth kept, no more)
        return hashes.computeIfAbsent(page, Page::hashCode);
    }

    static int widthOf(Page page, double ds) { return Math.max(1, (int) Math.ceil(page.format().trimWidth() / 1000.0 * ds)); }

    static int heightOf(Page page, double ds) { return Math.max(1, (int) Math.ceil(page.format().trimHeight() / 1000.0 * ds)); }

    private static long area(WritableImage img) { return (long) img.getWidth() * (long) img.getHeight(); }
}
