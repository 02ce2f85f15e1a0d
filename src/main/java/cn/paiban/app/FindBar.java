package cn.paiban.app;

import cn.paiban.display.SourceRef;
import cn.paiban.edit.ReplaceText;
import cn.paiban.edit.TextSearch;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Ctrl+F: find in the whole issue (every article's fields and body); Enter goes to the next occurrence, Shift+Enter
 * back, Esc closes. The occurrence is selected in the editor while the keyboard stays in the find field, so a second
 * Enter finds again and never types into the text. Ctrl+H adds a replace field: 替换 replaces the occurrence shown and
 * goes on to the next, 全部替换 replaces every one as a single undo step ({@link ReplaceText}).
 */
final class FindBar extends VBox {
    private final EditorSession session;
    private final Consumer<SourceRef> reveal;
    private final ArticleEditorModel article;
    private final ArticleEditorView editor;
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final HBox replaceRow;
    private final Label count = new Label();
    private List<TextSearch.Hit> hits = List.of();
    private int at = -1;

    /** {@code reveal} shows an article and block in the outline, editor and preview without taking the keyboard. */
    FindBar(EditorSession session, Consumer<SourceRef> reveal, ArticleEditorModel article, ArticleEditorView editor) {
        super(4);
        this.session = session;
        this.reveal = reveal;
        this.article = article;
        this.editor = editor;
        setId("find-bar");
        setPadding(new Insets(4, 8, 4, 8));
        query.setId("find-query");
        query.setPromptText(Messages.get("find.prompt"));
        replacement.setId("find-replacement");
        replacement.setPromptText(Messages.get("editor.replace.prompt"));
        Button prev = button("find-previous", "↑", () -> step(-1));
        Button next = button("find-next", "↓", () -> step(1));
        Button close = button("find-close", "✕", this::hide);
        Button one = button("replace-one", Messages.get("editor.replace.one"), this::replaceOne);
        Button all = button("replace-all", Messages.get("editor.replace.all"), this::replaceAll);
        count.setId("find-count");
        // an edit, undo or replace elsewhere changes what there is to find: the count follows
        session.issueProperty().addListener((o, a, b) -> {
            if (!isVisible() || query.getText().isEmpty()) return;
            hits = TextSearch.find(b, query.getText());
            if (at >= hits.size()) at = -1;
            count.setText(at >= 0 ? Messages.get("find.position", at + 1, hits.size()) : Messages.get("find.count", hits.size()));
        });
        query.textProperty().addListener((o, a, b) -> {
            hits = TextSearch.find(session.issue(), b);
            at = -1;
            count.setText(b.isEmpty() ? "" : Messages.get("find.count", hits.size()));
        });
        // Filters, so that Enter is spent here: the text field's own handling and the editor never see it.
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        replacement.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replaceOne();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        Label findLabel = new Label(Messages.get("menu.find"));
        Label replaceLabel = new Label(Messages.get("editor.replace.label"));
        findLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        replaceLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        findLabel.minWidthProperty().bind(replaceLabel.widthProperty());
        HBox findRow = new HBox(6, findLabel, query, prev, next, count, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow = new HBox(6, replaceLabel, replacement, one, all);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow);
        show(replaceRow, false);
        hide();
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);   // a click keeps the keyboard in the field
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Ctrl+F. */
    void activate() {
        show(this, true);
        show(replaceRow, false);
        query.requestFocus();
        query.selectAll();
    }

    /** Ctrl+H: find and replace. */
    void activateReplace() {
        show(this, true);
        show(replaceRow, true);
        if (query.getText().isEmpty()) {
            query.requestFocus();
        } else {
            replacement.requestFocus();
            replacement.selectAll();
        }
    }

    private void hide() { show(this, false); }

    private static void show(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    /** The occurrences of the current query in the issue as it is now. */
    List<TextSearch.Hit> hits() { return hits; }

    private void step(int dir) {
        hits = TextSearch.find(session.issue(), query.getText());   // the issue may have changed since
        if (hits.isEmpty()) {
            at = -1;
            count.setText(query.getText().isEmpty() ? "" : Messages.get("find.count", 0));
            return;
        }
        at = at < 0 && dir < 0 ? hits.size() - 1 : Math.floorMod(at + dir, hits.size());
        showHit();
    }

    private void showHit() {
        TextSearch.Hit h = hits.get(at);
        reveal.accept(new SourceRef(h.articleId(), h.inBody() ? h.block() : -1, h.inBody() ? h.offset() : 0));
        int len = query.getText().length();
        if (!h.inBody()) {
            TextInputControl f = editor.field(h.field());
            f.selectRange(h.offset(), h.offset() + len);
        } else {
            int[] sel = article.selectionFor(h.block(), 0);
            if (sel != null) {
                String text = editor.body().getText();
                int from = nth(text.substring(sel[0], Math.min(sel[1], text.length())), query.getText(), h.ordinal());
                if (from >= 0) editor.body().selectRange(sel[0] + from, sel[0] + from + len);
                else editor.body().selectRange(sel[2], sel[2]);
            }
        }
        count.setText(Messages.get("find.position", at + 1, hits.size()));
    }

    /** Where the {@code n}th (from 0) non-overlapping occurrence of {@code q} starts in {@code s}, or -1. */
    private static int nth(String s, String q, int n) {
        int from = s.indexOf(q);
        for (int k = 0; k < n && from >= 0; k++) from = s.indexOf(q, from + q.length());
        return from;
    }

    private void replaceOne() {
        String q = query.getText();
        if (q.isEmpty()) return;
        hits = TextSearch.find(session.issue(), q);
        if (at < 0 || at >= hits.size()) {   // nothing shown yet: show the first, replace on the next press
            at = -1;
            step(1);
            return;
        }
        TextSearch.Hit h = hits.get(at);
        String r = replacement.getText();
        session.seal();
        if (!session.execute(ReplaceText.one(h, q, r))) return;
        session.seal();
        hits = TextSearch.find(session.issue(), q);
        // Hits before the replaced one are unchanged; skip any the replacement itself contains.
        int k = at;
        while (k < hits.size() && sameText(hits.get(k), h) && hits.get(k).offset() < h.offset() + r.length()) k++;
        if (hits.isEmpty()) {
            at = -1;
            count.setText(Messages.get("find.count", 0));
            return;
        }
        at = k >= hits.size() ? 0 : k;
        showHit();
    }

    private static boolean sameText(TextSearch.Hit a, TextSearch.Hit b) {
        return a.articleId().equals(b.articleId()) && a.field() == b.field() && a.block() == b.block() && a.piece() == b.piece();
    }

    private void replaceAll() {
        String q = query.getText();
        if (q.isEmpty()) return;
        ReplaceText all = ReplaceText.all(q, replacement.getText());
        session.seal();
        if (!session.execute(all)) return;
        session.seal();
        hits = TextSearch.find(session.issue(), q);
        at = -1;
        count.setText(Messages.get("editor.replace.done", all.count()));
    }
}
