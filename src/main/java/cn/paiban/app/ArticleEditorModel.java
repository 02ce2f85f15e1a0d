package cn.paiban.app;

import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import java.util.List;
import java.util.function.BiFunction;
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
        bind(kicker, "kicker", (art, v) -> copy(art, blankToNull(v), art.title(), art.subtitle(), art.authors(), art.lead(), art.source(), art.signature()));
        bind(title, "title", (art, v) -> art.withTitle(v));
        bind(subtitle, "subtitle", (art, v) -> copy(art, art.kicker(), art.title(), blankToNull(v), art.authors(), art.lead(), art.source(), art.signature()));
        bind(authors, "authors", (art, v) -> copy(art, art.kicker(), art.title(), art.subtitle(), AuthorsText.parse(v), art.lead(), art.source(), art.signature()));
        bind(lead, "lead", (art, v) -> copy(art, art.kicker(), art.title(), art.subtitle(), art.authors(), blankToNull(v), art.source(), art.signature()));
        bind(source, "source", (art, v) -> copy(art, art.kicker(), art.title(), art.subtitle(), art.authors(), art.lead(), blankToNull(v), art.signature()));
        bind(signature, "signature", (art, v) -> copy(art, art.kicker(), art.title(), art.subtitle(), art.authors(), art.lead(), art.source(), blankToNull(v)));
        body.addListener((o, a, b) -> {
            parsed = BodyText.parse(b);
            if (!loading) edit("body", art -> art.withBody(parsed.blocks()));
        });
    }

    private void bind(StringProperty p, String field, BiFunction<Article, String, Article> change) {
        p.addListener((o, a, b) -> {
            if (!loading) edit(field, art -> change.apply(art, b));
        });
    }

    private void edit(String field, java.util.function.UnaryOperator<Article> change) {
        String id = articleId.get();
        if (id == null || session.issue() == null || session.issue().article(id).isEmpty()) return;
        session.apply(Messages.get("edit." + field), "article:" + id + ":" + field,
                issue -> IssueEdits.replaceArticle(issue, id, change));
    }

    /** Shows the fields of the article in the current issue (or empties them when it is gone). */
    private void reload() {
        Issue issue = session.issue();
        Article a = issue == null || articleId.get() == null ? null : issue.article(articleId.get()).orElse(null);
        loading = true;
        try {
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

    /** The body block at a caret position in the body text. */
    public int blockAt(int caret) { return parsed.blockAt(caret); }

    /** The body text range [start, end) of a block and the caret position for char {@code offset} in it. */
    public int[] selectionFor(int block, int offset) {
        if (block < 0 || block >= parsed.spans().size()) return null;
        BodyText.Span s = parsed.spans().get(block);
        return new int[] {s.start(), s.end(), parsed.textOffset(block, offset)};
    }

    public BodyText.Parsed parsed() { return parsed; }

    private static Article copy(Article a, String kicker, String title, String subtitle, List<cn.paiban.model.Author> authors,
            String lead, String source, String signature) {
        return new Article(a.id(), a.kind(), kicker, title, subtitle, authors, lead, a.body(), source, signature);
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }

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

    public IntegerProperty caretBlockProperty() { return caretBlock; }
}
