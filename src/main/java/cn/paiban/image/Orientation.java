package cn.paiban.image;

import java.awt.image.BufferedImage;

/** EXIF orientation (1 upright, 2 mirrored, 3 upside down, 4 flipped, 5–8 turned a quarter) made upright. */
final class Orientation {
    private Orientation() {}

    /** The source pixel (x, y) that lands on (dx, dy) of the upright image; {@code w}, {@code h}: the source's size. */
    private static int source(int o, int dx, int dy, int w, int h) {
        int sx, sy;
        switch (o) {
            case 2 -> { sx = w - 1 - dx; sy = dy; }
            case 3 -> { sx = w - 1 - dx; sy = h - 1 - dy; }
            case 4 -> { sx = dx; sy = h - 1 - dy; }
            case 5 -> { sx = dy; sy = dx; }
            case 6 -> { sx = dy; sy = h - 1 - dx; }
            case 7 -> { sx = w - 1 - dy; sy = h - 1 - dx; }
            case 8 -> { sx = w - 1 - dy; sy = dx; }
            default -> { sx = dx; sy = dy; }
        }
        return sy * w + sx;
    }

    static BufferedImage apply(BufferedImage img, int o) {
        if (o <= 1 || o > 8) return img;
        int w = img.getWidth(), h = img.getHeight();
        boolean swap = o >= 5;
        int ow = swap ? h : w, oh = swap ? w : h;
        int[] src = img.getRGB(0, 0, w, h, null, 0, w);
        int[] dst = new int[ow * oh];
        for (int y = 0; y < oh; y++) for (int x = 0; x < ow; x++) dst[y * ow + x] = src[source(o, x, y, w, h)];
        BufferedImage out = new BufferedImage(ow, oh, img.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, ow, oh, dst, 0, ow);
        return out;
    }

    static byte[] cmyk(byte[] src, int w, int h, int o) {
        if (o <= 1 || o > 8) return src;
        boolean swap = o >= 5;
        int ow = swap ? h : w, oh = swap ? w : h;
        byte[] dst = new byte[src.length];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                int s = source(o, x, y, w, h) * 4, d = (y * ow + x) * 4;
                System.arraycopy(src, s, dst, d, 4);
            }
        }
        return dst;
    }
}
