package cn.paiban.render.pdf;

import cn.paiban.image.CmykPixels;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * RGB and grey pixels made CMYK through the output intent's profile (FOGRA39, the one {@link PdfMetadata} embeds),
 * so that a PDF/X-1a file holds no RGB: issue images, and the images inside template and cover pages that Flying
 * Saucer embedded as RGB with a soft mask. PDF/X-1a has no transparency, so alpha is flattened onto paper white.
 */
public final class CmykImages {
    private CmykImages() {}

    static byte[] fromArgb(int[] argb, int w, int h) throws IOException { return CmykPixels.fromArgb(argb, w, h); }

    static byte[] fromImage(BufferedImage img) throws IOException { return CmykPixels.fromImage(img); }

    /**
     * Makes every image of a foreign page (and of its forms) CMYK in place; what cannot be converted is added to
     * {@code problems}. Grey images without a soft mask are left as they are (PDF/X-1a allows DeviceGray).
     */
    static void convert(PdfDictionary resources, List<String> problems, Set<PdfObject> done, int depth) {
        if (resources == null || depth > 8) return;
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        if (xobjects == null) return;
        for (PdfName key : xobjects.getKeys()) {
            PdfObject o = PdfReader.getPdfObject(xobjects.get(key));
            if (!(o instanceof PRStream x) || !done.add(x)) continue;
            if (PdfName.IMAGE.equals(x.getAsName(PdfName.SUBTYPE))) {
                try {
                    String why = image(x);
                    if (why != null) problems.add(cn.paiban.i18n.Msg.get("pdf.image-problem", key, why));
                } catch (IOException | RuntimeException e) {
                    problems.add(cn.paiban.i18n.Msg.get("pdf.image-not-cmyk", key, String.valueOf(e.getMessage())));
                }
            } else if (PdfName.FORM.equals(x.getAsName(PdfName.SUBTYPE))) {
                convert(x.getAsDict(PdfName.RESOURCES), problems, done, depth + 1);
            }
        }
    }

