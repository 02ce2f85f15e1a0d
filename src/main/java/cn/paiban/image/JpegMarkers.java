package cn.paiban.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * What ImageIO does not tell about a JPEG, read from its markers: the number of components (4: CMYK or YCCK),
 * Adobe's APP14 marker (whose CMYK is stored inverted, and whose transform 2 means YCCK) and the EXIF orientation.
 */
record JpegMarkers(int components, boolean adobe, int adobeTransform, int orientation) {
    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8;
    }

    /** Scans the markers before the image data; what is cut off or malformed is left at its default. */
    static JpegMarkers scan(byte[] b) {
        int components = 3, transform = -1, orientation = 1;
        boolean adobe = false;
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xff) != 0xff) break;
            int m = b[i + 1] & 0xff;
            if (m == 0xff) { i++; continue; }
            if (m == 0xd8 || m == 0x01 || (m >= 0xd0 && m <= 0xd7)) { i += 2; continue; }
            if (m == 0xda || m == 0xd9) break;
            int len = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
            int d = i + 4, end = Math.min(b.length, i + 2 + len);
            if (len < 2) break;
            if (m >= 0xc0 && m <= 0xcf && m != 0xc4 && m != 0xc8 && m != 0xcc && d + 5 < end) {
                components = b[d + 5] & 0xff;
            } else if (m == 0xee && end - d >= 12 && new String(b, d, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("Adobe")) {
                adobe = true;
                transform = b[d + 11] & 0xff;
            } else if (m == 0xe1 && end - d >= 14 && b[d] == 'E' && b[d + 1] == 'x' && b[d + 2] == 'i' && b[d + 3] == 'f') {
                orientation = exifOrientation(b, d + 6, end);
            }
            i += 2 + len;
        }
        return new JpegMarkers(components, adobe, transform, orientation);
    }

    private static int exifOrientation(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) return 1;
        boolean little = b[tiff] == 'I';
        int ifd = tiff + u32(b, tiff + 4, little);
        if (ifd < tiff || ifd + 2 > end) return 1;
        int n = u16(b, ifd, little);
        for (int k = 0; k < n; k++) {
            int e = ifd + 2 + 12 * k;
            if (e + 12 > end) break;
            if (u16(b, e, little) == 0x0112) {
                int v = u16(b, e + 8, little);
                return v >= 1 && v <= 8 ? v : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int i, boolean little) {
        return little ? (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 : (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    private static int u32(byte[] b, int i, boolean little) {
        return little ? u16(b, i, true) | u16(b, i + 2, true) << 16 : u16(b, i, false) << 16 | u16(b, i + 2, false);
    }

    /**
     * The ink values (C, M, Y, K; 0 = no ink) of a four-component JPEG's raw raster. YCCK (Adobe transform 2) is
     * first turned back into CMYK as libjpeg does; Adobe's CMYK is stored inverted (255 = no ink).
     */
    static byte[] cmyk(Raster r, boolean adobe, int transform) {
        int w = r.getWidth(), h = r.getHeight();
        byte[] out = new byte[w * h * 4];
        int[] px = new int[4];
        int i = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.getPixel(x + r.getMinX(), y + r.getMinY(), px);
                int c = px[0], m = px[1], ye = px[2], k = px[3];
                if (transform == 2) {
                    double yy = px[0], cb = px[1] - 128, cr = px[2] - 128;
                    c = 255 - clamp(yy + 1.402 * cr);
                    m = 255 - clamp(yy - 0.344136 * cb - 0.714136 * cr);
                    ye = 255 - clamp(yy + 1.772 * cb);
                }
                if (adobe) {
                    c = 255 - c;
                    m = 255 - m;
                    ye = 255 - ye;
                    k = 255 - k;
                }
                out[i++] = (byte) c;
                out[i++] = (byte) m;
                out[i++] = (byte) ye;
                out[i++] = (byte) k;
            }
        }
        return out;
    }

    private static int clamp(double v) { return v < 0 ? 0 : v > 255 ? 255 : (int) Math.round(v); }

    /** For screens and PNG proofs: R = (1 − C)(1 − K) and so on; the PDF keeps the CMYK itself. */
    static BufferedImage cmykToRgb(byte[] cmyk, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0, i = 0; y < h; y++) {
            for (int x = 0; x < w; x++, i += 4) {
                int k = 255 - (cmyk[i + 3] & 0xff);
                int r = (255 - (cmyk[i] & 0xff)) * k / 255, g = (255 - (cmyk[i + 1] & 0xff)) * k / 255,
                        b = (255 - (cmyk[i + 2] & 0xff)) * k / 255;
                row[x] = r << 16 | g << 8 | b;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }
}
