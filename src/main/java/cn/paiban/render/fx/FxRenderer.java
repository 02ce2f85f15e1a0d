package cn.paiban.render.fx;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.geom.Rect;
import cn.paiban.font.GlyphOutlines;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;

/**
 * Draws display-list pages on a JavaFX canvas: the preview and the proofreading view see exactly the items
 * the PDF renderer writes. Walks the same items in the same order; each glyph is placed at its own x from
 * the run's xs, so justification and punctuation adjustment from the layout survive unchanged. A GSUB form (the
 * 2-em rule of ——) is filled from its outline, as JavaFX draws text only by code point.
 */
public final class FxRenderer {
    private final FxFonts fonts;
    private final FxImages images;
    private final GlyphOutlines outlines = new GlyphOutlines();

    public FxRenderer(FxFonts fonts, FxImages images) {
        this.fonts = fonts;
        this.images = images;
    }

    /** The issue folder the pages' image paths are relative to; null when there is none. */
    public java.nio.file.Path imageDir() { return images.baseDir(); }

    /**
     * Draws {@code page}'s trim box with its top-left corner at ({@code left}, {@code top}) canvas pixels,
     * at {@code scale} pixels per point: white paper, then every item.
     */
    public void draw(Page page, GraphicsContext gc, double left, double top, double scale) {
        paper(page, gc, left, top, scale);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        for (Item item : page.items()) {
            drawItem(item, gc, left, top, scale);
        }
        gc.restore();
    }

    /** Saves {@code gc}, clips it to the page's trim box and fills that white; the caller restores. */
    private static void paper(Page page, GraphicsContext gc, double left, double top, double scale) {
        double w = page.format().trimWidth() / 1000.0 * scale;
        double h = page.format().trimHeight() / 1000.0 * scale;
        gc.save();
        gc.beginPath();
        gc.rect(left, top, w, h);
        gc.clip();
        gc.setFill(Color.WHITE);
        gc.fillRect(left, top, w, h);
    }

    /**
     * As {@link #draw}, with each line of text a grey bar where its glyphs stand ("greeked"): for thumbnails, where
     * glyphs of a pixel or two cannot be read and drawing them one by one cost as much as the page in full size.
     */
    public void drawGreeked(Page page, GraphicsContext gc, double left, double top, double scale) {
        paper(page, gc, left, top, scale);
        for (Item item : page.items()) {
            if (item instanceof Item.GlyphRun run) {
                if (run.text().isBlank()) continue;
                int n = run.text().codePointCount(0, run.text().length());
                double size = run.size() / 1000.0 * scale;
                double x0 = left + px(run.xAt(0), scale);
                double x1 = left + px(run.xAt(n - 1), scale) + size;
                gc.setFill(Color.gray(0.45, 0.8));
                gc.fillRect(x0, top + px(run.baseline(), scale) - size * 0.75, Math.max(0.5, x1 - x0), Math.max(0.5, size * 0.6));
            } else {
                drawItem(item, gc, left, top, scale);
            }
        }
        gc.restore();
    }

    private void drawItem(Item item, GraphicsContext gc, double left, double top, double s) {
        // Java 17: no pattern switch yet; the sealed Item keeps this list complete.
        if (item instanceof Item.GlyphRun run) {
            drawRun(run, gc, left, top, s);
        } else if (item instanceof Item.Rule rule) {
            if (!FxInks.visible(rule.ink())) return;
            gc.setStroke(FxInks.color(rule.ink()));
            gc.setLineWidth(Math.max(0.5, rule.width() / 1000.0 * s));
            gc.setLineCap(StrokeLineCap.BUTT);
            gc.strokeLine(left + px(rule.x1(), s), top + px(rule.y1(), s), left + px(rule.x2(), s), top + px(rule.y2(), s));
        } else if (item instanceof Item.Box box) {
            drawBox(box, gc, left, top, s);
        } else if (item instanceof Item.Image img) {
            drawImage(images.file(img.path()), img.rect(), img.path(), gc, left, top, s);
        } else if (item instanceof Item.ForeignPage fp) {
            drawImage(images.raster(fp.png()), fp.rect(), fp.template(), gc, left, top, s);
        }
        // Item.Anchor: a destination for PDF bookmarks, nothing to see.
    }

