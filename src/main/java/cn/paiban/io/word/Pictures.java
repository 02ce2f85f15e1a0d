package cn.paiban.io.word;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Pictures Paiban cannot place as they are (GIF, BMP, EMF, WMF) turned into PNG where that can be done. */
final class Pictures {
    private Pictures() {}

    /** Largest side of a converted metafile, in pixels (about 300 dpi over a column width). */
    static final int METAFILE_PX = 1600;

    static byte[] toPng(byte[] data) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(data));
            return img == null ? null : png(img);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** An EMF or WMF drawn by POI's renderers; null when it cannot be drawn (then the caller sets a placeholder). */
    static byte[] metafileToPng(byte[] data, String ext) {
        try {
            Dimension2D size;
            java.util.function.BiConsumer<Graphics2D, Rectangle2D> draw;
            if (ext.equals("emf")) {
                var pic = new org.apache.poi.hemf.usermodel.HemfPicture(new ByteArrayInputStream(data));
                size = pic.getSize();
                draw = pic::draw;
            } else {
                var pic = new org.apache.poi.hwmf.usermodel.HwmfPicture(new ByteArrayInputStream(data));
                size = pic.getSize();
                draw = pic::draw;
            }
            double w = size.getWidth(), h = size.getHeight();
            if (!(w > 0 && h > 0)) return null;
            double scale = METAFILE_PX / Math.max(w, h);
            int pw = Math.max(1, (int) Math.round(w * scale)), ph = Math.max(1, (int) Math.round(h * scale));
            BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, pw, ph);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                draw.accept(g, new Rectangle2D.Double(0, 0, pw, ph));
            } finally {
                g.dispose();
            }
            return blank(img) ? null : png(img);
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    /** A drawing that came out all white drew nothing: better a placeholder and an error than an empty box. */
    private static boolean blank(BufferedImage img) {
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) return false;
        }
        return true;
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
