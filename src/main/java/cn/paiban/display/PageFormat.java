package cn.paiban.display;

/** Trim size and bleed of a page, in millipoints. */
public record PageFormat(int trimWidth, int trimHeight, int bleed) {
    public int mediaWidth() { return trimWidth + 2 * bleed; }

    public int mediaHeight() { return trimHeight + 2 * bleed; }
}
