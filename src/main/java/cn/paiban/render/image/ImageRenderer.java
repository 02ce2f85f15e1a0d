package cn.paiban.render.image;

import cn.paiban.files.AtomicWrite;
import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.geom.Rect;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws display-list pages with Java2D into images: PNG proofs, thumbnails and test pictures without a
 * window. Walks the same items in the same order as the PDF and JavaFX renderers; each glyph is placed at its
 * own x from the run's xs, a GSUB form by its glyph id. Only the trim box is drawn (the bleed is for the printer).
 */
public final class ImageRenderer {
    private final AwtFonts fonts;
    private final AwtImages images;

    public ImageRenderer(AwtFonts fonts, AwtImages images) {
        this.fonts = fonts;
        this.images = images;
    }

    /** {@code page} at {@code dpi} dots per inch: white paper, then every item. */
    public BufferedImage render(Page page, double dpi) {
        double scale = dpi / 72.0;
        int w = (int) Math.ceil(page.format().trimWidth() / 1000.0 * scale);
        int h = (int) Math.ceil(page.format().trimHeight() / 1000.0 * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        renderPart(page, scale, 0, 0, w, h, img);
        return img;
    }

    /**
     * The part of {@code page}'s image at {@code scale} pixels per point whose top-left pixel is ({@code x}, {@code y})
     * of the whole page's image, {@code w} × {@code h} pixels, drawn into the top-left corner of {@code into}: white
     * paper, then the items that reach into the part (the others are skipped, not drawn and clipped). The pixels are
     * those of the same place in {@link #render}'s image, so parts can be put together into the page (the preview's
     * tiles).
     */
    public void renderPart(Page page, double scale, int x, int y, int w, int h, BufferedImage into) {
        Graphics2D g = into.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.clipRect(0, 0, w, h);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.translate(-x, -y);
            g.scale(scale, scale);   // from here on, user space is points from the trim top-left
            // the part in millipoints, with a margin for what is drawn beyond an item's box (strokes, accents)
            double k = 1000 / scale;
            Rect part = new Rect((int) Math.floor(x * k) - 2000, (int) Math.floor(y * k) - 2000,
                    (int) Math.ceil(w * k) + 4000, (int) Math.ceil(h * k) + 4000);
            for (Item item : page.items()) {
                if (reaches(item, part)) draw(item, g);
            }
        } finally {
            g.dispose();
        }
    }

