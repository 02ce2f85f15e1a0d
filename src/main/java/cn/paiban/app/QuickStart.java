package cn.paiban.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * 快速入门: the panel the editor shows above its work area when it starts for the first time (no issue asked for,
 * nothing opened before): the five steps of an issue, each a button that fires the very menu item that does it
 * (open / new issue, import manuscripts, page plan, proofreading, export). 知道了 closes it for good
 * ({@code quickstart-seen} in the editor's home); Help ▸ 快速入门 shows it again.
 */
final class QuickStart extends VBox {
    /** One step: its explanation and the menu items (by id) its buttons fire. */
    record Step(String textKey, List<String> menuIds) {}

    static final List<Step> STEPS = List.of(
            new Step("package.quick.open", List.of("menu.open", "import.menu.newIssue")),
            new Step("package.quick.import", List.of("import.menu.importManuscripts")),
            new Step("package.quick.plan", List.of("plan.menu")),
            new Step("package.quick.proof", List.of("menu.proofread")),
            new Step("package.quick.export", List.of("menu.exportPdf")));

    static final String SEEN = "quickstart-seen";

    private final Path home;
    private Runnable onClose = () -> {};

    /** {@code menu}: the window's menu item of an id (the buttons fire it, so they do exactly what the menu does). */
    QuickStart(Path home, Function<String, MenuItem> menu) {
        this.home = home;
        setId("quickstart");
        setSpacing(6);
        setPadding(new Insets(8, 12, 8, 12));
        setStyle("-fx-background-color: #fff8e1; -fx-border-color: #e0c060; -fx-border-width: 0 0 1 0;");
        Label title = new Label(Messages.get("package.quick.title"));
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button(Messages.get("package.quick.dismiss"));
        close.setId("quickstart-dismiss");
        close.setOnAction(e -> dismiss());
        HBox head = new HBox(8, title, gap, close);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(head);
        int n = 1;
        for (Step s : STEPS) {
            HBox row = new HBox(8);
            row.setAlignment(Pos.CENTER_LEFT);
            Label text = new Label(n++ + ". " + Messages.get(s.textKey()));
            text.setWrapText(true);
            text.setMaxWidth(640);
            row.getChildren().add(text);
            for (String id : s.menuIds()) {
                MenuItem item = menu.apply(id);
                if (item == null) continue;
                Hyperlink link = new Hyperlink(item.getText());
                link.setId("quickstart-" + id.replace('.', '-'));
                link.setOnAction(e -> item.fire());
                row.getChildren().add(link);
            }
            getChildren().add(row);
        }
    }

    void setOnClose(Runnable r) { this.onClose = r; }

    /** Whether the first-run panel was closed with 知道了 before. */
    static boolean seen(Path home) { return Files.exists(home.resolve(SEEN)); }

    void dismiss() {
        try {
            Files.createDirectories(home);
            Files.writeString(home.resolve(SEEN), "");
        } catch (IOException e) {
            // not remembered: it shows again next time, nothing worse
        }
        onClose.run();
    }
}
