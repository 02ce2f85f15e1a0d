package cn.paiban.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help ▸ 使用说明: the Chinese guide (docs/guide.md of the checkout, the same text the README links, packed into
 * the jar by the build), one "## " section per screen, the sections listed on the left.
 */
final class Guide {
    static final String RESOURCE = "guide.md";

    /** One screen: its heading and its lines. */
    record Section(String title, List<String> lines) {}

    private Guide() {}

    static String text() {
        try (InputStream in = Guide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not in the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title ("# ") and the sections ("## "); what comes before the first section is the introduction, section 0. */
    static List<Section> sections(String markdown) {
        List<Section> out = new ArrayList<>();
        String title = "";
        List<String> lines = new ArrayList<>();
        for (String line : markdown.split("\\R", -1)) {
            if (line.startsWith("## ")) {
                out.add(new Section(title, List.copyOf(lines)));
                title = line.substring(3).strip();
                lines = new ArrayList<>();
            } else if (line.startsWith("# ") && out.isEmpty() && title.isEmpty()) {
                title = line.substring(2).strip();
            } else {
                lines.add(line);
            }
        }
        out.add(new Section(title, List.copyOf(lines)));
        return out;
    }

    static Stage show(Window owner) {
        List<Section> sections = sections(text());
        Section intro = sections.get(0);
        List<Section> screens = sections.subList(1, sections.size());
        ListView<String> list = new ListView<>();
        list.setId("guide-sections");
        screens.forEach(s -> list.getItems().add(s.title()));
        VBox page = new VBox(8);
        page.setId("guide-page");
        page.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) fill(page, screens.get(i.intValue()), i.intValue() == 0 ? intro.lines() : List.of());
        });
        SplitPane split = new SplitPane(list, scroll);
        split.setDividerPositions(0.26);
        Stage s = new Stage();
        if (owner != null) s.initOwner(owner);
        s.setTitle(intro.title());
        s.setScene(new Scene(split, 900, 620));
        list.getSelectionModel().select(0);
        s.show();
        return s;
    }

    private static void fill(VBox page, Section s, List<String> before) {
        page.getChildren().clear();
        Label head = new Label(s.title());
        head.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
        page.getChildren().add(head);
        List<String> lines = new ArrayList<>(before.stream().filter(l -> !l.isBlank()).toList());
        lines.addAll(s.lines());
        for (String line : lines) {
            if (line.isBlank()) continue;
            String text = line.replace("`", "");
            Label l = new Label(text.startsWith("- ") ? "•  " + text.substring(2) : text);
            l.setWrapText(true);
            if (text.startsWith("- ")) l.setPadding(new Insets(0, 0, 0, 16));
            page.getChildren().add(l);
        }
    }
}
