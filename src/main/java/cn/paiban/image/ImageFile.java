package cn.paiban.image;

import cn.paiban.files.FolderFiles;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The one way Paiban reads an image file of an issue, for the layout, the preflight and every renderer: only a
 * regular file inside the issue folder; its pixel size bounded before anything is decoded (a 20000×20000
 * decompression bomb is refused from its header, in milliseconds); decoded fully or refused (a truncated JPEG
 * used to print 90 % grey); EXIF orientation applied (a phone photo prints upright); CMYK JPEGs, including
 * Adobe's inverted ones (APP14), read as CMYK.
 */
public final class ImageFile {
    /** Pixels an image may have: a full A3 page at 300 ppi is 17 million; 40 million decode in well under 1 GB. */
    public static final long MAX_PIXELS = 40_000_000L;
    /** Bytes an image file may have. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    public enum Colour { GREY, RGB, CMYK }

    /**
     * What the header says. {@code width} and {@code height} are as printed, after the EXIF orientation
     * (1 upright … 8); {@code adobe}: an Adobe APP14 marker, whose CMYK values are stored inverted.
     */
    public record Info(Path file, String format, int width, int height, int orientation, Colour colour, boolean adobe,
                       int adobeTransform) {
        public boolean cmykJpeg() { return colour == Colour.CMYK && format.equals("jpeg"); }
    }

    private ImageFile() {}

    /** Reads the header of {@code name} (relative to {@code folder}, may be null), never the pixels. */
    public static Info probe(Path folder, String name) throws ImageException {
        Path f = FolderFiles.resolve(folder, name);
        switch (FolderFiles.check(folder, f)) {
            case MISSING -> throw new ImageException("limits.image.missing", name);
            case OUTSIDE -> throw new ImageException("limits.image.outside", name);
            case LINK, NOT_REGULAR -> throw new ImageException("limits.image.not-regular", name);
            case OK -> { }
        }
        try {
            long size = Files.size(f);
            if (size > MAX_BYTES) throw new ImageException("limits.image.too-many-bytes", name, size / (1024 * 1024));
            byte[] head = readHead(f);
            JpegMarkers jpeg = JpegMarkers.isJpeg(head) ? JpegMarkers.scan(head) : null;
            try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
                Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
                if (readers == null || !readers.hasNext()) throw new ImageException("limits.image.unknown-format", name);
                ImageReader r = readers.next();
                try {
                    r.setInput(in, true, true);
                    int w = r.getWidth(0), h = r.getHeight(0);
                    if (w <= 0 || h <= 0) throw new ImageException("limits.image.undecodable", name, "0 × 0");
                    if ((long) w * h > MAX_PIXELS) {
                        throw new ImageException("limits.image.too-many-pixels", name, w, h, MAX_PIXELS / 1_000_000);
                    }
                    String format = r.getFormatName().toLowerCase(java.util.Locale.ROOT);
                    if (format.equals("jpg")) format = "jpeg";
                    int orientation = jpeg == null ? 1 : jpeg.orientation();
                    boolean swap = orientation >= 5 && orientation <= 8;
                    Colour colour = jpeg != null ? (jpeg.components() == 4 ? Colour.CMYK
                            : jpeg.components() == 1 ? Colour.GREY : Colour.RGB) : colourOf(r);
                    return new Info(f, format, swap ? h : w, swap ? w : h, orientation, colour,
                            jpeg != null && jpeg.adobe(), jpeg == null ? -1 : jpeg.adobeTransform());
                } finally {
                    r.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageException("limits.image.undecodable", name, reason(e));
        }
    }

    private static Colour colourOf(ImageReader r) throws IOException {
        var types = r.getImageTypes(0);
        if (types != null && types.hasNext()) {
            var t = types.next();
            int n = t.getColorModel().getColorSpace().getNumComponents();
            return n == 1 ? Colour.GREY : n == 4 ? Colour.CMYK : Colour.RGB;
        }
        return Colour.RGB;
    }

    private static byte[] readHead(Path f) throws IOException {
        try (var in = Files.newInputStream(f)) {
            return in.readNBytes(256 * 1024);
        }
    }

    /** A decoded image: RGB or grey pixels as printed (orientation applied), or, for a CMYK JPEG, its ink values. */
    public record Pixels(Info info, BufferedImage rgb, byte[] cmyk) {}

    /**
     * Decodes the whole image or refuses it. A CMYK JPEG comes back as {@code cmyk} (C, M, Y, K per pixel, 0 =
     * no ink) and as an RGB approximation for screens; everything else as RGB (or grey) with its alpha.
     */
    public static Pixels decode(Path folder, String name) throws ImageException {
        Info info = probe(folder, name);
        try {
            byte[] bytes = Files.readAllBytes(info.file());
            if (info.cmykJpeg()) {
                Raster raster = readStrict(bytes, true, name).raster();
                byte[] cmyk = JpegMarkers.cmyk(raster, info.adobe(), info.adobeTransform());
                int w = raster.getWidth(), h = raster.getHeight();
                cmyk = Orientation.cmyk(cmyk, w, h, info.orientation());
                return new Pixels(info, JpegMarkers.cmykToRgb(cmyk, info.width(), info.height()), cmyk);
            }
            BufferedImage img = readStrict(bytes, false, name).image();
            return new Pixels(info, Orientation.apply(img, info.orientation()), null);
        } catch (IOException | RuntimeException e) {
            throw new ImageException("limits.image.undecodable", name, reason(e));
        }
    }

    private record Read(BufferedImage image, Raster raster) {}

    /** Decodes with every reader warning an error: a truncated JPEG is "Premature end of JPEG file", not grey. */
    private static Read readStrict(byte[] bytes, boolean raster, String name) throws IOException, ImageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new ImageException("limits.image.unknown-format", name);
            ImageReader r = readers.next();
            String[] warning = new String[1];
            r.addIIOReadWarningListener((src, message) -> {
                if (warning[0] == null) warning[0] = message;
            });
            try {
                r.setInput(in, true, true);
                Read out = raster ? new Read(null, r.readRaster(0, null)) : new Read(r.read(0), null);
                if (warning[0] != null) throw new ImageException("limits.image.undecodable", name, warning[0]);
                return out;
            } finally {
                r.dispose();
            }
        }
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private record Stamp(Path file, long size, long modified) {}