    /** Whether anything of {@code item} may show inside {@code part} (millipoints): generous, never too strict. */
    static boolean reaches(Item item, Rect part) {
        int x0, y0, x1, y1;
        if (item instanceof Item.GlyphRun run) {
            int n = run.text().codePointCount(0, run.text().length());
            if (n == 0) return false;
            int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, run.xAt(i));
                hi = Math.max(hi, run.xAt(i));
            }
            // a glyph may stand out of its em on either side (a 2-em rule, italics); a line's glyphs within 2 em of it
            x0 = lo - 2 * run.size();
            x1 = hi + 3 * run.size();
            y0 = run.baseline() - 2 * run.size();
            y1 = run.baseline() + run.size();
        } else if (item instanceof Item.Rule rule) {
            x0 = Math.min(rule.x1(), rule.x2()) - rule.width();
            x1 = Math.max(rule.x1(), rule.x2()) + rule.width();
            y0 = Math.min(rule.y1(), rule.y2()) - rule.width();
            y1 = Math.max(rule.y1(), rule.y2()) + rule.width();
        } else if (item instanceof Item.Box box) {
            return overlaps(box.rect(), box.strokeWidth(), part);
        } else if (item instanceof Item.Image img) {
            return overlaps(img.rect(), 0, part);
        } else if (item instanceof Item.ForeignPage fp) {
            return overlaps(fp.rect(), 0, part);
        } else {
            return false;   // anchors are invisible
        }
        return x1 >= part.x() && x0 <= part.x() + part.width() && y1 >= part.y() && y0 <= part.y() + part.height();
    }

    private static boolean overlaps(Rect r, int margin, Rect part) {
        return r.x() + r.width() + margin >= part.x() && r.x() - margin <= part.x() + part.width()
                && r.y() + r.height() + margin >= part.y() && r.y() - margin <= part.y() + part.height();
    }

    /** Writes {@code page} as a PNG, atomically (a half-written proof is worse than none). */
    public void writePng(Page page, double dpi, Path file) throws IOException {
        BufferedImage img = render(page, dpi);
        AtomicWrite.write(file, out -> {
            if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer in this Java runtime");
            return null;
        });
    }

    private void draw(Item item, Graphics2D g) {
        // Java 17: no pattern switch yet; the sealed Item keeps this list complete.
        if (item instanceof Item.GlyphRun run) {
            drawRun(run, g);
        } else if (item instanceof Item.Rule rule) {
            if (!AwtInks.visible(rule.ink()) || rule.width() <= 0) return;
            g.setColor(AwtInks.color(rule.ink()));
            g.setStroke(new BasicStroke(rule.width() / 1000f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(new Line2D.Double(pt(rule.x1()), pt(rule.y1()), pt(rule.x2()), pt(rule.y2())));
        } else if (item instanceof Item.Box box) {
            drawBox(box, g);
        } else if (item instanceof Item.Image img) {
            BufferedImage bi = images.file(img.path());
            if (bi == null) {
                missing(img.rect(), g);
            } else {
                drawImage(bi, img.rect(), g);
            }
        } else if (item instanceof Item.ForeignPage fp) {
            BufferedImage bi = images.raster(fp.png());
            if (bi == null) {
                missing(fp.rect(), g);
            } else {
                drawImage(bi, fp.rect(), g);
            }
        }
        // Anchors are invisible.
    }

    private void drawRun(Item.GlyphRun run, Graphics2D g) {
        Font font = fonts.font(run.face(), run.size());
        g.setColor(AwtInks.color(run.ink()));
        FontRenderContext frc = g.getFontRenderContext();
        int[] cps = run.text().codePoints().toArray();
        GlyphVector gv = font.createGlyphVector(frc, run.text());
        float base = run.baseline() / 1000f;
        if (gv.getNumGlyphs() == cps.length && run.glyphs() != null) {
            // GSUB forms by glyph id (the 2-em rule of ——); code points a ligature covers draw nothing
            int[] codes = gv.getGlyphCodes(0, cps.length, null);
            int n = 0;
            float[] xs = new float[cps.length];
            for (int i = 0; i < cps.length; i++) {
                int gid = run.glyph(i);
                if (gid < 0) continue;
                codes[n] = gid > 0 ? gid : codes[i];
                xs[n++] = run.xAt(i) / 1000f;
            }
            GlyphVector forms = font.createGlyphVector(frc, java.util.Arrays.copyOf(codes, n));
            for (int i = 0; i < n; i++) forms.setGlyphPosition(i, new Point2D.Float(xs[i], base));
            g.drawGlyphVector(forms, 0, 0);
        } else if (gv.getNumGlyphs() == cps.length) {
            for (int i = 0; i < cps.length; i++) {
                gv.setGlyphPosition(i, new Point2D.Float(run.xAt(i) / 1000f, base));
            }
            g.drawGlyphVector(gv, 0, 0);
        } else {
            // A run whose characters do not map one to one onto glyphs: place each code point on its own.
            g.setFont(font);
            for (int i = 0; i < cps.length; i++) {
                g.drawString(Character.toString(cps[i]), run.xAt(i) / 1000f, base);
            }
        }
        for (int i = 0; i < cps.length; i++) {
            if (!font.canDisplay(cps[i]) && !Character.isWhitespace(cps[i])) {
                // A glyph the face lacks shows as a red box: a proof must not hide it.
                double em = run.size() / 1000.0;
                g.setColor(Color.RED);
                g.setStroke(new BasicStroke((float) (em / 20)));
                g.draw(new Rectangle2D.Double(run.xAt(i) / 1000.0 + em * 0.1, base - em * 0.8, em * 0.8, em * 0.9));
                g.setColor(AwtInks.color(run.ink()));
            }
        }
    }

    private static void drawBox(Item.Box box, Graphics2D g) {
        Rectangle2D r = rect(box.rect());
        if (AwtInks.visible(box.fill())) {
            g.setColor(AwtInks.color(box.fill()));
            g.fill(r);
        }
        if (AwtInks.visible(box.stroke()) && box.strokeWidth() > 0) {
            g.setColor(AwtInks.color(box.stroke()));
            g.setStroke(new BasicStroke(box.strokeWidth() / 1000f));
            g.draw(r);
        }
    }

    private static void drawImage(BufferedImage bi, Rect r, Graphics2D g) {
        // Bicubic reads only 4×4 source pixels, so shrinking a 192 dpi front page to an 80 dpi proof by more
        // than half drops strokes; halve it first (box filter by bilinear halving) until one step is left.
        double device = Math.abs(g.getTransform().getScaleX()) * r.width() / 1000.0 / bi.getWidth();
        while (device < 0.5 && bi.getWidth() > 1 && bi.getHeight() > 1) {
            bi = half(bi);
            device *= 2;
        }
        g.drawImage(bi, new java.awt.geom.AffineTransform(r.width() / 1000.0 / bi.getWidth(), 0, 0,
                r.height() / 1000.0 / bi.getHeight(), pt(r.x()), pt(r.y())), null);
    }

    private static BufferedImage half(BufferedImage bi) {
        BufferedImage out = new BufferedImage(Math.max(1, bi.getWidth() / 2), Math.max(1, bi.getHeight() / 2),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D h = out.createGraphics();
        try {
            h.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            h.drawImage(bi, 0, 0, out.getWidth(), out.getHeight(), null);
        } finally {
            h.dispose();
        }
        return out;
    }

    /** A missing image or foreign page: a crossed box, so the proofreader sees that something is absent. */
    private static void missing(Rect r, Graphics2D g) {
        g.setColor(AwtInks.color(Ink.gray(50)));
        g.setStroke(new BasicStroke(0.5f));
        Rectangle2D rr = rect(r);
        g.draw(rr);
        g.draw(new Line2D.Double(rr.getMinX(), rr.getMinY(), rr.getMaxX(), rr.getMaxY()));
        g.draw(new Line2D.Double(rr.getMinX(), rr.getMaxY(), rr.getMaxX(), rr.getMinY()));
    }

    private static Rectangle2D rect(Rect r) {
        return new Rectangle2D.Double(pt(r.x()), pt(r.y()), pt(r.width()), pt(r.height()));
    }

    private static double pt(int mpt) { return mpt / 1000.0; }
}