    /** One image XObject made DeviceCMYK; null when done (or nothing to do), else why not. */
    private static String image(PRStream x) throws IOException {
        PdfObject cs = PdfReader.getPdfObject(x.get(PdfName.COLORSPACE));
        boolean masked = x.get(PdfName.SMASK) != null;
        if (PdfName.DEVICECMYK.equals(cs) && !masked) return null;
        if (PdfName.DEVICEGRAY.equals(cs) && !masked) return null;
        if (x.get(PdfName.IMAGEMASK) != null && x.getAsBoolean(PdfName.IMAGEMASK) != null
                && x.getAsBoolean(PdfName.IMAGEMASK).booleanValue()) return null;
        int w = x.getAsNumber(PdfName.WIDTH).intValue(), h = x.getAsNumber(PdfName.HEIGHT).intValue();
        if ((long) w * h > 40_000_000L) return cn.paiban.i18n.Msg.get("pdf.image.too-large", w, h);
        int[] argb = new int[w * h];
        PdfObject filter = PdfReader.getPdfObject(x.get(PdfName.FILTER));
        boolean dct = PdfName.DCTDECODE.equals(filter)
                || (filter instanceof PdfArray a && a.size() == 1 && PdfName.DCTDECODE.equals(a.getPdfObject(0)));
        if (dct) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(PdfReader.getStreamBytesRaw(x)));
            if (img == null || img.getWidth() != w || img.getHeight() != h) return cn.paiban.i18n.Msg.get("pdf.image.bad-jpeg");
            img.getRGB(0, 0, w, h, argb, 0, w);
        } else {
            PdfNumber bpcN = x.getAsNumber(PdfName.BITSPERCOMPONENT);
            int bpc = bpcN == null ? 8 : bpcN.intValue();
            byte[] data = PdfReader.getStreamBytes(x);
            if (!pixels(cs, bpc, data, w, h, argb)) return cn.paiban.i18n.Msg.get("pdf.image.colour-space", String.valueOf(cs), bpc);
        }
        if (masked) {
            PdfObject m = PdfReader.getPdfObject(x.get(PdfName.SMASK));
            if (m instanceof PRStream mask) {
                int mw = mask.getAsNumber(PdfName.WIDTH).intValue(), mh = mask.getAsNumber(PdfName.HEIGHT).intValue();
                PdfNumber mb = mask.getAsNumber(PdfName.BITSPERCOMPONENT);
                byte[] alpha = PdfReader.getStreamBytes(mask);
                if (mw == w && mh == h && (mb == null || mb.intValue() == 8) && alpha.length >= w * h) {
                    for (int i = 0; i < argb.length; i++) argb[i] = (argb[i] & 0xffffff) | (alpha[i] & 0xff) << 24;
                }
            }
        }
        byte[] cmyk = fromArgb(argb, w, h);
        x.setData(cmyk, true);
        x.put(PdfName.COLORSPACE, PdfName.DEVICECMYK);
        x.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
        x.remove(PdfName.SMASK);
        x.remove(PdfName.DECODEPARMS);
        x.remove(PdfName.DECODE);
        x.remove(new PdfName("SMaskInData"));
        return null;
    }

    /** Unpacks 8-bit RGB or grey, ICCBased with 1 or 3 components, and Indexed (1–8 bits) over RGB or grey. */
    private static boolean pixels(PdfObject cs, int bpc, byte[] data, int w, int h, int[] argb) {
        int n = components(cs);
        if (n == 1 || n == 3) {
            if (bpc != 8 || data.length < w * h * n) return false;
            for (int i = 0; i < w * h; i++) {
                int r = data[i * n] & 0xff, g = n == 3 ? data[i * n + 1] & 0xff : r, b = n == 3 ? data[i * n + 2] & 0xff : r;
                argb[i] = 0xff000000 | r << 16 | g << 8 | b;
            }
            return true;
        }
        if (cs instanceof PdfArray a && a.size() == 4 && PdfName.INDEXED.equals(a.getPdfObject(0))) {
            int baseN = components(PdfReader.getPdfObject(a.getPdfObject(1)));
            PdfObject lookupObj = PdfReader.getPdfObject(a.getPdfObject(3));
            byte[] lookup;
            try {
                lookup = lookupObj instanceof PRStream ls ? PdfReader.getStreamBytes(ls)
                        : lookupObj.isString() ? ((com.lowagie.text.pdf.PdfString) lookupObj).getOriginalBytes() : null;
            } catch (IOException e) {
                return false;
            }
            if (lookup == null || (baseN != 1 && baseN != 3) || bpc > 8) return false;
            int rowBytes = (w * bpc + 7) / 8;
            if (data.length < rowBytes * h) return false;
            for (int y = 0; y < h; y++) {
                for (int xx = 0; xx < w; xx++) {
                    int bit = xx * bpc;
                    int v = ((data[y * rowBytes + bit / 8] & 0xff) >> (8 - bpc - bit % 8)) & ((1 << bpc) - 1);
                    int o = v * baseN;
                    int r = o < lookup.length ? lookup[o] & 0xff : 0;
                    int g = baseN == 3 && o + 1 < lookup.length ? lookup[o + 1] & 0xff : r;
                    int b = baseN == 3 && o + 2 < lookup.length ? lookup[o + 2] & 0xff : r;
                    argb[y * w + xx] = 0xff000000 | r << 16 | g << 8 | b;
                }
            }
            return true;
        }
        return false;
    }

    private static int components(PdfObject cs) {
        if (PdfName.DEVICERGB.equals(cs) || PdfName.CALRGB.equals(cs)) return 3;
        if (PdfName.DEVICEGRAY.equals(cs) || PdfName.CALGRAY.equals(cs)) return 1;
        if (cs instanceof PdfArray a && a.size() >= 2 && PdfName.ICCBASED.equals(a.getPdfObject(0))) {
            PdfObject s = PdfReader.getPdfObject(a.getPdfObject(1));
            if (s instanceof PdfDictionary d && d.getAsNumber(PdfName.N) != null) return d.getAsNumber(PdfName.N).intValue();
        }
        if (cs instanceof PdfArray a && a.size() >= 2 && (PdfName.CALRGB.equals(a.getPdfObject(0)))) return 3;
        if (cs instanceof PdfArray a && a.size() >= 2 && (PdfName.CALGRAY.equals(a.getPdfObject(0)))) return 1;
        return -1;
    }

    /**
     * A whole PDF (the cover, made by Flying Saucer) with its page colours and images made CMYK; what could not
     * be is added to {@code problems}.
     */
    public static byte[] pdf(byte[] pdf, List<String> problems) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        Set<PdfObject> done = new HashSet<>();
        for (int n = 1; n <= reader.getNumberOfPages(); n++) {
            reader.setPageContent(n, CmykContent.convert(reader.getPageContent(n), problems));
            convert(reader.getPageN(n).getAsDict(PdfName.RESOURCES), problems, done, 0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfStamper stamper = new PdfStamper(reader, out);
            stamper.close();
        } catch (com.lowagie.text.DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        reader.close();
        return out.toByteArray();
    }
}
