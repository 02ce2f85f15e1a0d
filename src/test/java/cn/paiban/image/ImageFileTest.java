package cn.paiban.image;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, finding 5: images decode fully and right, or are refused naming the file. */
class ImageFileTest {
    @TempDir
    Path dir;

    static byte[] jpeg(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    static BufferedImage noise(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(seed);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, r.nextInt(0x1000000));
        return img;
    }

    private ImageException refused(String name) {
        return assertThrows(ImageException.class, () -> ImageFile.decode(dir, name));
    }

    @Test
    void anAdobeCmykJpegIsReadAsItsInk() throws Exception {
        // made by ImageMagick: cmyk(225,135,55,0), stored as Adobe YCCK (APP14 transform 2), values inverted
        Files.copy(Path.of("src/test/resources/images/adobe-cmyk.jpg"), dir.resolve("c.jpg"));
        ImageFile.Pixels px = ImageFile.decode(dir, "c.jpg");
        assertTrue(px.info().cmykJpeg() && px.info().adobe());
        int[] want = {225, 135, 55, 0};
        for (int i = 0; i < 4; i++) assertEquals(want[i], px.cmyk()[i] & 0xff, 4, "channel " + i);
    }

    @Test
    void aTruncatedJpegIsRefusedNotPrintedGrey() throws Exception {
        byte[] whole = jpeg(noise(300, 200, 1));
        Files.write(dir.resolve("cut.jpg"), java.util.Arrays.copyOf(whole, whole.length / 2));
        ImageFile.probe(dir, "cut.jpg"); // the header still reads
        ImageException e = refused("cut.jpg");
        assertEquals("limits.image.undecodable", e.key());
        assertTrue(e.getMessage().contains("cut.jpg"), e.getMessage());
    }

    @Test
    void exifOrientationIsApplied() throws Exception {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) for (int x = 0; x < 40; x++) img.setRGB(x, y, x < 10 ? 0x0000ff : 0xff0000);
        Files.write(dir.resolve("phone.jpg"), withOrientation(jpeg(img), 6)); // "rotate 90° clockwise to view"
        ImageFile.Info info = ImageFile.probe(dir, "phone.jpg");
        assertEquals(6, info.orientation());
        assertEquals(20, info.width());
        assertEquals(40, info.height());
        BufferedImage up = ImageFile.decode(dir, "phone.jpg").rgb();
        assertEquals(20, up.getWidth());
        assertTrue((up.getRGB(10, 2) & 0xff) > 200, "the blue left edge is now the top");
        assertTrue(((up.getRGB(10, 37) >> 16) & 0xff) > 200, "red below");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
        Files.write(dir.resolve("bomb.png"), pngClaiming(20000, 20000));
        ImageException e = assertThrows(ImageException.class, () -> ImageFile.probe(dir, "bomb.png"));
        assertEquals("limits.image.too-many-pixels", e.key());
        assertTrue(e.getMessage().contains("20000") && e.getMessage().contains("bomb.png"), e.getMessage());
    }

    @Test
    void dataThatDoesNotDecodeIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(noise(64, 64, 2), "png", out);
        byte[] b = out.toByteArray();
        for (int i = 60; i < b.length - 20; i += 7) b[i] ^= 0x5a; // IDAT scrambled, header intact
        Files.write(dir.resolve("bad.png"), b);
        assertEquals("limits.image.undecodable", refused("bad.png").key());
        Files.write(dir.resolve("text.png"), "not an image".getBytes());
        refused("text.png");
    }

    @Test
    void onlyRegularFilesInsideTheFolderAreRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(noise(8, 8, 3), "png", out);
        Path outside = Files.write(dir.resolveSibling(dir.getFileName() + "-secret.png"), out.toByteArray());
        Path issue = Files.createDirectories(dir.resolve("issue/images"));
        Files.createSymbolicLink(issue.resolve("leak.png"), outside);
        ImageException link = assertThrows(ImageException.class, () -> ImageFile.decode(dir.resolve("issue"), "images/leak.png"));
        assertEquals("limits.image.not-regular", link.key());
        ImageException up = assertThrows(ImageException.class, () -> ImageFile.decode(dir.resolve("issue"), "../" + outside.getFileName()));
        assertTrue(up.key().equals("limits.image.outside") || up.key().equals("limits.image.missing"), up.key());
        Files.delete(outside);
    }

    @Test
    void theIccProfileIsDroppedForPdfX() throws Exception {
        byte[] b = Files.readAllBytes(Path.of("src/test/resources/images/adobe-cmyk.jpg"));
        byte[] icc = ByteBuffer.allocate(4 + 14 + 8).put(new byte[] {(byte) 0xff, (byte) 0xe2, 0, 24})
                .put("ICC_PROFILE\0\1\1".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).put(new byte[8]).array();
        byte[] with = new byte[b.length + icc.length];
        System.arraycopy(b, 0, with, 0, 2);
        System.arraycopy(icc, 0, with, 2, icc.length);
        System.arraycopy(b, 2, with, 2 + icc.length, b.length - 2);
        assertArrayEquals(b, ImageFile.withoutIccProfile(with));
    }

    /** A JPEG with an EXIF APP1 segment (big-endian TIFF, one IFD0 entry: Orientation) after its SOI. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .put(tiff.array()).array();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2).put((byte) 0xff).put((byte) 0xe1).putShort((short) (exif.length + 2)).put(exif)
                .put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A small valid PNG whose header claims {@code w} × {@code h} pixels. */
    static byte[] pngClaiming(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] b = out.toByteArray();
        ByteBuffer.wrap(b, 16, 8).putInt(w).putInt(h); // IHDR data starts at 16
        CRC32 crc = new CRC32();
        crc.update(b, 12, 17);
        ByteBuffer.wrap(b, 29, 4).putInt((int) crc.getValue());
        return b;
    }
}
