package cn.paiban.app;

import cn.paiban.display.SourceRef;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/** Ctrl+F: a find field over the editor; Enter goes to the next occurrence, Shift+Enter back, Esc closes. */
final class FindBar extends HBox {
    private final EditorSession session;
    private final Consumer<SourceRef> goTo;
    private final ArticleEditorModel article;
    private final ArticleEditorView editor;
    private final TextField query = new TextField();
    private final Label count = new Label();
    private List<FindModel.Hit> hits = List.of();
    private int at = -1;

    FindBar(EditorSession session, Consumer<SourceRef> goTo, ArticleEditorModel article, ArticleEditorView editor) {
        super(6);
        this.session = session;
        this.goTo = goTo;
        this.article = article;
        this.editor = editor;
        setId("find-bar");
        setPadding(new Insets(4, 8, 4, 8));
        query.setId("find-query");
        query.setPromptText(Messages.get("find.prompt"));
        Button prev = new Button("↑");
        Button next = new Button("↓");
        Button close = new Button("✕");
        prev.setOnAction(e -> step(-1));
        next.setOnAction(e -> step(1));
        close.setOnAction(e -> hide());
        query.textProperty().addListener((o, a, b) -> {
            hits = FindModel.search(session.issue(), b);
            at = -1;
            count.setText(b.isEmpty() ? "" : Messages.get("find.count", hits.size()));
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) step(e.isShiftDown() ? -1 : 1);
            else if (e.getCode() == KeyCode.ESCAPE) hide();
        });
        getChildren().addAll(new Label(Messages.get("menu.find")), query, prev, next, count, close);
        hide();
    }

    void activate() {
        setVisible(true);
        setManaged(true);
        query.requestFocus();
        query.selectAll();
    }

    private void hide() {
        setVisible(false);
        setManaged(false);
    }

    private void step(int dir) {
        if (hits.isEmpty()) return;
        hits = FindModel.search(session.issue(), query.getText());   // the issue may have changed since
        if (hits.isEmpty()) return;
        at = Math.floorMod(at + dir, hits.size());
        FindModel.Hit h = hits.get(at);
        goTo.accept(new SourceRef(h.articleId(), h.block(), h.offset()));
        int len = query.getText().length();
        if (h.block() < 0) {
            editor.title().selectRange(h.offset(), h.offset() + len);
        } else {
            int[] sel = article.selectionFor(h.block(), h.offset());
            if (sel != null) editor.body().selectRange(sel[2], Math.min(sel[1], sel[2] + len));
        }
        count.setText(Messages.get("find.position", at + 1, hits.size()));
    }
}
