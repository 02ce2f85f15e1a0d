package cn.paiban.app;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;

/** Page navigation, single pages or spreads, zoom 25–400 %, fit width, fit page, proofreading mode. */
final class PreviewToolbar extends ToolBar {
    private final ComboBox<String> zoom = new ComboBox<>();

    PreviewToolbar(PreviewModel model, PreviewView view, Runnable proofread) {
        setId("preview-toolbar");
        Button prev = button("◀", "preview.previous", model::previous);
        Button next = button("▶", "preview.next", model::next);
        Label where = new Label();
        where.setId("preview-page");
        where.textProperty().bind(Bindings.createStringBinding(() -> {
            var d = model.documentProperty().get();
            if (d == null || d.pages().isEmpty()) return "";
            int i = model.pageProperty().get();
            return Messages.get("preview.pageOf", d.pages().get(i).folio(), i + 1, d.pages().size());
        }, model.documentProperty(), model.pageProperty()));
        ToggleGroup g = new ToggleGroup();
        ToggleButton single = new ToggleButton(Messages.get("preview.single"));
        ToggleButton spreads = new ToggleButton(Messages.get("preview.spreads"));
        spreads.setId("preview-spreads");
        single.setToggleGroup(g);
        spreads.setToggleGroup(g);
        single.setSelected(!model.spreadsProperty().get());
        spreads.setSelected(model.spreadsProperty().get());
        single.setOnAction(e -> { model.spreadsProperty().set(false); single.setSelected(true); });
        spreads.setOnAction(e -> { model.spreadsProperty().set(true); spreads.setSelected(true); });
        model.spreadsProperty().addListener((o, a, b) -> (b ? spreads : single).setSelected(true));

        zoom.setId("preview-zoom");
        zoom.setEditable(true);
        zoom.setPrefWidth(90);
        zoom.getItems().addAll("25%", "50%", "75%", "100%", "150%", "200%", "300%", "400%");
        zoom.setValue(percent(model.zoomProperty().get()));
        zoom.setOnAction(e -> {
            String v = zoom.getValue() == null ? "" : zoom.getValue().replace("%", "").strip();
            try {
                model.setZoom(Double.parseDouble(v) / 100.0);
            } catch (NumberFormatException ex) {
                // not a number: show the zoom that is in force
            }
            zoom.setValue(percent(model.zoomProperty().get()));
        });
        model.zoomProperty().addListener((o, a, b) -> zoom.setValue(percent(b.doubleValue())));
        Button out = button("−", "preview.zoomOut", model::zoomOut);
        Button in = button("+", "preview.zoomIn", model::zoomIn);
        Button fitW = button(Messages.get("preview.fitWidth"), "preview.fitWidth", () -> model.fitWidth(view.viewportWidth()));
        Button fitP = button(Messages.get("preview.fitPage"), "preview.fitPage",
                () -> model.fitPage(view.viewportWidth(), view.viewportHeight()));
        Button proof = button(Messages.get("menu.proofread"), "menu.proofread", proofread);
        getItems().addAll(prev, where, next, new Separator(), single, spreads, new Separator(), out, zoom, in, fitW, fitP,
                new Separator(), proof);
    }

    private static String percent(double z) { return Math.round(z * 100) + "%"; }

    private static Button button(String text, String tipKey, Runnable action) {
        Button b = new Button(text);
        b.setId(tipKey);
        b.setTooltip(new javafx.scene.control.Tooltip(Messages.get(tipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }
}
