package cn.paiban.app;

import cn.paiban.trace.StartTrace;
import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.SourceRef;
import cn.paiban.layout.Finding;
import cn.paiban.render.fx.FxRenderer;
import cn.paiban.render.image.AwtFonts;
import cn.paiban.render.image.AwtImages;
import cn.paiban.render.image.ImageRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The page preview: a canvas that draws only the rows of pages in view (pages are large; one canvas for all
 * would not fit in video memory at 400 %), scroll bars, the highlighted paragraph, and a red mark on pages
 * where the layout reported a problem. Clicking text reports its {@link SourceRef}. The pages themselves are images
 * ({@link PageTiles}) kept while their items stay the same: a keystroke redraws the page it changed, nothing else.
 */
public final class PreviewView extends BorderPane {
    private final PreviewModel model;
    private final PageTiles tiles;
    private final Canvas canvas = new Canvas();
    private final Pane host = new Pane(canvas);
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final ObjectProperty<List<Finding>> findings = new SimpleObjectProperty<>(this, "findings", List.of());
    private Consumer<SourceRef> onSourceClicked = r -> {};
    private boolean syncing;
    private final List<Overlay> overlays = new ArrayList<>();

    /**
     * Something drawn over each page in view after the page itself (the proofreaders' marks), in canvas pixels:
     * page index, the page, its top-left corner on the canvas and the pixels per point.
     */
    @FunctionalInterface
    public interface Overlay {
        void draw(GraphicsContext gc, int pageIndex, Page page, double left, double top, double scale);
    }

    /** A point on a page: its index and millipoints from the trim box's top-left corner. */
    public record PagePoint(int page, int x, int y) {}

