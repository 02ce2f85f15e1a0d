package cn.paiban.app;

import cn.paiban.edit.ArticleField;
import cn.paiban.edit.EditArticleText;
import cn.paiban.edit.EditCommand;
import cn.paiban.edit.SetAuthors;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The article being edited, field by field as text. Typing in a field edits the issue through the session
 * (one undo step per burst of typing in one field); an issue change from elsewhere (undo, outline) reloads
 * the fields without echoing back as an edit. {@link #caretBlock} is the body block at the caret, which the
 * preview highlights.
 */
public final class ArticleEditorModel {
    private final EditorSession session;
    private final StringProperty articleId = new SimpleStringProperty(this, "articleId");
    private final StringProperty kicker = new SimpleStringProperty(this, "kicker", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty subtitle = new SimpleStringProperty(this, "subtitle", "");
    private final StringProperty authors = new SimpleStringProperty(this, "authors", "");
    private final StringProperty lead = new SimpleStringProperty(this, "lead", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final StringProperty signature = new SimpleStringProperty(this, "signature", "");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    /** What the article is (文章, 短讯, 补白 …): an imported manuscript is a 文章 unless its section is 卷首语. */
    private final javafx.beans.property.ObjectProperty<cn.paiban.model.ArticleKind> kind =
            new javafx.beans.property.SimpleObjectProperty<>(this, "kind");
    private final IntegerProperty caretBlock = new SimpleIntegerProperty(this, "caretBlock", -1);
    private BodyText.Parsed parsed = BodyText.format(List.of());
    private boolean loading;

    public ArticleEditorModel(EditorSession session) {
        this.session = session;
        session.issueProperty().addListener((o, a, b) -> reload());
        articleId.addListener((o, a, b) -> {
            session.seal();
            reload();
        });
        bind(kicker, ArticleField.KICKER);
        bind(title, ArticleField.TITLE);
        bind(subtitle, ArticleField.SUBTITLE);
        bind(lead, ArticleField.LEAD);
        bind(source, ArticleField.SOURCE);
        bind(signature, ArticleField.SIGNATURE);
        kind.addListener((o, a, b) -> {
            Article art = current();
            if (!loading && art != null && b != null && b != art.kind()) session.execute(new cn.paiban.edit.SetArticleKind(art.id(), b));
        });
        authors.addListener((o, a, b) -> {
            if (!loading && current() != null) session.execute(new SetAuthors(articleId.get(), AuthorsText.parse(b)));
        });
        body.addListener((o, a, b) -> {
            parsed = BodyText.parse(b);
            Article art = current();
            if (loading || art == null) return;
            EditCommand change = BodyChange.between(art.id(), art.body(), parsed.blocks());
            if (change != null) session.execute(change);
        });
    }

    private void bind(StringProperty p, ArticleField field) {
        p.addListener((o, a, b) -> {
            if (!loading && current() != null) session.execute(new EditArticleText(articleId.get(), field, b));
        });
    }

    /** The article being edited as it is in the issue now, or null. */
    private Article current() {
        String id = articleId.get();
        Issue issue = session.issue();
        return id == null || issue == null ? null : issue.article(id).orElse(null);
    }

    /** Shows the fields of the article in the current issue (or empties them when it is gone). */
    private void reload() {
        Issue issue = session.issue();
        Article a = issue == null || articleId.get() == null ? null : issue.article(articleId.get()).orElse(null);
        loading = true;
        try {
            kind.set(a == null ? null : a.kind());
            setIfDifferent(kicker, a == null ? "" : nz(a.kicker()));
            setIfDifferent(title, a == null ? "" : a.title());
            setIfDifferent(subtitle, a == null ? "" : nz(a.subtitle()));
            if (a == null || !AuthorsText.parse(authors.get()).equals(a.authors())) {
                setIfDifferent(authors, a == null ? "" : AuthorsText.format(a.authors()));
            }
            setIfDifferent(lead, a == null ? "" : nz(a.lead()));
            setIfDifferent(source, a == null ? "" : nz(a.source()));
            setIfDifferent(signature, a == null ? "" : nz(a.signature()));
            // Keep the user's text (blank lines, caret) when it already says the same thing.
            if (a == null) setIfDifferent(body, "");
            else if (!BodyText.parse(body.get()).blocks().equals(a.body())) body.set(BodyText.format(a.body()).text());
        } finally {
            loading = false;
        }
    }

    private static void setIfDifferent(StringProperty p, String v) {
        if (!v.equals(p.get())) p.set(v);
    }

    /** Whether the fields are being reloaded from the issue (undo, redo, another article), not typed in. */
    public boolean isReloading() { return loading; }

    /** Ends a run of typing: the next keystroke starts an undo step of its own. */
    public void endTypingRun() { session.seal(); }

    /** The body block at a caret position in the body text. */
    public int blockAt(int caret) { return parsed.blockAt(caret); }

    /** The body text range [start, end) of a block and the caret position for char {@code offset} in it. */
    public int[] selectionFor(int block, int offset) {
        if (block < 0 || block >= parsed.spans().size()) return null;
        BodyText.Span s = parsed.spans().get(block);
        return new int[] {s.start(), s.end(), parsed.textOffset(block, offset)};
    }

    public BodyText.Parsed parsed() { return parsed; }

    private static String nz(String s) { return s == null ? "" : s; }

    public StringProperty articleIdProperty() { return articleId; }

    public StringProperty kickerProperty() { return kicker; }

    public StringProperty titleProperty() { return title; }

    public StringProperty subtitleProperty() { return subtitle; }

    public StringProperty authorsProperty() { return authors; }

    public StringProperty leadProperty() { return lead; }

    public StringProperty sourceProperty() { return source; }

    public StringProperty signatureProperty() { return signature; }

    public StringProperty bodyProperty() { return body; }

    public javafx.beans.property.ObjectProperty<cn.paiban.model.ArticleKind> kindProperty() { return kind; }

    public IntegerProperty caretBlockProperty() { return caretBlock; }
}
