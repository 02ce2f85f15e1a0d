package cn.paiban.app;

import cn.paiban.proof.RoundNames;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * 导入校样批注: which round the marked proof belongs to (the current one unless the proofreader marked an older
 * proof) and, when the annotations carry no usable author (a login name such as Administrator, or none), whose marks
 * they are: the same two choices as {@code paiban proof-import --round N --reader NAME}.
 */
final class ProofImportDialog {
    private ProofImportDialog() {}

    /** The round and the reader (null: each annotation's own author). */
    record Choice(int round, String reader) {}

    static Dialog<Choice> create(Window owner, String pdfName, int current, String problem) {
        ChoiceBox<Integer> round = new ChoiceBox<>();
        round.setId("import-round");
        for (int r = 1; r <= current; r++) round.getItems().add(r);
        round.setValue(current);
        round.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer r) { return r == null ? "" : RoundNames.round(r); }

            @Override
            public Integer fromString(String s) { return null; }
        });
        TextField who = new TextField();
        who.setId("import-reader");
        who.setPromptText(Messages.get("proof.gui.import-reader-prompt"));
        who.setPrefColumnCount(20);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("proof.gui.import-round")), round);
        grid.addRow(1, new Label(Messages.get("proof.gui.import-reader")), who);
        Label hint = new Label(Messages.get("proof.gui.import-hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        VBox box = new VBox(10, grid, hint);
        if (problem != null) {
            Label why = new Label(problem);
            why.setId("import-problem");
            why.setWrapText(true);
            why.setMaxWidth(460);
            why.setStyle("-fx-text-fill: #b00000;");
            box.getChildren().add(0, why);
        }
        box.setPadding(new Insets(8));
        Dialog<Choice> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle(Messages.get("proof.gui.import"));
        d.setHeaderText(pdfName);
        d.getDialogPane().setContent(box);
        ButtonType go = new ButtonType(Messages.get("proof.gui.import-go"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(go).setId("import-go");
        d.setResultConverter(b -> b == go ? new Choice(round.getValue(), who.getText().isBlank() ? null : who.getText().strip()) : null);
        if (problem != null) d.setOnShown(e -> javafx.application.Platform.runLater(who::requestFocus));
        return d;
    }

    /** Asks about the proof {@code pdfName}; {@code problem} (else null) says why it asks again. */
    static Optional<Choice> ask(Window owner, String pdfName, int current, String problem) {
        return create(owner, pdfName, current, problem).showAndWait();
    }
}