    public PreviewView(PreviewModel model, FxRenderer renderer) {
        this.model = model;
        this.tiles = new PageTiles(imageRenderer(renderer.imageDir()));
        setId("preview");
        canvas.setId("preview-canvas");
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setOrientation(Orientation.HORIZONTAL);
        canvas.widthProperty().bind(host.widthProperty());
        canvas.heightProperty().bind(host.heightProperty());
        host.setMinSize(100, 100);
        setCenter(host);
        setRight(vbar);
        setBottom(hbar);

        // The page is taken before the bars change: spreads or a smaller zoom shorten the content, the scroll bar is
        // clamped to its new end, and that clamped position is no page the user chose (page 36 became page 48).
        Runnable relayout = () -> {
            int page = model.pageProperty().get();
            syncing = true;
            try {
                updateBars();
            } finally {
                syncing = false;
            }
            scrollToPage(page);
            redraw();
        };
        model.documentProperty().addListener((o, a, b) -> {
            updateBars();
            redraw();
        });
        model.zoomProperty().addListener((o, a, b) -> relayout.run());
        model.spreadsProperty().addListener((o, a, b) -> relayout.run());
        model.highlightProperty().addListener((o, a, b) -> redraw());
        model.pendingProperty().addListener((o, a, b) -> redraw());
        findings.addListener((o, a, b) -> redraw());
        model.pageProperty().addListener((o, a, b) -> {
            if (!syncing) scrollToPage(b.intValue());
        });
        host.widthProperty().addListener((o, a, b) -> { updateBars(); redraw(); });
        host.heightProperty().addListener((o, a, b) -> { updateBars(); redraw(); });
        vbar.valueProperty().addListener((o, a, b) -> {
            syncPageToScroll();
            redraw();
        });
        hbar.valueProperty().addListener((o, a, b) -> redraw());
        host.setOnScroll(e -> {
            if (e.isControlDown()) {
                if (e.getDeltaY() > 0) model.zoomIn();
                else if (e.getDeltaY() < 0) model.zoomOut();
            } else {
                vbar.setValue(clamp(vbar.getValue() - e.getDeltaY() * 2, vbar.getMin(), vbar.getMax()));
                hbar.setValue(clamp(hbar.getValue() - e.getDeltaX() * 2, hbar.getMin(), hbar.getMax()));
            }
            e.consume();
        });
        host.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) sourceAt(e.getX(), e.getY()).ifPresent(onSourceClicked);
        });
    }

    /** The renderer of another issue folder (images resolve against it): the page images are drawn anew. */
    public void setRenderer(FxRenderer r) {
        tiles.setRenderer(imageRenderer(r.imageDir()));
        redraw();
    }

    /** Pages are drawn into images by Java2D: the same display list as the PDF, each page once while it stays the same. */
    private static ImageRenderer imageRenderer(java.nio.file.Path dir) {
        return new ImageRenderer(FONTS, new AwtImages(dir));
    }

    /** Java2D's fonts from the faces' files, shared by every preview (a face is read once). */
    private static final AwtFonts FONTS = new AwtFonts();

    /** The page images (for tests). */
    PageTiles tiles() { return tiles; }

    /** Device pixels per canvas pixel (2 on a HiDPI screen at 200 %). */
    private double renderScale() {
        var scene = getScene();
        var window = scene == null ? null : scene.getWindow();
        return window == null || window.getRenderScaleX() <= 0 ? 1 : window.getRenderScaleX();
    }

    /** {@code v} canvas pixels moved onto the nearest device pixel: the page images then fall on whole pixels and stay sharp. */
    private double snap(double v) {
        double rs = renderScale();
        return Math.round(v * rs) / rs;
    }

    public void setOnSourceClicked(Consumer<SourceRef> c) { onSourceClicked = c; }

    public void addOverlay(Overlay o) {
        overlays.add(java.util.Objects.requireNonNull(o));
        redraw();
    }

    /** The node the pages are drawn on; mouse events on it have canvas coordinates ({@link #pagePointAt}). */
    public javafx.scene.Node surface() { return host; }

    public ObjectProperty<List<Finding>> findingsProperty() { return findings; }

    public double viewportWidth() { return host.getWidth(); }

    public double viewportHeight() { return host.getHeight(); }

    private double rowHeight() { return model.pageHeightPt() * model.scale() + PreviewModel.GAP; }

    private double contentWidth() {
        double w = model.pageWidthPt() * model.scale();
        return 2 * PreviewModel.GAP + (model.spreadsProperty().get() ? 2 * w : w);
    }

    private void updateBars() {
        double ch = PreviewModel.GAP + model.rows().size() * rowHeight();
        vbar.setMin(0);
        vbar.setMax(Math.max(0, ch - host.getHeight()));
        vbar.setVisibleAmount(host.getHeight());
        vbar.setUnitIncrement(40);
        vbar.setBlockIncrement(Math.max(40, host.getHeight() * 0.9));
        hbar.setMin(0);
        hbar.setMax(Math.max(0, contentWidth() - host.getWidth()));
        hbar.setVisibleAmount(host.getWidth());
        hbar.setVisible(hbar.getMax() > 0);
        if (vbar.getValue() > vbar.getMax()) vbar.setValue(vbar.getMax());
        if (hbar.getValue() > hbar.getMax()) hbar.setValue(hbar.getMax());
    }

    /** Scrolls so that the row of page index {@code p} is at the top, its page in view from the left (zoom, page change). */
    public void scrollToPage(int p) {
        syncing = true;
        try {
            vbar.setValue(clamp(model.rowOf(p) * rowHeight(), 0, vbar.getMax()));
            // In a spread wider than the view, bring the page itself into view horizontally.
            List<int[]> rows = model.rows();
            int r = model.rowOf(p);
            // A single page starts from its left edge (zooming back from 400 % no longer leaves the view scrolled right).
            if (r < rows.size() && rows.get(r).length == 2 && hbar.getMax() > 0) {
                boolean right = rows.get(r)[1] == p;
                hbar.setValue(right ? hbar.getMax() : 0);
            } else {
                hbar.setValue(0);
            }
        } finally {
            syncing = false;
        }
        redraw();
    }

    private void syncPageToScroll() {
        if (syncing) return;
        List<int[]> rows = model.rows();
        if (rows.isEmpty()) return;
        int r = (int) Math.floor((vbar.getValue() + host.getHeight() / 3) / rowHeight());
        r = Math.max(0, Math.min(rows.size() - 1, r));
        int first = rows.get(r)[0] >= 0 ? rows.get(r)[0] : rows.get(r)[rows.get(r).length - 1];
        syncing = true;
        try {
            model.pageProperty().set(first);
        } finally {
            syncing = false;
        }
    }

    /** Canvas position of the page in column {@code c} of a row. */
    private double pageLeft(int c) {
        double w = model.pageWidthPt() * model.scale();
        double rowW = model.spreadsProperty().get() ? 2 * w : w;
        double x0 = Math.max(PreviewModel.GAP, (host.getWidth() - rowW) / 2) - hbar.getValue();
        return snap(x0 + c * w);
    }

    private double rowTop(int r) { return snap(PreviewModel.GAP + r * rowHeight() - vbar.getValue()); }

    /** The canvas point showing (x, y) millipoints of page index {@code p}, if that page is in a row. */
    public Optional<javafx.geometry.Point2D> pointOf(int p, int x, int y) {
        List<int[]> rows = model.rows();
        int r = model.rowOf(p);
        if (r >= rows.size()) return Optional.empty();
        int[] row = rows.get(r);
        for (int c = 0; c < row.length; c++) {
            if (row[c] == p) {
                double s = model.scale();
                return Optional.of(new javafx.geometry.Point2D(pageLeft(c) + x / 1000.0 * s, rowTop(r) + y / 1000.0 * s));
            }
        }
        return Optional.empty();
    }

    /** The page and the millipoints on it under a canvas point, if a page is there. */
    public Optional<PagePoint> pagePointAt(double x, double y) {
        Document d = model.documentProperty().get();
        if (d == null) return Optional.empty();
        double s = model.scale();
        List<int[]> rows = model.rows();
        int r = (int) Math.floor((y + vbar.getValue() - PreviewModel.GAP) / rowHeight());
        if (r < 0 || r >= rows.size()) return Optional.empty();
        int[] row = rows.get(r);
        for (int c = 0; c < row.length; c++) {
            if (row[c] < 0) continue;
            double px = x - pageLeft(c);
            double py = y - rowTop(r);
            if (px < 0 || py < 0 || px > model.pageWidthPt() * s || py > model.pageHeightPt() * s) continue;
            return Optional.of(new PagePoint(row[c], (int) Math.round(px / s * 1000), (int) Math.round(py / s * 1000)));
        }
        return Optional.empty();
    }

    /** The source under a canvas point, if text is there. */
    public Optional<SourceRef> sourceAt(double x, double y) {
        Document d = model.documentProperty().get();
        return pagePointAt(x, y).flatMap(p -> PageHits.at(d.pages().get(p.page()), p.x(), p.y()));
    }

    private boolean holding;
    private boolean dirty;

    /** Makes {@code changes} (document, findings, zoom…) and draws once after all of them. */
    public void batch(Runnable changes) {
        holding = true;
        try {
            changes.run();
        } finally {
            holding = false;
        }
        if (dirty) redraw();
    }

    /** Draws the rows in view. */
    public void redraw() {
        if (holding) {
            dirty = true;
            return;
        }
        dirty = false;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(Color.web("#6b6f76"));
        gc.fillRect(0, 0, w, h);
        Document d = model.documentProperty().get();
        if (d == null || d.pages().isEmpty()) return;
        boolean tracing = StartTrace.on() && !traced;
        traced = true;
        double s = model.scale();
        double pw = model.pageWidthPt() * s;
        double ph = model.pageHeightPt() * s;
        List<int[]> rows = model.rows();
        int firstRow = Math.max(0, (int) Math.floor((vbar.getValue() - PreviewModel.GAP) / rowHeight()));
        int lastFolio = 0;
        for (int r = firstRow; r < rows.size(); r++) {
            double top = rowTop(r);
            if (top > h) break;
            int[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                if (row[c] < 0) continue;
                Page page = d.pages().get(row[c]);
                lastFolio = Math.max(lastFolio, page.folio());
                double left = pageLeft(c);
                gc.setFill(Color.rgb(0, 0, 0, 0.35));   // the shadow: only where the page does not cover it
                gc.fillRect(left + pw, top + 3, 3, ph);
                gc.fillRect(left + 3, top + ph, pw - 3, 3);
                if (model.pending(page)) {
                    drawPending(gc, page, left, top, pw, ph);
                    continue;
                }
                tiles.draw(gc, page, left, top, s, renderScale(), w, h);
                drawHighlight(gc, page, left, top, s);
                for (Overlay o : overlays) o.draw(gc, row[c], page, left, top, s);
                drawFindings(gc, page, left, top, pw);
                if (row[c] == model.pageProperty().get()) {
                    gc.setStroke(Color.web("#2f7de1"));
                    gc.setLineWidth(2);
                    gc.strokeRect(left - 1, top - 1, pw + 2, ph + 2);
                }
            }
        }
        lastFolioInView = lastFolio;
        if (tracing) StartTrace.mark("preview drawn, first time");
        else StartTrace.mark("preview drawn");
    }

    private boolean traced;
    private volatile int lastFolioInView;

    /** The highest folio of the pages drawn last (0: none); read from any thread (the layout's worker asks). */
    public int lastFolioInView() { return lastFolioInView; }

    /** A page still being typeset: grey paper with its folio and 正在排版…, never mistaken for a blank page. */
    static void drawPending(GraphicsContext gc, Page page, double left, double top, double pw, double ph) {
        gc.setFill(Color.web("#d9dadc"));
        gc.fillRect(left, top, pw, ph);
        gc.setFill(Color.web("#55595f"));
        gc.setFont(Font.font(Math.max(9, Math.min(16, pw / 22))));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(Messages.get("editor.preview.pending", page.folio()), left + pw / 2, top + ph / 2, pw - 8);
    }

    private void drawHighlight(GraphicsContext gc, Page page, double left, double top, double s) {
        SourceRef h = model.highlightProperty().get();
        if (h == null) return;
        gc.setFill(Color.rgb(255, 200, 0, 0.28));
        for (Item.GlyphRun run : PageHits.runsOf(page, h.articleId(), h.block())) {
            int[] b = PageHits.bounds(run);
            gc.fillRect(left + b[0] / 1000.0 * s, top + b[1] / 1000.0 * s, (b[2] - b[0]) / 1000.0 * s, (b[3] - b[1]) / 1000.0 * s);
        }
    }

    /** A red band at the foot of a page with the layout's warnings and errors for that page. */
    private void drawFindings(GraphicsContext gc, Page page, double left, double top, double pw) {
        List<String> here = new ArrayList<>();
        for (Finding f : findings.get()) {
            boolean copyfit = f.key() != null && f.key().startsWith("plan.copyfit");
            if (f.page() == page.folio() && f.page() > 0 && (f.severity() != Finding.Severity.INFO || copyfit)) {
                here.add(f.message());
            }
        }
        if (here.isEmpty()) return;
        double ph = model.pageHeightPt() * model.scale();
        double fs = Math.max(9, Math.min(13, pw / 40));
        double band = (fs + 4) * Math.min(3, here.size()) + 4;
        gc.setFill(Color.rgb(200, 20, 20, 0.85));
        gc.fillRect(left, top + ph - band, pw, band);
        gc.setFill(Color.WHITE);
        gc.setFont(Font.font(fs));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        List<String> lines = bandLines(here, gc.getFont(), pw - 12);
        for (int i = 0; i < lines.size(); i++) {
            gc.fillText(lines.get(i), left + 6, top + ph - band + 3 + i * (fs + 4));
        }
    }

    /**
     * The lines of a page's red band: at most three, the third "… +N" when there are more, each cut to {@code width}
     * with … where it is longer (the whole message is in the preflight list). Squeezed onto the width (fillText's
     * maxWidth), a second problem of a page shrank to an unreadable smudge.
     */
    static List<String> bandLines(List<String> messages, Font font, double width) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(3, messages.size()); i++) {
            String m = i == 2 && messages.size() > 3 ? "… +" + (messages.size() - 2) : messages.get(i);
            out.add(cut("⚠ " + m, font, width));
        }
        return out;
    }

    /** {@code text} as it fits {@code width} in {@code font}: whole, or its longest start that fits with … after it. */
    static String cut(String text, Font font, double width) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(font);
        if (probe.getLayoutBounds().getWidth() <= width) return text;
        int lo = 0, hi = text.codePointCount(0, text.length());   // the longest prefix (in code points) that fits with …
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            probe.setText(text.substring(0, text.offsetByCodePoints(0, mid)) + "…");
            if (probe.getLayoutBounds().getWidth() <= width) lo = mid;
            else hi = mid - 1;
        }
        return text.substring(0, text.offsetByCodePoints(0, lo)) + "…";
    }

    private static double clamp(double v, double lo, double hi) { return Math.max(lo, Math.min(hi, v)); }
}
