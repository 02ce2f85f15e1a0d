package cn.paiban.image;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;

/**
 * RGB and grey pixels made CMYK through the print file's output intent (FOGRA39), one conversion for the issue's
 * images, the template pages' images and the cover: PDF/X-1a holds no RGB and no transparency, so alpha is
 * flattened onto paper white.
 */
public final class CmykPixels {
    private CmykPixels() {}

    /** The output intent's profile, a resource beside the PDF renderer that embeds it. */
    public static final String PROFILE = "/cn/paiban/render/pdf/FOGRA39L.icc";

    private static volatile ColorConvertOp op;

    /** sRGB → FOGRA39 CMYK, relative colorimetric, as the printer's RIP would do it. */
    private static ColorConvertOp op() throws IOException {
        ColorConvertOp o = op;
        if (o == null) {
            try (InputStream in = CmykPixels.class.getResourceAsStream(PROFILE)) {
                if (in == null) throw new IOException("no " + PROFILE + " in the program");
                ICC_Profile cmyk = ICC_Profile.getInstance(in);
                o = new ColorConvertOp(new ICC_Profile[] {ICC_Profile.getInstance(ColorSpace.CS_sRGB), cmyk}, null);
            }
            op = o;
        }
        return o;
    }

    /**
     * C, M, Y, K bytes (0 = no ink) of {@code argb} (0xAARRGGBB, alpha flattened onto white). Grey pixels
     * (R = G = B) print in black ink alone, so a grey photo or a black logo does not turn into four-colour grey.
     */
    public static byte[] fromArgb(int[] argb, int w, int h) throws IOException {
        byte[] rgb = new byte[w * h * 3];
        boolean allGrey = true;
        for (int i = 0, j = 0; i < argb.length; i++) {
            int p = argb[i], a = p >>> 24;
            int r = blend((p >> 16) & 0xff, a), g = blend((p >> 8) & 0xff, a), b = blend(p & 0xff, a);
            if (r != g || g != b) allGrey = false;
            rgb[j++] = (byte) r;
            rgb[j++] = (byte) g;
            rgb[j++] = (byte) b;
        }
        byte[] out = new byte[w * h * 4];
        if (allGrey) {
            for (int i = 0; i < w * h; i++) out[i * 4 + 3] = (byte) (255 - (rgb[i * 3] & 0xff));
            return out;
        }
        WritableRaster src = Raster.createWritableRaster(new PixelInterleavedSampleModel(DataBuffer.TYPE_BYTE, w, h, 3, 3 * w,
                new int[] {0, 1, 2}), new DataBufferByte(rgb, rgb.length), null);
        WritableRaster dst = Raster.createWritableRaster(new PixelInterleavedSampleModel(DataBuffer.TYPE_BYTE, w, h, 4, 4 * w,
                new int[] {0, 1, 2, 3}), new DataBufferByte(out, out.length), null);
        op().filter(src, dst);
        return out;
    }

    public static byte[] fromImage(BufferedImage img) throws IOException {
        int w = img.getWidth(), h = img.getHeight();
        return fromArgb(img.getRGB(0, 0, w, h, null, 0, w), w, h);
    }

    private static int blend(int channel, int alpha) {
        return alpha == 255 ? channel : (channel * alpha + 255 * (255 - alpha) + 127) / 255;
    }
}
