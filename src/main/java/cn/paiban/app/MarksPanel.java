package cn.paiban.app;

import cn.paiban.edit.EditCommand;
import cn.paiban.model.Issue;
import cn.paiban.proof.Mark;
import cn.paiban.proof.MarkStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 校对符号: every proofreader's marks (page, line, quoted text, mark, proofreader, status), in the colour of their
 * proofreader. A click shows the mark's page; the editor works through the list with 采纳 (the mark's edit, one undo step),
 * 不改 (closed with a reply), 回复 (a query answered) and 删除 (a mark taken back). Each is an undo step and saved at once.
 */
final class MarksPanel extends VBox {
    private final MarksModel model;
    private final Supplier<Issue> issue;
    private final Predicate<EditCommand> execute;
    private final Consumer<MarksModel.Row> show;
    private final TableView<MarksModel.Row> table = new TableView<>();
    private final Button adopt = new Button(Messages.get("proof.ui.adopt"));
    private final Button decline = new Button(Messages.get("proof.ui.decline"));
    private final Button reply = new Button(Messages.get("proof.ui.reply"));
    private final Button remove = new Button(Messages.get("proof.ui.remove"));
    private final Button reload = new Button(Messages.get("proof.ui.reload"));
    private final Label count = new Label();
    private final javafx.scene.control.CheckBox onlyOpen = new javafx.scene.control.CheckBox(Messages.get("proof.ui.only-open"));
    private final javafx.scene.control.CheckBox onlyRound = new javafx.scene.control.CheckBox(Messages.get("proof.ui.only-round"));
    private Function<String, Optional<String>> ask = MarksPanel::dialog;

    MarksPanel(MarksModel model, Supplier<Issue> issue, Predicate<EditCommand> execute, Consumer<MarksModel.Row> show) {
        this.model = model;
        this.issue = issue;
        this.execute = execute;
        this.show = show;
        setId("marks");
        table.setId("marks-table");
        table.setPlaceholder(new Label(Messages.get("proof.ui.none")));
        String[] heads = {"page", "line", "quote", "mark", "reader", "status"};
        double[] widths = {34, 34, 140, 110, 56, 110};
        for (int i = 0; i < heads.length; i++) {
            int col = i;
            TableColumn<MarksModel.Row, String> c = new TableColumn<>(Messages.get("proof.ui.col." + heads[i]));
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(MarksModel.columns(r.getValue()).get(col)));
            c.setPrefWidth(widths[i]);
            c.setSortable(false);
            table.getColumns().add(c);
        }
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(MarksModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                setTooltip(empty || r == null ? null : new javafx.scene.control.Tooltip(thread(r.mark())));
                restyle();
            }

            @Override
            public void updateSelected(boolean selected) {
                super.updateSelected(selected);
                restyle();
            }

