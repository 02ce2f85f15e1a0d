package cn.paiban.app;

import cn.paiban.display.Document;
import cn.paiban.display.Page;
import cn.paiban.render.fx.FxRenderer;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** A strip of page thumbnails; cells draw on demand (the list is virtual), a click goes to the page. */
public final class ThumbnailStrip extends ListView<Integer> {
    static final double THUMB_WIDTH = 96;
    private final PreviewModel model;
    private boolean syncing;
    private FxRenderer renderer;

    public ThumbnailStrip(PreviewModel model, FxRenderer renderer) {
        this.model = model;
        setId("thumbnails");
        setPrefWidth(THUMB_WIDTH + 36);
        setMinWidth(THUMB_WIDTH + 24);
        this.renderer = renderer;
        setCellFactory(lv -> new Cell());
        model.documentProperty().addListener((o, a, b) -> refill(b));
        model.pendingProperty().addListener((o, a, b) -> refresh());
        refill(model.documentProperty().get());
        getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!syncing && b.intValue() >= 0) model.pageProperty().set(b.intValue());
        });
        model.pageProperty().addListener((o, a, b) -> select(b.intValue()));
    }

    public void setRenderer(FxRenderer r) {
        renderer = r;
        refresh();
    }

    private void refill(Document d) {
        syncing = true;
        try {
            int n = d == null ? 0 : d.pages().size();
            if (getItems().size() == n) {
                refresh();   // same pages, new content: redraw the visible cells
            } else {
                getItems().setAll(FXCollections.observableArrayList(IntStream.range(0, n).boxed().toList()));
            }
            getSelectionModel().select(model.pageProperty().get());
        } finally {
            syncing = false;
        }
    }

    private void select(int p) {
        syncing = true;
        try {
            getSelectionModel().select(p);
            scrollTo(Math.max(0, p - 2));
        } finally {
            syncing = false;
        }
    }

    private final class Cell extends ListCell<Integer> {
        private final Canvas canvas = new Canvas();
        private final Label folio = new Label();
        private final VBox box = new VBox(2, canvas, folio);
        /** What the canvas shows: a new layout redraws only the thumbnails whose page changed. */
        private Page drawn;
        private boolean drawnPending;
        private FxRenderer drawnWith;

        Cell() {
            box.setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            Document d = model.documentProperty().get();
            if (empty || index == null || d == null || index >= d.pages().size()) {
                setGraphic(null);
                return;
            }
            Page p = d.pages().get(index);
            boolean pending = model.pending(p);
            if (p.equals(drawn) && pending == drawnPending && renderer == drawnWith) {
                setGraphic(box);
                return;
            }
            drawn = p;
            drawnPending = pending;
            drawnWith = renderer;
            double s = THUMB_WIDTH / (p.format().trimWidth() / 1000.0);
            canvas.setWidth(THUMB_WIDTH);
            canvas.setHeight(p.format().trimHeight() / 1000.0 * s);
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            if (pending) PreviewView.drawPending(canvas.getGraphicsContext2D(), p, 0, 0, canvas.getWidth(), canvas.getHeight());
            else renderer.drawGreeked(p, canvas.getGraphicsContext2D(), 0, 0, s);
            canvas.getGraphicsContext2D().setStroke(Color.gray(0.6));
            canvas.getGraphicsContext2D().strokeRect(0.5, 0.5, canvas.getWidth() - 1, canvas.getHeight() - 1);
            folio.setText(p.blank() && !pending ? "—" : String.valueOf(p.folio()));   // a page still coming has its number
            setGraphic(box);
        }
    }
}
