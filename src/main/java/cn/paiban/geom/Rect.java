package cn.paiban.geom;

/** An axis-aligned rectangle in millipoints; y grows downwards from the top of the page, as a reader reads. */
public record Rect(int x, int y, int width, int height) {
    public Rect {
        if (width < 0 || height < 0) throw new IllegalArgumentException("negative size " + width + "x" + height);
    }

    public int right() { return x + width; }

    public int bottom() { return y + height; }

    public boolean contains(int px, int py) { return px >= x && px < right() && py >= y && py < bottom(); }

    public Rect inset(int by) { return new Rect(x + by, y + by, Math.max(0, width - 2 * by), Math.max(0, height - 2 * by)); }

    public Rect outset(int by) { return new Rect(x - by, y - by, width + 2 * by, height + 2 * by); }
}