            /** The proofreader's colour for open marks, grey for closed ones; the selection's own white on its blue. */
            private void restyle() {
                MarksModel.Row r = getItem();
                if (isEmpty() || r == null || isSelected()) {
                    setStyle("");
                    return;
                }
                boolean open = r.mark().status() == MarkStatus.OPEN;
                setStyle("-fx-text-background-color: " + (open ? r.mark().colour() : "#888") + ";"
                        + (r.orphaned() && open ? "-fx-font-style: italic;" : ""));
            }
        });
        javafx.collections.transformation.FilteredList<MarksModel.Row> shown = new javafx.collections.transformation.FilteredList<>(model.rows());
        Runnable filter = () -> {
            boolean openOnly = onlyOpen.isSelected(), roundOnly = onlyRound.isSelected();
            int round = roundOnly ? model.round() : 0;
            shown.setPredicate(r -> (!openOnly || r.mark().status() == MarkStatus.OPEN) && (!roundOnly || r.mark().round() == round));
        };
        onlyOpen.setId("marks-only-open");
        onlyRound.setId("marks-only-round");
        onlyOpen.selectedProperty().addListener((o, a, b) -> filter.run());
        onlyRound.selectedProperty().addListener((o, a, b) -> filter.run());
        table.setItems(shown);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> update(r));
        table.setOnMouseClicked(e -> {
            MarksModel.Row r = table.getSelectionModel().getSelectedItem();
            if (r != null) show.accept(r);
        });
        adopt.setId("marks-adopt");
        decline.setId("marks-decline");
        reply.setId("marks-reply");
        remove.setId("marks-remove");
        adopt.setOnAction(e -> selected().ifPresent(m -> run(() -> model.adopt(issue.get(), m))));
        decline.setOnAction(e -> selected().ifPresent(m -> ask.apply(Messages.get("proof.ui.decline.ask"))
                .ifPresent(why -> run(() -> model.decline(m, why)))));
        reply.setOnAction(e -> selected().ifPresent(m -> ask.apply(Messages.get("proof.ui.reply.ask"))
                .ifPresent(t -> run(() -> model.reply(m, t)))));
        remove.setOnAction(e -> selected().ifPresent(m -> run(() -> model.remove(m))));
        reload.setId("marks-reload");
        reload.setTooltip(new javafx.scene.control.Tooltip(Messages.get("proof.ui.reload.tip")));
        reload.setOnAction(e -> {
            String problem = model.reload();
            if (problem != null) execute.test(new Refusal(problem));
        });
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 4, adopt, decline, reply, remove, reload, onlyOpen,
                onlyRound, count);   // wraps in a narrow panel
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 6));
        getChildren().addAll(table, bar);
        VBox.setVgrow(table, Priority.ALWAYS);
        model.addListener(() -> {
            long open = model.rows().stream().filter(r -> r.mark().status() == MarkStatus.OPEN).count();
            count.setText(Messages.get("proof.ui.count", model.rows().size(), open));
            update(table.getSelectionModel().getSelectedItem());
        });
        update(null);
    }

    void setAsk(Function<String, Optional<String>> ask) { this.ask = ask; }

    /** The mark and its thread, for the row's tooltip: round, proofreader, mark, then each reply with its author. */
    static String thread(Mark m) {
        StringBuilder sb = new StringBuilder(Messages.get("proof.ui.thread.head", cn.paiban.proof.RoundNames.round(m.round()),
                m.reader(), m.label()));
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.systemDefault());
        for (cn.paiban.proof.Reply r : m.replies()) {
            sb.append('\n').append(Messages.get("proof.ui.thread.reply", r.author(), f.format(r.time()), r.text()));
        }
        return sb.toString();
    }

    TableView<MarksModel.Row> table() { return table; }

    /** Selects the first mark whose words cover {@code ref} (a click on the page), if any; true when one was found. */
    boolean selectAt(cn.paiban.display.SourceRef ref) {
        for (int i = 0; i < table.getItems().size(); i++) {
            var w = table.getItems().get(i).where();
            if (!w.orphaned() && w.articleId().equals(ref.articleId()) && w.block() == ref.block() && w.start() <= ref.offset()
                    && ref.offset() <= Math.max(w.start(), w.end() - 1)) {
                table.getSelectionModel().select(i);
                table.scrollTo(i);
                return true;
            }
        }
        return false;
    }

    List<MarksModel.Row> items() { return table.getItems(); }

    private Optional<Mark> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(MarksModel.Row::mark);
    }

    private void update(MarksModel.Row r) {
        boolean open = r != null && r.mark().status() == MarkStatus.OPEN;
        adopt.setDisable(!open || !r.mark().kind().edits() || r.orphaned());
        decline.setDisable(!open);
        reply.setDisable(r == null);
        remove.setDisable(r == null);
    }

    /** Makes the command and runs it; a refusal is said where the editor says refusals. */
    private void run(Supplier<EditCommand> make) {
        EditCommand c;
        try {
            c = make.get();
        } catch (IllegalArgumentException e) {
            execute.test(new Refusal(e.getMessage()));
            return;
        }
        String keep = table.getSelectionModel().getSelectedItem() == null ? null : table.getSelectionModel().getSelectedItem().mark().id();
        execute.test(c);
        if (keep != null) {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).mark().id().equals(keep)) table.getSelectionModel().select(i);
            }
        }
    }

    /** A command that only carries a refusal to the session's problem line. */
    private record Refusal(String why) implements EditCommand {
        @Override
        public String description() { return why; }

        @Override
        public Issue apply(Issue i) { throw new IllegalArgumentException(why); }
    }

    private static Optional<String> dialog(String prompt) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(Messages.get("proof.ui.title"));
        d.setHeaderText(null);
        d.setContentText(prompt);
        return d.showAndWait();
    }
}
