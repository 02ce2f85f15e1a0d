package cn.paiban.app;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.SourceRef;
import cn.paiban.edit.EditCommand;
import cn.paiban.model.Issue;
import cn.paiban.proof.MarkKind;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;

/**
 * The proofreader's tools over a preview: 标记 turns marking on (then a drag over the glyphs of a page selects text, a
 * click puts a point between two characters), and one button per mark: 改… 删 增… 调 另起段 接排 疑…; the name of the
 * proofreader (asked once, remembered). Each mark is an undo step through {@code execute}.
 */
final class MarkBar extends HBox {
    private final MarksModel model;
    private final PreviewView view;
    private final Supplier<Issue> issue;
    private final Supplier<Document> document;
    private final Predicate<EditCommand> execute;
    private final Consumer<String> tell;
    private final ToggleButton marking = new ToggleButton(Messages.get("proof.ui.marking"));
    private final Button reader = new Button();
    private final Label hint = new Label();
    /** Asks for a text (prompt → answer); replaced in tests. */
    private Function<String, Optional<String>> ask = MarkBar::dialog;
    private SourceRef anchorCaret;

    MarkBar(MarksModel model, PreviewView view, Supplier<Issue> issue, Supplier<Document> document, Predicate<EditCommand> execute,
            Consumer<String> tell) {
        super(4);
        this.model = model;
        this.view = view;
        this.issue = issue;
        this.document = document;
        this.execute = execute;
        this.tell = tell;
        setId("mark-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 6, 2, 6));
        marking.setId("mark-marking");
        marking.setTooltip(new Tooltip(Messages.get("proof.ui.marking.tip")));
        // The mark buttons keep their words whole (an English "Delete" squeezed to "D…" says nothing); the proofreader's
        // name gives way instead, its whole text in its tooltip.
        marking.setMinWidth(USE_PREF_SIZE);
        getChildren().add(marking);
        for (MarkKind k : MarkKind.values()) {
            Button b = new Button(k.display() + (k.hasText() ? "…" : ""));
            b.setId("mark-" + k.json());
            b.setTooltip(new Tooltip(Messages.get("proof.ui.tip." + k.json())));
            b.setOnAction(e -> make(k));
            b.disableProperty().bind(marking.selectedProperty().not());
            b.setMinWidth(USE_PREF_SIZE);
            getChildren().add(b);
        }
        reader.setId("mark-reader");
        reader.setOnAction(e -> askReader());
        hint.setId("mark-hint");
        hint.setStyle("-fx-text-fill: #555;");
        getChildren().addAll(reader, hint);
        updateReader();
        model.pendingProperty().addListener((o, a, b) -> hint.setText(b == null ? "" : Messages.get("proof.ui.swap-second")));
        model.selectionProperty().addListener((o, a, b) -> view.redraw());
        model.pendingProperty().addListener((o, a, b) -> view.redraw());
        model.readerChanged().addListener((o, a, b) -> updateReader());
        install();
    }

    ToggleButton markingToggle() { return marking; }

    void setAsk(Function<String, Optional<String>> ask) { this.ask = ask; }

    private void updateReader() {
        String r = model.reader();
        reader.setText(r.isEmpty() ? Messages.get("proof.ui.reader.none") : Messages.get("proof.ui.reader", r));
        reader.setTooltip(new Tooltip(reader.getText()));
        reader.setStyle(r.isEmpty() ? "" : "-fx-text-fill: " + MarksModel.colourOf(r) + ";");
    }

    private boolean askReader() {
        Optional<String> name = ask.apply(Messages.get("proof.ui.reader.ask"));
        if (name.isEmpty() || name.get().isBlank()) return false;
        model.setReader(name.get());
        updateReader();
        return true;
    }

    private void make(MarkKind k) {
        if (model.reader().isEmpty() && !askReader()) return;
        String text = null;
        if (k.hasText() && !(k == MarkKind.SWAP)) {
            if (model.selectionProperty().get() == null) {
                tell.accept(Messages.get("proof.ui.no-selection"));
                return;
            }
            Optional<String> t = ask.apply(Messages.get("proof.ui.ask." + k.json(),
                    MarksModel.selectedText(issue.get(), model.selectionProperty().get())));
            if (t.isEmpty() || t.get().isBlank()) return;
            text = t.get();
        }
        try {
            EditCommand c = model.add(issue.get(), k, text);
            if (c == null) {
                tell.accept(Messages.get("proof.ui.swap-second"));
                return;
            }
            execute.test(c);
        } catch (IllegalArgumentException e) {
            tell.accept(e.getMessage());
        }
    }

    /** Mouse filters on the page surface: while marking, a drag selects, a click sets a point; nothing else sees them. */
    private void install() {
        var surface = view.surface();
        surface.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!marking.isSelected() || e.getButton() != MouseButton.PRIMARY) return;
            anchorCaret = caretAt(e.getX(), e.getY()).orElse(null);
            model.selectionProperty().set(anchorCaret == null ? null
                    : new MarksModel.Selection(anchorCaret.articleId(), anchorCaret.block(), anchorCaret.offset(), anchorCaret.offset()));
            e.consume();
        });
        surface.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!marking.isSelected() || anchorCaret == null) return;
            caretAt(e.getX(), e.getY()).ifPresent(c -> {
                if (!c.articleId().equals(anchorCaret.articleId()) || c.block() != anchorCaret.block()) return;  // one block at a time
                int a = anchorCaret.offset(), b = c.offset();
                model.selectionProperty().set(new MarksModel.Selection(c.articleId(), c.block(), Math.min(a, b), Math.max(a, b)));
            });
            e.consume();
        });
        surface.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (marking.isSelected()) e.consume();
        });
        surface.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (marking.isSelected() && e.getButton() == MouseButton.PRIMARY) e.consume();
        });
    }

    /** The place between two characters nearest to a canvas point on text (not page furniture). */
    Optional<SourceRef> caretAt(double x, double y) {
        Document d = document.get();
        if (d == null) return Optional.empty();
        Issue i = issue.get();
        return view.pagePointAt(x, y).flatMap(p -> caret(d.pages().get(p.page()), p.x(), p.y(), i));
    }

    /**
     * The boundary between characters nearest to (x, y) millipoints of a page: before the glyph's middle, or after it.
     * Body text and the title take marks; the title only where a run prints it ({@link cn.paiban.proof.Anchors#printsBlockText}),
     * not the subtitle, byline or source line, which share its block number.
     */
    static Optional<SourceRef> caret(Page page, int x, int y, Issue issue) {
        for (Item it : page.items()) {
            if (!(it instanceof Item.GlyphRun r) || r.source().block() < -1 || r.source().articleId().isEmpty()) continue;
            if (r.source().block() == -1 && !cn.paiban.proof.Anchors.printsBlockText(issue, r)) continue;
            int[] b = PageHits.bounds(r);
            if (y < b[1] || y > b[3] || x < b[0] - r.size() / 2 || x > b[2]) continue;
            int[] xs = r.xs();
            int k = 0;
            while (k < xs.length && r.x() + xs[k] + glyphWidth(r, k) / 2 <= x) k++;
            int chars = r.text().offsetByCodePoints(0, k);
            return Optional.of(new SourceRef(r.source().articleId(), r.source().block(), r.source().offset() + chars));
        }
        return Optional.empty();
    }

    private static int glyphWidth(Item.GlyphRun r, int k) {
        int[] xs = r.xs();
        return k + 1 < xs.length ? xs[k + 1] - xs[k] : r.size();
    }

    private static Optional<String> dialog(String prompt) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(Messages.get("proof.ui.title"));
        d.setHeaderText(null);
        d.setContentText(prompt);
        return d.showAndWait();
    }
}