    private void drawRun(Item.GlyphRun run, GraphicsContext gc, double left, double top, double s) {
        gc.setFont(fonts.font(run.face(), run.size(), s));
        gc.setFill(FxInks.color(run.ink()));
        double y = top + px(run.baseline(), s);
        String text = run.text();
        int i = 0;
        for (int off = 0; off < text.length(); i++) {
            int cp = text.codePointAt(off);
            int n = Character.charCount(cp);
            int gid = run.glyph(i);
            if (gid > 0) {
                fillOutline(outlines.outline(run.face(), gid), gc, left + px(run.xAt(i), s), y, run.size() / 1000.0 * s / 1000);
            } else if (gid == 0 && !Character.isWhitespace(cp)) { // gid < 0: drawn by the ligature before it
                gc.fillText(text.substring(off, off + n), left + px(run.xAt(i), s), y);
            }
            off += n;
        }
    }

    /** A GSUB form (JavaFX draws text only by code point): its outline, {@code k} pixels per font unit. */
    private static void fillOutline(Shape shape, GraphicsContext gc, double x, double y, double k) {
        gc.beginPath();
        double[] c = new double[6];
        PathIterator it = shape.getPathIterator(null);
        FillRule rule = it.getWindingRule() == PathIterator.WIND_EVEN_ODD ? FillRule.EVEN_ODD : FillRule.NON_ZERO;
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> gc.moveTo(x + c[0] * k, y + c[1] * k);
                case PathIterator.SEG_LINETO -> gc.lineTo(x + c[0] * k, y + c[1] * k);
                case PathIterator.SEG_QUADTO -> gc.quadraticCurveTo(x + c[0] * k, y + c[1] * k, x + c[2] * k, y + c[3] * k);
                case PathIterator.SEG_CUBICTO -> gc.bezierCurveTo(x + c[0] * k, y + c[1] * k, x + c[2] * k, y + c[3] * k,
                        x + c[4] * k, y + c[5] * k);
                default -> gc.closePath();
            }
        }
        gc.setFillRule(rule);
        gc.fill();
    }

    private static void drawBox(Item.Box box, GraphicsContext gc, double left, double top, double s) {
        Rect r = box.rect();
        double x = left + px(r.x(), s), y = top + px(r.y(), s), w = px(r.width(), s), h = px(r.height(), s);
        if (FxInks.visible(box.fill())) {
            gc.setFill(FxInks.color(box.fill()));
            gc.fillRect(x, y, w, h);
        }
        if (box.strokeWidth() > 0 && FxInks.visible(box.stroke())) {
            gc.setStroke(FxInks.color(box.stroke()));
            gc.setLineWidth(Math.max(0.5, box.strokeWidth() / 1000.0 * s));
            gc.strokeRect(x, y, w, h);
        }
    }

    /** Draws an image, or a crossed grey frame naming what is missing, so a lost image is never invisible. */
    private static void drawImage(Image img, Rect r, String name, GraphicsContext gc, double left, double top, double s) {
        double x = left + px(r.x(), s), y = top + px(r.y(), s), w = px(r.width(), s), h = px(r.height(), s);
        if (img != null && !img.isError()) {
            gc.drawImage(img, x, y, w, h);
            return;
        }
        gc.setStroke(Color.gray(0.6));
        gc.setLineWidth(1);
        gc.strokeRect(x, y, w, h);
        gc.strokeLine(x, y, x + w, y + h);
        gc.strokeLine(x + w, y, x, y + h);
        gc.setFill(Color.gray(0.4));
        gc.fillText(String.valueOf(name), x + 4, y + 14);
    }

    private static double px(int mpt, double scale) { return mpt / 1000.0 * scale; }
}
