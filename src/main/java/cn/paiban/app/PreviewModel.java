package cn.paiban.app;

import cn.paiban.display.Document;
import cn.paiban.display.Page;
import cn.paiban.display.SourceRef;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the preview shows: the document, the current page, single pages or facing spreads, the zoom
 * (25–400 %; 100 % shows the page at paper size on a 96 dpi screen) and the highlighted
 * source block. The view only draws what this says.
 */
public final class PreviewModel {
    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 4.0;
    /** Pixels per point at 100 %: a page as large as on paper on a 96 dpi screen. */
    public static final double PX_PER_PT = 96.0 / 72.0;
    /** Space between pages and around them, in pixels. */
    public static final double GAP = 16;

    private final ObjectProperty<Document> document = new SimpleObjectProperty<>(this, "document");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);
    private final BooleanProperty spreads = new SimpleBooleanProperty(this, "spreads", false);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final ObjectProperty<SourceRef> highlight = new SimpleObjectProperty<>(this, "highlight");
    private final ObjectProperty<java.util.Set<Integer>> pending = new SimpleObjectProperty<>(this, "pending", java.util.Set.of());

    public PreviewModel() {
        document.addListener((o, a, b) -> page.set(clampPage(page.get())));
    }

    /** Folios of the document that are stand-ins for pages still being typeset (shown as such, never as blank pages). */
    public ObjectProperty<java.util.Set<Integer>> pendingProperty() { return pending; }

    public boolean pending(Page p) { return pending.get().contains(p.folio()); }

    public void setZoom(double z) { zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z))); }

    public void zoomIn() { setZoom(zoom.get() * 1.25); }

    public void zoomOut() { setZoom(zoom.get() / 1.25); }

    /** Zoom so that a row (a page or a spread) is as wide as the viewport. */
    public void fitWidth(double viewportWidth) {
        double w = rowWidthPt();
        if (w > 0) setZoom((viewportWidth - 2 * GAP - (spreads.get() ? GAP : 0)) / (w * PX_PER_PT));
    }

    /** Zoom so that a whole row fits the viewport. */
    public void fitPage(double viewportWidth, double viewportHeight) {
        double w = rowWidthPt();
        double h = pageHeightPt();
        if (w <= 0 || h <= 0) return;
        double zw = (viewportWidth - 2 * GAP - (spreads.get() ? GAP : 0)) / (w * PX_PER_PT);
        double zh = (viewportHeight - 2 * GAP) / (h * PX_PER_PT);
        setZoom(Math.min(zw, zh));
    }

    /** Pixels per point at the current zoom. */
    public double scale() { return zoom.get() * PX_PER_PT; }

    /**
     * The rows the preview lays out, as page indexes: one page each, or facing spreads where an odd folio
     * is a right-hand page (page 1 stands alone on the right, then 2|3, 4|5 …).
     */
    public List<int[]> rows() {
        Document d = document.get();
        List<int[]> rows = new ArrayList<>();
        if (d == null) return rows;
        int n = d.pages().size();
        if (!spreads.get()) {
            for (int i = 0; i < n; i++) rows.add(new int[] {i});
            return rows;
        }
        int i = 0;
        while (i < n) {
            boolean right = d.pages().get(i).folio() % 2 != 0;
            if (right || i + 1 >= n) {
                rows.add(right ? new int[] {-1, i} : new int[] {i, -1});
                i++;
            } else {
                rows.add(new int[] {i, i + 1});
                i += 2;
            }
        }
        return rows;
    }

    /** The row that holds page index {@code p}. */
    public int rowOf(int p) {
        List<int[]> rows = rows();
        for (int r = 0; r < rows.size(); r++) {
            for (int x : rows.get(r)) if (x == p) return r;
        }
        return 0;
    }

    public void next() { page.set(clampPage(page.get() + step())); }

    public void previous() { page.set(clampPage(page.get() - step())); }

    public void first() { page.set(0); }

    public void last() { page.set(clampPage(Integer.MAX_VALUE)); }

    private int step() {
        if (!spreads.get()) return 1;
        List<int[]> rows = rows();
        return rows.isEmpty() ? 1 : Math.max(1, (int) java.util.Arrays.stream(rows.get(rowOf(page.get()))).filter(x -> x >= 0).count());
    }

    private int clampPage(int p) {
        Document d = document.get();
        if (d == null || d.pages().isEmpty()) return 0;
        return Math.max(0, Math.min(d.pages().size() - 1, p));
    }

    private double rowWidthPt() {
        double w = pageWidthPt();
        return spreads.get() ? 2 * w : w;
    }

    public double pageWidthPt() {
        Page p = anyPage();
        return p == null ? 0 : p.format().trimWidth() / 1000.0;
    }

    public double pageHeightPt() {
        Page p = anyPage();
        return p == null ? 0 : p.format().trimHeight() / 1000.0;
    }

    private Page anyPage() {
        Document d = document.get();
        return d == null || d.pages().isEmpty() ? null : d.pages().get(0);
    }

    public ObjectProperty<Document> documentProperty() { return document; }

    public IntegerProperty pageProperty() { return page; }

    public BooleanProperty spreadsProperty() { return spreads; }

    public DoubleProperty zoomProperty() { return zoom; }

    public ObjectProperty<SourceRef> highlightProperty() { return highlight; }
}
