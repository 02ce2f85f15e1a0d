package cn.paiban.app;

import cn.paiban.display.Document;
import cn.paiban.render.fx.FxRenderer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * Proofreading: the typeset pages full screen, fit to the screen. → / PgDn / Space next,
 * ← / PgUp previous, Home / End, S toggles spreads, Esc leaves. The text cannot change here; with {@link Marking} the
 * proofreader marks it ({@link MarkBar}, marking on from the start), Ctrl+Z / Ctrl+Y undo and redo a mark.
 */
final class ProofreadingStage extends Stage {
    /** What marking needs from the editor: the marks, the fonts for margin notes, the issue and its history. */
    record Marking(MarksModel marks, cn.paiban.render.fx.FxFonts fonts, java.util.function.Supplier<cn.paiban.model.Issue> issue,
                   java.util.function.Predicate<cn.paiban.edit.EditCommand> execute, Runnable undo, Runnable redo) {}

    ProofreadingStage(Document doc, FxRenderer renderer, int page) {
        this(doc, renderer, page, null);
    }

    ProofreadingStage(Document doc, FxRenderer renderer, int page, Marking marking) {
        PreviewModel model = new PreviewModel();
        model.documentProperty().set(doc);
        model.pageProperty().set(page);
        PreviewView view = new PreviewView(model, renderer);
        view.setRight(null);   // paging replaces scrolling here
        view.setBottom(null);
        Label help = new Label(Messages.get("proof.help"));
        help.setStyle("-fx-text-fill: #ddd; -fx-padding: 4 10 4 10;");
        BorderPane root = new BorderPane(view, null, null, help, null);
        if (marking != null) {
            javafx.animation.PauseTransition back = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(5));
            back.setOnFinished(e -> help.setText(Messages.get("proof.help")));
            MarkBar bar = new MarkBar(marking.marks(), view, marking.issue(), () -> doc, marking.execute(), msg -> {
                help.setText(msg);   // a word for the proofreader, then the keys again
                back.playFromStart();
            });
            bar.markingToggle().setSelected(true);
            bar.setStyle("-fx-background-color: #e8e8e8;");
            root.setTop(bar);
            view.addOverlay(new MarkPainter(marking.marks(), marking.fonts(), () -> doc));
            Runnable redraw = view::redraw;
            marking.marks().addListener(redraw);
            setOnHidden(e -> marking.marks().removeListener(redraw));
        }
        root.setStyle("-fx-background-color: #3c3f44;");
        Scene scene = new Scene(root, 1200, 900);
        setScene(scene);
        setTitle(Messages.get("menu.proofread"));
        setFullScreenExitHint("");
        setFullScreen(true);
        Runnable fit = () -> model.fitPage(view.viewportWidth(), view.viewportHeight());
        view.widthProperty().addListener((o, a, b) -> Platform.runLater(fit));
        view.heightProperty().addListener((o, a, b) -> Platform.runLater(fit));
        scene.setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN || k == KeyCode.SPACE || k == KeyCode.DOWN) model.next();
            else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP || k == KeyCode.UP) model.previous();
            else if (k == KeyCode.HOME) model.first();
            else if (k == KeyCode.END) model.last();
            else if (k == KeyCode.S && !e.isShortcutDown()) {
                model.spreadsProperty().set(!model.spreadsProperty().get());
                fit.run();
            } else if (k == KeyCode.ESCAPE) close();
            else if (marking != null && e.isShortcutDown() && k == KeyCode.Z) marking.undo().run();
            else if (marking != null && e.isShortcutDown() && k == KeyCode.Y) marking.redo().run();
        });
    }
}
