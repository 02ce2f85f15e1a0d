package cn.paiban.app;

import cn.paiban.edit.EditCommand;
import cn.paiban.edit.IssueFacts;
import cn.paiban.model.Issue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 文件 ▸ 本期信息…: the issue's 期号, 出版日期, 版权页 and 编辑委员会 in one form. What it takes and refuses is
 * {@link IssueFacts}, as {@code paiban info}; OK is one undo step, a refused value keeps the form open with the field
 * named and focused, nothing applied.
 */
final class IssueFactsDialog {
    private IssueFactsDialog() {}

    /** The form for {@code issue}; {@code execute} runs the edit (the session's), true when it was made. */
    static Dialog<ButtonType> create(Window owner, Issue issue, Predicate<EditCommand> execute) {
        Map<String, String> values = IssueFacts.values(issue);
        Map<String, TextInputControl> inputs = new LinkedHashMap<>();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (IssueFacts.Field f : IssueFacts.fields()) {
            TextInputControl input;
            if (f.lines()) {
                TextArea area = new TextArea(values.get(f.key()));
                area.setPrefRowCount(f.key().equals("board") ? 7 : 2);
                area.setWrapText(true);
                area.setPrefColumnCount(36);
                input = area;
            } else {
                TextField field = new TextField(values.get(f.key()));
                field.setPrefColumnCount(36);
                input = field;
            }
            input.setId("facts-" + f.key());
            if (!f.hint().isEmpty()) {
                input.setPromptText(f.hint());
                input.setTooltip(new Tooltip(f.hint()));
            }
            Label label = new Label(f.label());
            label.setLabelFor(input);
            grid.addRow(row++, label, input);
            inputs.put(f.key(), input);
        }
        Label problem = new Label();
        problem.setId("facts-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00;");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        VBox content = new VBox(10, scroll, problem);
        content.setPadding(new Insets(8));
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle(Messages.get("facts.dialog.title"));
        d.setResizable(true);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(Messages.get("facts.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ok).setId("facts-ok");
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Map<String, String> changes = new LinkedHashMap<>();
            inputs.forEach((key, input) -> changes.put(key, input.getText()));
            try {
                Optional<EditCommand> edit = IssueFacts.edit(issue, changes);
                if (edit.isPresent() && !execute.test(edit.get())) {
                    e.consume();   // the session refused it and says why in the status line
                    problem.setText(Messages.get("facts.dialog.notApplied"));
                }
            } catch (IssueFacts.Refused r) {
                e.consume();
                problem.setText(r.getMessage());
                TextInputControl bad = inputs.get(r.field());
                if (bad != null) {
                    bad.requestFocus();
                    bad.selectAll();
                }
            }
        });
        return d;
    }
}
