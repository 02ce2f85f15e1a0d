package cn.paiban.app;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.proof.Anchors;
import cn.paiban.proof.Mark;
import cn.paiban.proof.MarkKind;
import cn.paiban.proof.MarkStatus;
import cn.paiban.render.fx.FxFonts;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the proofreaders' marks over the preview's pages, in each proofreader's colour, as they look on paper
 * (GB/T 14706): 改 strikes the words through and writes the replacement in the margin at the end of a leader line; 删
 * strikes through and ends the leader in the delete loop; 增 puts a caret under the line and the insertion in the margin;
 * 调 rings both ranges and joins them with a curved arrow; 另起段 draws the ⌐ at the point; 接排 a line from the end of
 * the paragraph before to the start of this one; 疑 circles the words and writes the question in the margin. Closed
 * marks are drawn faint. Also draws the current selection. Geometry comes from {@link Anchors#place}, no second layout.
 */
final class MarkPainter implements PreviewView.Overlay {
    private final MarksModel model;
    private final FxFonts fonts;
    private final Supplier<Document> document;

    MarkPainter(MarksModel model, FxFonts fonts, Supplier<Document> document) {
        this.model = model;
        this.fonts = fonts;
        this.document = document;
    }

    @Override
    public void draw(GraphicsContext gc, int pageIndex, Page page, double left, double top, double s) {
        Document doc = document.get();
        if (doc == null) return;
        gc.save();
        try {
            int[] body = bodyExtent(page);
            int[] stackLeft = {0}, stackRight = {0};
            for (MarksModel.Row r : model.rows()) {
                // a mark carried out is done: the page shows its result, the list where it was
                if ((r.place() == null && r.second() == null) || r.mark().status() == MarkStatus.APPLIED) continue;
                drawMark(gc, pageIndex, page, left, top, s, r, body, stackLeft, stackRight);
            }
            selection(gc, doc, pageIndex, left, top, s, model.pendingProperty().get(), Color.rgb(255, 150, 0, 0.35));
            selection(gc, doc, pageIndex, left, top, s, model.selectionProperty().get(), Color.rgb(40, 120, 255, 0.30));
        } finally {
            gc.restore();
        }
    }

    private void selection(GraphicsContext gc, Document doc, int pageIndex, double left, double top, double s,
                           MarksModel.Selection sel, Color fill) {
        if (sel == null) return;
        Optional<Anchors.Place> p = Anchors.place(doc, model.issue(),
                new Anchors.Resolved(Anchors.State.EXACT, sel.articleId(), sel.block(), sel.start(), sel.end()));
        if (p.isEmpty()) return;
        for (Anchors.Span sp : p.get().spans()) {
            if (sp.page() != pageIndex) continue;
            double x1 = left + sp.x1() / 1000.0 * s, x2 = left + sp.x2() / 1000.0 * s;
            double y1 = top + (sp.baseline() - sp.size() * 0.92) / 1000.0 * s, h = sp.size() * 1.12 / 1000.0 * s;
            gc.setFill(fill);
            if (sel.point()) {
                gc.fillRect(x1 - 1, y1, 2.5, h);
            } else {
                gc.fillRect(x1, y1, Math.max(1, x2 - x1), h);
            }
        }
    }

    /** Left and right of the page's text (columns), in millipoints: the margins are outside. */
    private static int[] bodyExtent(Page page) {
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (Item it : page.items()) {
            if (it instanceof Item.GlyphRun g && g.source().block() != -2 && !g.source().articleId().isEmpty()) {
                int[] b = PageHits.bounds(g);
                lo = Math.min(lo, b[0]);
                hi = Math.max(hi, b[2] - g.size());
            }
        }
        if (lo > hi) return new int[] {page.format().trimWidth() / 8, page.format().trimWidth() * 7 / 8};
        return new int[] {lo, hi};
    }

    private void drawMark(GraphicsContext gc, int pageIndex, Page page, double left, double top, double s, MarksModel.Row r,
                          int[] body, int[] stackLeft, int[] stackRight) {
        Mark m = r.mark();
        Color c = Color.web(m.colour(), m.status() == MarkStatus.OPEN && !r.orphaned() ? 1.0 : 0.35);
        gc.setStroke(c);
        gc.setFill(c);
        gc.setLineCap(StrokeLineCap.ROUND);
        double lw = Math.max(1.2, 0.9 * s);
        gc.setLineWidth(lw);
        List<Anchors.Span> spans = r.place() == null ? List.of() : r.place().spans().stream().filter(x -> x.page() == pageIndex).toList();
        List<Anchors.Span> second = r.second() == null ? List.of()
                : r.second().spans().stream().filter(x -> x.page() == pageIndex).toList();
        if (spans.isEmpty() && second.isEmpty()) return;
        double k = s / 1000.0;
        switch (m.kind()) {
            case REPLACE, DELETE -> {
                for (Anchors.Span sp : spans) {
                    double y = top + (sp.baseline() - sp.size() * 0.36) * k;
                    gc.setLineWidth(Math.max(lw, sp.size() * 0.07 * k));   // as heavy as the strokes of the words struck
                    gc.strokeLine(left + sp.x1() * k, y, left + sp.x2() * k, y);
                }
                Anchors.Span last = spans.get(spans.size() - 1);
                String text = m.kind() == MarkKind.REPLACE ? m.text() : null;
                margin(gc, page, left, top, s, last, body, stackLeft, stackRight, text, m.kind() == MarkKind.DELETE, c, false);
            }
            case INSERT -> {
                Anchors.Span sp = spans.get(0);
                double x = left + sp.x1() * k, yb = top + (sp.baseline() + sp.size() * 0.22) * k, h = sp.size() * 0.32 * k;
                gc.strokeLine(x - h * 0.6, yb + h, x, yb);
                gc.strokeLine(x, yb, x + h * 0.6, yb + h);
                margin(gc, page, left, top, s, sp, body, stackLeft, stackRight, m.text(), false, c, true);
            }
            case SWAP -> {
                // the S of 调: a cap over the range that comes first, a line down to the other, a cup under it
                List<Anchors.Span> x = spans, y = second;
                if (!x.isEmpty() && !y.isEmpty() && (y.get(0).baseline() < x.get(0).baseline()
                        || (y.get(0).baseline() == x.get(0).baseline() && y.get(0).x1() < x.get(0).x1()))) {
                    x = second;
                    y = spans;
                }
                if (!x.isEmpty()) {
                    Anchors.Span a = x.get(0);
                    double ay = top + (a.baseline() - a.size() * 0.38) * k, cap = top + (a.baseline() - a.size() * 1.2) * k;
                    gc.beginPath();
                    gc.moveTo(left + a.x1() * k, ay);
                    gc.bezierCurveTo(left + a.x1() * k, cap, left + a.x2() * k, cap, left + a.x2() * k, ay);
                    if (!y.isEmpty()) {
                        Anchors.Span b = y.get(0);
                        double by = top + (b.baseline() - b.size() * 0.38) * k, cup = top + (b.baseline() + b.size() * 0.6) * k;
                        gc.lineTo(left + b.x1() * k, by);
                        gc.bezierCurveTo(left + b.x1() * k, cup, left + b.x2() * k, cup, left + b.x2() * k, by);
                    }
                    gc.stroke();
                } else if (!y.isEmpty()) {
                    Anchors.Span b = y.get(0);
                    double by = top + (b.baseline() - b.size() * 0.38) * k, cup = top + (b.baseline() + b.size() * 0.6) * k;
                    gc.beginPath();
                    gc.moveTo(left + b.x1() * k, by);
                    gc.bezierCurveTo(left + b.x1() * k, cup, left + b.x2() * k, cup, left + b.x2() * k, by);
                    gc.stroke();
                }
            }
            case SPLIT -> {
                Anchors.Span sp = spans.get(0);
                double x = left + sp.x1() * k, yTop = top + (sp.baseline() - sp.size() * 1.05) * k;
                double yBot = top + (sp.baseline() + sp.size() * 0.3) * k, run = sp.size() * 1.6 * k;
                // ⌐: down through the line at the point, then along under it towards the start of the new paragraph's line
                gc.strokeLine(x, yTop, x, yBot);
                gc.strokeLine(x, yTop, x + run, yTop);
                margin(gc, page, left, top, s, sp, body, stackLeft, stackRight, Messages.get("proof.ui.sign.split"), false, c, true);
            }
            case JOIN -> {
                Anchors.Span sp = spans.get(0);
                double x2 = left + sp.x1() * k, y2 = top + (sp.baseline() - sp.size() * 0.4) * k;
                List<Anchors.Span> from = r.joinFrom() == null ? List.of()
                        : r.joinFrom().spans().stream().filter(x -> x.page() == pageIndex).toList();
                if (!from.isEmpty()) {
                    Anchors.Span f = from.get(0);
                    double x1 = left + f.x1() * k, y1 = top + (f.baseline() - f.size() * 0.4) * k;
                    gc.beginPath();
                    gc.moveTo(x1, y1);
                    gc.bezierCurveTo(x1 + 20, y1, x2 - 20, y2, x2, y2);
                    gc.stroke();
                } else {
                    gc.strokeLine(x2 - sp.size() * 2 * k, y2, x2, y2);
                }
                arrowHead(gc, x2, y2, x2 - 10, y2, lw * 4);
                margin(gc, page, left, top, s, sp, body, stackLeft, stackRight, Messages.get("proof.ui.sign.join"), false, c, true);
            }
            case QUERY -> {
                double[] a = ring(gc, spans, left, top, k);
                if (a != null) margin(gc, page, left, top, s, spans.get(spans.size() - 1), body, stackLeft, stackRight,
                        "？" + m.text(), false, c, false);
            }
        }
    }

    /** An oval round each span; returns the top centre of the first, where an arrow may start or end. */
    private static double[] ring(GraphicsContext gc, List<Anchors.Span> spans, double left, double top, double k) {
        double[] first = null;
        for (Anchors.Span sp : spans) {
            double pad = sp.size() * 0.18 * k;
            double x = left + sp.x1() * k - pad, y = top + (sp.baseline() - sp.size() * 0.98) * k - pad * 0.5;
            double w = Math.max(sp.size() * k * 0.6, (sp.x2() - sp.x1()) * k) + 2 * pad, h = sp.size() * 1.2 * k + pad;
            if (sp.x1() == sp.x2()) {
                x -= w / 2;
            }
            gc.strokeOval(x, y, w, h);
            if (first == null) first = new double[] {x + w / 2, y};
        }
        return first;
    }

    private static void arrowHead(GraphicsContext gc, double x, double y, double fromX, double fromY, double len) {
        double ang = Math.atan2(y - fromY, x - fromX);
        gc.strokeLine(x, y, x - len * Math.cos(ang - 0.45), y - len * Math.sin(ang - 0.45));
        gc.strokeLine(x, y, x - len * Math.cos(ang + 0.45), y - len * Math.sin(ang + 0.45));
    }

    /**
     * A leader from the end of {@code sp} (its start when the margin is on the left) into the space between the lines
     * (above the line, or below it for a caret), along that space to the nearer margin, and {@code text} written there;
     * several marks on one page stack downwards. The leader never crosses the words of its line. {@code loop} ends it in
     * the delete sign.
     */
    private void margin(GraphicsContext gc, Page page, double left, double top, double s, Anchors.Span sp, int[] body,
                        int[] stackLeft, int[] stackRight, String text, boolean loop, Color c, boolean below) {
        double k = s / 1000.0;
        int mid = (body[0] + body[1]) / 2;
        boolean right = sp.x2() >= mid;
        double from = top + (below ? sp.baseline() + sp.size() * 0.3 : sp.baseline() - sp.size() * 0.36) * k;
        double gap = top + (below ? sp.baseline() + sp.size() * 0.42 : sp.baseline() - sp.size() * 1.02) * k;
        double edge = right ? left + (body[1] + sp.size() * 1.3) * k : left + (body[0] - sp.size() * 1.3) * k;
        double fs = Math.max(9, 9.5 * s);   // 9.5 pt at the page's scale, never under 9 px
        int[] stack = right ? stackRight : stackLeft;
        double ty = Math.max(gap, top + stack[0] * k);
        double sx = left + (right ? sp.x2() : sp.x1()) * k;
        gc.setLineWidth(Math.max(0.8, 0.45 * s));
        gc.beginPath();
        gc.moveTo(sx, from);
        gc.lineTo(sx, gap);
        gc.lineTo(edge, gap);
        gc.lineTo(edge, ty);
        gc.stroke();
        double pageLeft = left, pageRight = left + page.format().trimWidth() * k;
        if (loop) {
            // 删: the loop with a tail of the delete sign at the end of the leader
            double r = fs * 0.55, cx = right ? edge + r : edge - r;
            gc.setLineWidth(Math.max(1.2, 0.8 * s));
            gc.strokeOval(cx - r, ty - r, 2 * r, 2 * r);
            gc.strokeLine(cx + (right ? r * 0.7 : -r * 0.7), ty + r * 0.7, cx + (right ? 2.2 * r : -2.2 * r), ty + 2.0 * r);
            stack[0] = (int) ((ty + 3 * r - top) / k);
            return;
        }
        if (text == null || text.isEmpty()) return;
        Font f = Font.font(fs);
        Item.GlyphRun near = runNear(page);
        if (near != null) f = fonts.font(near.face(), (int) (fs / k), s);
        gc.setFont(f);
        gc.setTextBaseline(VPos.CENTER);
        double room = right ? pageRight - edge - 3 : edge - pageLeft - 3;
        gc.setTextAlign(right ? TextAlignment.LEFT : TextAlignment.RIGHT);
        // A note longer than the margin is wide runs on in lines beneath, as a proofreader writes it in the margin:
        // squeezed onto one line (fillText's maxWidth) a question of a dozen characters shrank to a smudge.
        List<String> lines = noteLines(text, f, Math.max(fs * 2, room));
        for (int i = 0; i < lines.size(); i++) {
            gc.fillText(lines.get(i), right ? edge + 2 : edge - 2, ty + i * fs * 1.2, Math.max(12, room));
        }
        stack[0] = (int) ((ty + lines.size() * fs * 1.2 - top) / k);
    }

    /** At most this many lines of a note; a longer one ends in … (the whole text is in the marks list). */
    static final int NOTE_LINES = 6;

    /** {@code text} broken into lines no wider than {@code width} in {@code font}, between any two characters. */
    static List<String> noteLines(String text, Font font, double width) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(font);
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length() && lines.size() < NOTE_LINES) {
            int end = start, fits = start;
            while (end < text.length()) {
                end += Character.charCount(text.codePointAt(end));
                probe.setText(text.substring(start, end));
                if (probe.getLayoutBounds().getWidth() > width && fits > start) break;
                fits = end;
            }
            lines.add(text.substring(start, fits));
            start = fits;
        }
        if (start < text.length()) {
            String last = lines.get(lines.size() - 1);
            int cut = last.isEmpty() ? 0 : last.offsetByCodePoints(last.length(), -1);
            lines.set(lines.size() - 1, last.substring(0, cut) + "…");
        }
        return lines;
    }

    /** A body run of the page, for its face: the margin notes are set in the page's own Chinese face. */
    private static Item.GlyphRun runNear(Page page) {
        for (Item it : page.items()) {
            if (it instanceof Item.GlyphRun g && g.source().block() >= 0) return g;
        }
        return null;
    }
}
