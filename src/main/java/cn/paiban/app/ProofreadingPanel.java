package cn.paiban.app;

import cn.paiban.check.Finding;
import cn.paiban.display.SourceRef;
import cn.paiban.edit.EditCommand;
import cn.paiban.edit.TextSearch;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The 校对 tab beside the preflight list: the findings of the proofreading checks (rule, clause, place, suggestion).
 * A click selects the quoted text in the article editor (or shows the page of front matter and running heads);
 * 忽略 dismisses the finding for good (stored in the issue folder); 改正 applies a certain fix as one undo step.
 * The check runs on the worker after every layout, as the preflight list is refreshed.
 */
final class ProofreadingPanel extends VBox {
    private final ProofreadingModel model;
    private final EditorSession session;
    private final ArticleEditorModel article;
    private final ArticleEditorView editor;
    private final Consumer<SourceRef> reveal;
    private final IntConsumer showPage;
    private final Executor worker, ui;
    private final ListView<Finding> list = new ListView<>();
    private final Label count = new Label();
    private final Button fix = new Button(Messages.get("check.tab.fix"));
    private final Button dismiss = new Button(Messages.get("check.tab.dismiss"));
    private volatile long generation;

    ProofreadingPanel(ProofreadingModel model, EditorSession session, ArticleEditorModel article, ArticleEditorView editor,
                      Consumer<SourceRef> reveal, IntConsumer showPage, Executor worker, Executor ui) {
        this.model = model;
        this.session = session;
        this.article = article;
        this.editor = editor;
        this.reveal = reveal;
        this.showPage = showPage;
        this.worker = worker;
        this.ui = ui;
        setId("proofreading");
        list.setId("proofreading-list");
        list.setPlaceholder(new Label(Messages.get("check.tab.none")));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : label(f, session.issue()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            fix.setDisable(f == null || !f.certain());
            dismiss.setDisable(f == null);
        });
        list.setOnMouseClicked(e -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            if (f != null) select(f);
        });
        fix.setId("proofreading-fix");
        dismiss.setId("proofreading-dismiss");
        fix.setDisable(true);
        dismiss.setDisable(true);
        fix.setOnAction(e -> fixSelected());
        dismiss.setOnAction(e -> dismissSelected());
        HBox bar = new HBox(6, fix, dismiss, count);
        bar.setPadding(new Insets(2, 6, 2, 6));
        getChildren().addAll(list, bar);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    /** Two lines: what is wrong and the fix; page, article (by its title) and paragraph, the quote, the clause. */
    static String label(Finding f, Issue issue) {
        String page = f.page() == 0 ? "" : Messages.get("check.cli.page", f.page()) + " ";
        String title = issue == null ? f.articleId() : issue.article(f.articleId()).map(a -> shortTitle(a.title())).orElse(f.articleId());
        String where = f.articleId().isEmpty() ? Messages.get("check.tab.outside")
                : f.place().block() >= 0 ? title + " " + Messages.get("check.cli.block", f.place().block() + 1)
                : title;
        String suggestion = f.suggestion() == null ? "" : "  → " + (f.suggestion().isEmpty() ? Messages.get("check.tab.delete")
                : f.suggestion());
        return Messages.get(f.message(), f.args().toArray()) + suggestion + "\n" + page + where + "  「" + f.context(6) + "」  "
                + f.clause();
    }

    private static String shortTitle(String t) {
        String s = t.strip();
        return s.length() <= 12 ? s : s.substring(0, 11) + "…";
    }

    /** Runs the check for {@code r} on the worker; an older run that finishes late is dropped. */
    void show(Issue issue, LayoutResult r, Path folder) {
        long g = ++generation;
        worker.execute(() -> {
            if (g != generation) return;   // a newer layout came while this one waited: check that one instead
            cn.paiban.check.IssueCheck.Result found;
            try {
                found = model.check(issue, r, folder);
            } catch (RuntimeException e) {
                found = new cn.paiban.check.IssueCheck.Result(List.of(), 0); // a broken template: preflight names it
            }
            cn.paiban.check.IssueCheck.Result result = found;
            ui.execute(() -> {
                if (g == generation) setFindings(model.accept(result));
            });
        });
    }

    private void setFindings(List<Finding> findings) {
        list.getItems().setAll(findings);
        count.setText(Messages.get("check.tab.count", findings.size(), model.dismissedCount()));
    }

    List<Finding> items() { return list.getItems(); }

    /** Selects the finding's text in the article editor, or shows its page when it is not an article's text. */
    void select(Finding f) {
        Issue issue = session.issue();
        if (f.page() > 0) showPage.accept(f.page());
        if (!f.place().editable() || issue == null || issue.article(f.articleId()).isEmpty()) return;
        TextSearch.Hit h = ProofreadingModel.hit(issue, f);
        reveal.accept(new SourceRef(h.articleId(), h.inBody() ? h.block() : -1, h.inBody() ? h.offset() : 0));
        int len = f.quote().length();
        if (!h.inBody()) {
            editor.field(h.field()).selectRange(h.offset(), h.offset() + len);
            return;
        }
        int[] sel = article.selectionFor(h.block(), 0);
        if (sel == null) return;
        String text = editor.body().getText();
        String block = text.substring(sel[0], Math.min(sel[1], text.length()));
        int from = block.indexOf(f.quote());
        for (int k = 0; k < h.ordinal() && from >= 0; k++) from = block.indexOf(f.quote(), from + len);
        if (from >= 0) editor.body().selectRange(sel[0] + from, sel[0] + from + len);
    }

    void fixSelected() {
        Finding f = list.getSelectionModel().getSelectedItem();
        Issue issue = session.issue();
        if (f == null || issue == null) return;
        EditCommand cmd = model.fix(issue, f);
        if (cmd == null) return;
        session.seal();
        boolean done = session.execute(cmd); // refused (the text moved since the check) says why in the status bar
        session.seal();
        if (done) list.getItems().remove(f);
    }

    void dismissSelected() {
        Finding f = list.getSelectionModel().getSelectedItem();
        if (f == null) return;
        try {
            model.dismiss(f, session.folder());
        } catch (Exception e) {
            count.setText(Messages.get("check.tab.dismiss-failed", e.getMessage()));
            return;
        }
        list.getItems().remove(f);
        count.setText(Messages.get("check.tab.count", list.getItems().size(), model.dismissedCount()));
    }
}
