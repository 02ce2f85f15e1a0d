package cn.paiban.app;

import cn.paiban.typeset.StyleFonts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 编辑 ▸ 模板字体…: for body, titles, subheadings, lead and captions, the faces the office can use by their Chinese
 * names (bundled, and those in the template's and issue's fonts/ and the system's font folders); OK writes the
 * choices into the template ({@link StyleFonts}) and the issue is typeset again.
 */
final class FontSettings {
    private FontSettings() {}

    /** The dialog; {@code onApplied} runs after the template was written. */
    static Dialog<ButtonType> create(Window owner, Path templateDir, Path issueDir, Runnable onApplied) {
        List<StyleFonts.Choice> choices = StyleFonts.choices(templateDir, issueDir);
        Map<String, String> now = StyleFonts.current(templateDir);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        java.util.Map<String, ComboBox<StyleFonts.Choice>> boxes = new java.util.LinkedHashMap<>();
        for (String style : StyleFonts.STYLES) {
            if (!now.containsKey(style)) continue;
            ComboBox<StyleFonts.Choice> box = new ComboBox<>();
            box.setId("font-" + style);
            box.getItems().addAll(choices);
            box.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(StyleFonts.Choice c) { return c == null ? "" : c.label(); }

                @Override
                public StyleFonts.Choice fromString(String s) { return null; }
            });
            String current = now.get(style);
            StyleFonts.Choice selected = choices.stream().filter(c -> c.request().equals(current)).findFirst().orElse(null);
            if (selected == null) {
                selected = new StyleFonts.Choice(Messages.get("package.fonts.notFound", current), current, false);
                box.getItems().add(selected);
            }
            box.getSelectionModel().select(selected);
            grid.addRow(row++, new Label(Messages.get("package.fonts.style." + style)), box);
            boxes.put(style, box);
        }
        Label hint = new Label(Messages.get("package.fonts.hint", templateDir.toString()));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        VBox content = new VBox(12, grid, hint);
        content.setPadding(new Insets(8));
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle(Messages.get("package.fonts.title"));
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(Messages.get("package.fonts.apply"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("package.about.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).setId("font-apply");
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                for (var entry : boxes.entrySet()) {
                    StyleFonts.Choice c = entry.getValue().getValue();
                    if (c != null && !c.request().equals(now.get(entry.getKey()))) StyleFonts.set(templateDir, entry.getKey(), c);
                }
                onApplied.run();
            } catch (java.io.IOException | RuntimeException ex) {
                e.consume();
                hint.setText(Messages.get("package.fonts.cannotWrite", templateDir.toString(), String.valueOf(ex.getMessage())));
                hint.setStyle("-fx-text-fill: #b00;");
            }
        });
        return d;
    }
}
