package cn.paiban.app;

import cn.paiban.about.AboutText;
import cn.paiban.about.BuildInfo;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help ▸ 关于: version, commit, Java and JavaFX (copyable for a bug report), and the bundled licences. */
final class AboutDialog {
    private AboutDialog() {}

    static Dialog<ButtonType> create(Window owner) {
        BuildInfo b = BuildInfo.current();
        List<String> summary = AboutText.summary(b);
        Label head = new Label(String.join("\n", summary));
        head.setId("about-summary");
        Button copy = new Button(Messages.get("package.about.copy"));
        copy.setId("about-copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(String.join("\n", summary));
            Clipboard.getSystemClipboard().setContent(c);
        });
        TextArea licences = new TextArea(String.join("\n", AboutText.licences(b)));
        licences.setId("about-licences");
        licences.setEditable(false);
        licences.setPrefRowCount(14);
        licences.setPrefColumnCount(60);
        VBox box = new VBox(10, new HBox(16, head, copy), licences);
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle(Messages.get("package.about.title"));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(new ButtonType(Messages.get("package.about.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResizable(true);
        return d;
    }
}