    private static final Map<Stamp, String> VERIFIED = new ConcurrentHashMap<>();

    /**
     * Null when {@code name} decodes fully, else why not; remembered per file, size and modification time, so the
     * editor's preflight decodes each image once.
     */
    public static String problem(Path folder, String name) {
        Path f = FolderFiles.resolve(folder, name);
        Stamp stamp;
        try {
            stamp = f == null ? null : new Stamp(f.toAbsolutePath(), Files.size(f), Files.getLastModifiedTime(f).toMillis());
        } catch (IOException e) {
            stamp = null;
        }
        if (stamp != null) {
            String known = VERIFIED.get(stamp);
            if (known != null) return known.isEmpty() ? null : known;
        }
        String p;
        try {
            decode(folder, name);
            p = null;
        } catch (ImageException e) {
            p = e.getMessage();
        }
        if (stamp != null) {
            if (VERIFIED.size() > 10_000) VERIFIED.clear();
            VERIFIED.put(stamp, p == null ? "" : p);
        }
        return p;
    }


    /** A JPEG's bytes without its APP2 ICC_PROFILE segments (an embedded profile would make an ICCBased space). */
    public static byte[] withoutIccProfile(byte[] b) {
        if (!JpegMarkers.isJpeg(b)) return b;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
        out.write(b, 0, 2);
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xff) == 0xff) {
            int m = b[i + 1] & 0xff;
            if (m == 0xda) break; // image data follows: copy the rest
            int len = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
            if (len < 2 || i + 2 + len > b.length) break;
            boolean icc = m == 0xe2 && len >= 14 && new String(b, i + 4, 11, java.nio.charset.StandardCharsets.US_ASCII)
                    .equals("ICC_PROFILE");
            if (!icc) out.write(b, i, 2 + len);
            i += 2 + len;
        }
        out.write(b, i, b.length - i);
        return out.toByteArray();
    }
}
