package cn.paiban.app;

import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The outline: a tree of sections and articles with the page plan of the selected article below it.
 * Keyboard: Alt+Up/Down move, F2 rename, Delete delete, Insert add an article. Drag an article onto another
 * to put it before that one, onto a section to append it there.
 */
public final class OutlineView extends VBox {
    static final DataFormat OUTLINE_ID = new DataFormat("application/x-paiban-outline-id");
    private final OutlineModel model;
    private final EditorSession session;
    private final TreeView<OutlineModel.Row> tree = new TreeView<>();
    private final TextField startPage = new TextField();
    private final TextField continuesOn = new TextField();
    private final Label laidOut = new Label();
    private LayoutResult result;
    private boolean rebuilding;
    /** Called with manuscript files dropped on a row and the row's id (null: below the rows). */
    private java.util.function.BiConsumer<List<java.nio.file.Path>, String> onManuscripts = (f, r) -> { };

    public void setOnManuscripts(java.util.function.BiConsumer<List<java.nio.file.Path>, String> handler) { onManuscripts = handler; }

    public OutlineView(OutlineModel model, EditorSession session) {
        this.model = model;
        this.session = session;
        setId("outline");
        tree.setId("outline-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(tv -> new RowCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(tree, planPane());
        session.issueProperty().addListener((o, a, b) -> rebuild());
        model.selectedProperty().addListener((o, a, b) -> {
            selectInTree(b);
            showPlan();
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!rebuilding && b != null) model.selectedProperty().set(b.getValue().id());
        });
        tree.setOnKeyPressed(e -> {
            String id = model.selectedProperty().get();
            if (e.isAltDown() && e.getCode() == KeyCode.UP) model.shift(id, -1);
            else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) model.shift(id, 1);
            else if (e.getCode() == KeyCode.F2) rename(id);
            else if (e.getCode() == KeyCode.DELETE) delete(id);
            else if (e.getCode() == KeyCode.INSERT) addArticle();
            else return;
            e.consume();
        });
        tree.setContextMenu(contextMenu());
        rebuild();
    }

    public void setLayoutResult(LayoutResult r) {
        result = r;
        rebuild();
    }

    public TreeView<OutlineModel.Row> tree() { return tree; }

    /** What the rows showed when last built: the rows and each article's lines over or under its span. */
    private List<Object> shown;

    private void rebuild() {
        List<OutlineModel.Row> rows = model.rows(result);
        List<Object> now = List.of(rows, fits(rows));
        if (now.equals(shown) && tree.getRoot() != null) {
            // a keystroke in a body changes neither: new tree items (and a new tooltip for every row) would only cost the
            // next keystroke its time
            showPlan();
            return;
        }
        shown = now;
        rebuilding = true;
        try {
            TreeItem<OutlineModel.Row> root = new TreeItem<>();
            for (OutlineModel.Row g : rows) {
                TreeItem<OutlineModel.Row> gi = new TreeItem<>(g);
                gi.setExpanded(true);
                g.children().forEach(c -> gi.getChildren().add(new TreeItem<>(c)));
                root.getChildren().add(gi);
            }
            tree.setRoot(root);
            selectInTree(model.selectedProperty().get());
        } finally {
            rebuilding = false;
        }
        showPlan();
    }

    /** Each article row's lines over and under its span in the current layout, as the rows show them. */
    private List<List<Integer>> fits(List<OutlineModel.Row> rows) {
        List<List<Integer>> out = new java.util.ArrayList<>();
        if (result == null) return out;
        for (OutlineModel.Row g : rows) {
            for (OutlineModel.Row a : g.children()) {
                var fit = result.fits().get(a.id());
                out.add(fit == null ? List.of() : List.of(fit.overLines(), fit.freeLines()));
            }
        }
        return out;
    }

    private void selectInTree(String id) {
        if (tree.getRoot() == null || id == null) return;
        for (TreeItem<OutlineModel.Row> g : tree.getRoot().getChildren()) {
            if (g.getValue().id().equals(id)) {
                select(g);
                return;
            }
            for (TreeItem<OutlineModel.Row> a : g.getChildren()) {
                if (a.getValue().id().equals(id)) {
                    select(a);
                    return;
                }
            }
        }
    }

    private void select(TreeItem<OutlineModel.Row> item) {
        boolean was = rebuilding;
        rebuilding = true;
        try {
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) tree.scrollTo(Math.max(0, row - 3));
        } finally {
            rebuilding = was;
        }
    }

    private GridPane planPane() {
        GridPane g = new GridPane();
        g.setId("page-plan");
        g.setHgap(6);
        g.setVgap(4);
        g.setPadding(new Insets(6));
        startPage.setId("plan-start");
        continuesOn.setId("plan-continues");
        startPage.setPrefColumnCount(4);
        continuesOn.setPrefColumnCount(4);
        startPage.setPromptText(Messages.get("plan.auto"));
        continuesOn.setPromptText(Messages.get("plan.none"));
        g.addRow(0, new Label(Messages.get("plan.title")));
        g.addRow(1, new Label(Messages.get("plan.start")), startPage);
        g.addRow(2, new Label(Messages.get("plan.jump")), continuesOn);
        g.add(laidOut, 0, 3, 2, 1);
        startPage.setOnAction(e -> applyPlan());
        continuesOn.setOnAction(e -> applyPlan());
        startPage.focusedProperty().addListener((o, a, b) -> { if (!b) applyPlan(); });
        continuesOn.focusedProperty().addListener((o, a, b) -> { if (!b) applyPlan(); });
        return g;
    }

    private void showPlan() {
        String id = model.selectedProperty().get();
        Issue issue = session.issue();
        boolean article = issue != null && id != null && issue.article(id).isPresent();
        startPage.setDisable(!article);
        continuesOn.setDisable(!article);
        if (!article) {
            startPage.setText("");
            continuesOn.setText("");
            laidOut.setText("");
            return;
        }
        var e = issue.plan().entry(id);
        startPage.setText(e.map(x -> x.startPage() == null ? "" : String.valueOf(x.startPage())).orElse(""));
        continuesOn.setText(e.map(x -> x.continuesOn() == null ? "" : String.valueOf(x.continuesOn())).orElse(""));
        Integer at = result == null ? null : result.startPages().get(id);
        laidOut.setText(at == null ? "" : Messages.get("plan.laidOut", at));
    }

    private void applyPlan() {
        String id = model.selectedProperty().get();
        Issue issue = session.issue();
        if (issue == null || id == null || issue.article(id).isEmpty()) return;
        Integer s = number(startPage);
        Integer c = number(continuesOn);
        if (s == Integer.MIN_VALUE || c == Integer.MIN_VALUE) return;
        var e = issue.plan().entry(id);
        Integer os = e.map(x -> x.startPage()).orElse(null);
        Integer oc = e.map(x -> x.continuesOn()).orElse(null);
        if (java.util.Objects.equals(os, s) && java.util.Objects.equals(oc, c)) return;
        model.setPlan(id, s, c);
    }

    /** The page number in a field, null when empty, MIN_VALUE (and a red field) when it is not a page. */
    private static Integer number(TextField f) {
        String t = f.getText().strip();
        f.setStyle("");
        if (t.isEmpty()) return null;
        try {
            int n = Integer.parseInt(t);
            if (n > 0) return n;
        } catch (NumberFormatException ignored) {
            // falls through to the red field
        }
        f.setStyle("-fx-border-color: #d22;");
        f.setTooltip(new Tooltip(Messages.get("plan.notAPage", t)));
        return Integer.MIN_VALUE;
    }

    private ContextMenu contextMenu() {
        MenuItem addSection = new MenuItem(Messages.get("outline.addSection"));
        addSection.setOnAction(e -> addSection());
        MenuItem addArticle = new MenuItem(Messages.get("outline.addArticle"));
        addArticle.setOnAction(e -> addArticle());
        MenuItem rename = new MenuItem(Messages.get("outline.rename"));
        rename.setOnAction(e -> rename(model.selectedProperty().get()));
        MenuItem delete = new MenuItem(Messages.get("outline.delete"));
        delete.setOnAction(e -> delete(model.selectedProperty().get()));
        MenuItem up = new MenuItem(Messages.get("outline.moveUp"));
        up.setOnAction(e -> model.shift(model.selectedProperty().get(), -1));
        MenuItem down = new MenuItem(Messages.get("outline.moveDown"));
        down.setOnAction(e -> model.shift(model.selectedProperty().get(), 1));
        Menu moveTo = new Menu(Messages.get("outline.moveTo"));
        ContextMenu menu = new ContextMenu(addSection, addArticle, rename, delete, up, down, moveTo);
        menu.setOnShowing(e -> {
            moveTo.getItems().clear();
            String id = model.selectedProperty().get();
            Issue issue = session.issue();
            boolean article = issue != null && id != null && issue.article(id).isPresent();
            moveTo.setDisable(!article);
            if (!article) return;
            for (OutlineModel.Row g : model.rows(null)) {
                MenuItem m = new MenuItem(g.label());
                m.setOnAction(x -> model.moveToSection(id, g.id()));
                moveTo.getItems().add(m);
            }
        });
        return menu;
    }

    void addSection() {
        ask(Messages.get("outline.addSection"), Messages.get("outline.newSection")).ifPresent(model::addSection);
    }

    void addArticle() {
        ask(Messages.get("outline.addArticle"), Messages.get("outline.newArticle")).ifPresent(model::addArticle);
    }

    private void rename(String id) {
        if (id == null || id.startsWith("#")) return;
        String current = tree.getSelectionModel().getSelectedItem() == null ? "" : tree.getSelectionModel().getSelectedItem().getValue().label();
        ask(Messages.get("outline.rename"), current).ifPresent(t -> model.rename(id, t));
    }

    private void delete(String id) {
        if (id == null || id.startsWith("#")) return;
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("outline.deleteConfirm"), ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText(null);
        if (a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) model.delete(id);
    }

    private static Optional<String> ask(String title, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setTitle(title);
        d.setHeaderText(null);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A row: title, the page it was set on, the planned jump, and a red mark with the problems. */
    static final String ERROR_RED = "#c01818", WARNING_ORANGE = "#a05a00";

    private final class RowCell extends TreeCell<OutlineModel.Row> {
        RowCell() {
            setOnDragDetected(e -> {
                if (getItem() == null || getItem().id().startsWith("#")) return;
                var db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.put(OUTLINE_ID, getItem().id());
                db.setContent(c);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getDragboard().hasFiles() && !e.getDragboard().hasContent(OUTLINE_ID)) {
                    e.acceptTransferModes(TransferMode.COPY); // manuscripts from the file manager
                } else if (getItem() != null && e.getDragboard().hasContent(OUTLINE_ID)
                        && !getItem().id().equals(e.getDragboard().getContent(OUTLINE_ID))) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                if (e.getDragboard().hasFiles() && !e.getDragboard().hasContent(OUTLINE_ID)) {
                    List<java.nio.file.Path> files = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                    String row = getItem() == null ? null : getItem().id();
                    e.setDropCompleted(true);
                    e.consume();
                    javafx.application.Platform.runLater(() -> onManuscripts.accept(files, row));
                    return;
                }
                boolean ok = getItem() != null && e.getDragboard().hasContent(OUTLINE_ID)
                        && model.drop((String) e.getDragboard().getContent(OUTLINE_ID), getItem().id());
                e.setDropCompleted(ok);
                e.consume();
            });
        }

        private Tooltip tooltip;

        @Override
        protected void updateItem(OutlineModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setTooltip(null);
            setTextFill(Color.BLACK);
            if (empty || row == null) {
                setText(null);
                return;
            }
            if (row.group()) {
                setText(row.label());
                setStyle("-fx-font-weight: bold;");
                return;
            }
            setStyle("");
            // The page first, so a narrow outline cuts the end of a long title, never its page; the tooltip has it all.
            StringBuilder sb = new StringBuilder();
            Integer page = row.laidOutPage() != null ? row.laidOutPage() : row.startPage();
            if (page != null) sb.append(page);
            if (row.continuesOn() != null) sb.append("→").append(row.continuesOn());
            if (sb.length() > 0) sb.append("  ");
            var fit = result == null ? null : result.fits().get(row.id());
            String copyfit = fit != null && fit.overLines() > 0 ? cn.paiban.i18n.Msg.get("plan.outline.over", fit.overLines())
                    : fit != null && fit.freeLines() > 0 ? cn.paiban.i18n.Msg.get("plan.outline.under", fit.freeLines()) : "";
            if (!copyfit.isEmpty()) sb.append(copyfit).append("  ");
            sb.append(row.label());
            String tip = sb.toString();
            if (!row.problems().isEmpty()) {
                sb.insert(0, "⚠ ");
                // red for an error, orange for warnings only (room left before the next start…), as the preflight list
                // colours them: every problem in red made a page with a few free lines read as one that stops the export
                setTextFill(Color.web(row.error() ? ERROR_RED : WARNING_ORANGE));
                tip = tip + "\n" + String.join("\n", row.problems());
            }
            if (tooltip == null) {   // one per cell, its text changed with the row (a new Tooltip per update cost milliseconds)
                tooltip = new Tooltip();
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(480);
            }
            tooltip.setText(tip);
            setTooltip(tooltip);
            setText(sb.toString());
        }
    }

    List<String> ids() {
        return model.rows(null).stream().flatMap(g -> java.util.stream.Stream.concat(java.util.stream.Stream.of(g.id()),
                g.children().stream().map(OutlineModel.Row::id))).toList();
    }
}
