package cn.paiban.app;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * The article editor: the article's parts as fields and its body as structured text ({@link BodyText}).
 * Pasted text goes through the importer's clean-up first, so copy from a PDF or a web page arrives as a
 * copy editor would have typed it.
 */
public final class ArticleEditorView extends GridPane {
    private final ArticleEditorModel model;
    private final TextField kicker = field("field-kicker");
    private final TextField title = field("field-title");
    private final TextField subtitle = field("field-subtitle");
    private final TextField authors = field("field-authors");
    private final TextArea lead;
    private final TextField source = field("field-source");
    private final TextField signature = field("field-signature");
    private final TextArea body;
    private final javafx.scene.control.ComboBox<cn.paiban.model.ArticleKind> kind = new javafx.scene.control.ComboBox<>();

    public ArticleEditorView(ArticleEditorModel model, UnaryOperator<String> pasteCleaner) {
        this.model = model;
        setId("article-editor");
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(8));
        lead = new CleaningTextArea(pasteCleaner, this::endTypingRun);
        lead.setId("field-lead");
        lead.setWrapText(true);
        lead.setPrefRowCount(3);
        body = new CleaningTextArea(pasteCleaner, this::endTypingRun);
        body.setId("field-body");
        body.setWrapText(true);
        body.setStyle("-fx-font-size: 14px;");
        setStyle(EditorFont.css());   // every field: digits and Latin in the same face as the Chinese

        int r = 0;
        addRow(r++, label("article.kicker"), kicker);
        addRow(r++, label("article.title"), title);
        addRow(r++, label("article.subtitle"), subtitle);
        addRow(r++, label("article.authors"), authors);
        addRow(r++, label("article.lead"), lead);
        addRow(r++, label("article.body"), body);
        addRow(r++, label("article.source"), source);
        addRow(r++, label("article.signature"), signature);
        // 类型: how the article is set and listed (an imported manuscript is a 文章; a 短讯 or 补白 is chosen here)
        kind.setId("field-kind");
        kind.getItems().setAll(cn.paiban.model.ArticleKind.FEATURE, cn.paiban.model.ArticleKind.EDITORIAL,
                cn.paiban.model.ArticleKind.NEWS, cn.paiban.model.ArticleKind.FILLER, cn.paiban.model.ArticleKind.NOTICE,
                cn.paiban.model.ArticleKind.TABLE);
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(cn.paiban.model.ArticleKind k) { return k == null ? "" : kindName(k); }

            @Override
            public cn.paiban.model.ArticleKind fromString(String s) { return null; }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        addRow(r, label("article.kind"), kind);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);   // labels in full, never "…"
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(c0, c1);
        for (int i = 0; i <= r; i++) {
            RowConstraints rc = new RowConstraints();
            if (i == 5) rc.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(rc);
        }
        authors.setPromptText(Messages.get("article.authorsHint"));
        body.setPromptText(Messages.get("article.bodyHint"));

        kicker.textProperty().bindBidirectional(model.kickerProperty());
        title.textProperty().bindBidirectional(model.titleProperty());
        subtitle.textProperty().bindBidirectional(model.subtitleProperty());
        authors.textProperty().bindBidirectional(model.authorsProperty());
        lead.textProperty().bindBidirectional(model.leadProperty());
        source.textProperty().bindBidirectional(model.sourceProperty());
        signature.textProperty().bindBidirectional(model.signatureProperty());
        body.textProperty().bindBidirectional(model.bodyProperty());
        keepPlaceAcrossReloads();
        body.caretPositionProperty().addListener((o, a, b) -> model.caretBlockProperty().set(model.blockAt(b.intValue())));
        model.articleIdProperty().addListener((o, a, b) -> setDisable(b == null));
        for (TextInputControl c : List.of(kicker, title, subtitle, authors, lead, body, source, signature)) endsTypingRuns(c);
        setDisable(model.articleIdProperty().get() == null);
    }

    private int keptCaret;
    private double keptScroll;
    private String keptArticle;

    /**
     * Undo and redo reload the body text from the issue; the text area would then show the top of the article. The
     * caret and the scroll position stay where they were (within the article still shown), so the user sees what the
     * undo took back.
     */
    private void keepPlaceAcrossReloads() {
        body.caretPositionProperty().addListener((o, a, b) -> {
            if (!model.isReloading()) keptCaret = b.intValue();
        });
        body.scrollTopProperty().addListener((o, a, b) -> {
            if (!model.isReloading()) keptScroll = b.doubleValue();
        });
        model.articleIdProperty().addListener((o, a, b) -> keptArticle = null);
        model.bodyProperty().addListener((o, a, b) -> {
            if (!model.isReloading()) {
                keptArticle = model.articleIdProperty().get();
                return;
            }
            if (keptArticle == null || !keptArticle.equals(model.articleIdProperty().get())) return;
            // a caret after the change moves with the text behind it
            int same = 0;
            while (same < a.length() && same < b.length() && a.charAt(same) == b.charAt(same)) same++;
            int caret = keptCaret <= same ? keptCaret : Math.max(same, keptCaret + b.length() - a.length());
            caret = Math.min(caret, body.getLength());
            double scroll = keptScroll;
            body.positionCaret(caret);
            keptCaret = caret;   // the next undo starts from here
            body.setScrollTop(scroll);
            javafx.application.Platform.runLater(() -> body.setScrollTop(scroll));   // after the new text is laid out
        });
        body.focusedProperty().addListener((o, a, b) -> keptArticle = model.articleIdProperty().get());
    }

    /** The office's name of an article kind (文章, 卷首语, 短讯, 补白, 启事, 表格页). */
    static String kindName(cn.paiban.model.ArticleKind k) {
        return Messages.get("article.kind." + k.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Selects block {@code block} of the body (the caret at its start), or the title for block -1. */
    public void selectBlock(int block, int offset) {
        if (block < 0) {
            title.requestFocus();
            return;
        }
        int[] sel = model.selectionFor(block, offset);
        if (sel == null) return;
        body.requestFocus();
        body.selectRange(sel[1], sel[0]);
        scrollToTop(sel[0]);
    }

    /**
     * Scrolls the body so that the line holding {@code index} is near the top, also right after the article changed
     * (the text area's own scrolling only brings the caret to the bottom edge, or not at all before the new text is
     * laid out). Once now and once after the next pulse, when the new text has its lines.
     */
    private void scrollToTop(int index) {
        Runnable scroll = () -> {
            if (!(body.getSkin() instanceof javafx.scene.control.skin.TextAreaSkin skin) || index > body.getLength()) return;
            javafx.geometry.Rectangle2D b = skin.getCharacterBounds(index);   // relative to the visible part
            if (b != null) body.setScrollTop(Math.max(0, body.getScrollTop() + b.getMinY() - 8));
        };
        body.applyCss();
        body.layout();
        scroll.run();
        javafx.application.Platform.runLater(scroll);
    }

    public TextArea body() { return body; }

    /** The control that edits {@code field}. */
    public javafx.scene.control.TextInputControl field(cn.paiban.edit.ArticleField field) {
        return switch (field) {
            case KICKER -> kicker;
            case TITLE -> title;
            case SUBTITLE -> subtitle;
            case LEAD -> lead;
            case SOURCE -> source;
            case SIGNATURE -> signature;
        };
    }

    public TextField title() { return title; }

    private TextField field(String id) {
        TextField f = new SealingTextField(this::endTypingRun);
        f.setId(id);
        return f;
    }

    private void endTypingRun() {
        if (model != null) model.endTypingRun();
    }

    /**
     * Typing merges into one undo step only while it is continuous: moving the caret by hand (arrow keys, Home/End,
     * Page Up/Down, a click), a paste, and the field gaining or losing focus each end the run (a pause ends it too,
     * see {@link EditorSession}).
     */
    private void endsTypingRuns(TextInputControl c) {
        c.focusedProperty().addListener((o, was, now) -> endTypingRun());
        c.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> endTypingRun());
        c.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NAVIGATION.contains(e.getCode()) || PASTE.match(e) || e.getCode() == KeyCode.INSERT && e.isShiftDown()) endTypingRun();
        });
    }

    private static final Set<KeyCode> NAVIGATION = EnumSet.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.HOME,
            KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.KP_LEFT, KeyCode.KP_RIGHT, KeyCode.KP_UP, KeyCode.KP_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    /** A text field whose paste is an undo step of its own. */
    static final class SealingTextField extends TextField {
        private final Runnable endRun;

        SealingTextField(Runnable endRun) {
            this.endRun = endRun;
        }

        @Override
        public void paste() {
            endRun.run();
            super.paste();
            endRun.run();
        }
    }

    private static Label label(String key) { return new Label(Messages.get(key)); }

    /** A text area whose paste runs the clean-up on plain text from the clipboard, as an undo step of its own. */
    static final class CleaningTextArea extends TextArea {
        private final UnaryOperator<String> cleaner;
        private final Runnable endRun;

        CleaningTextArea(UnaryOperator<String> cleaner, Runnable endRun) {
            this.cleaner = cleaner;
            this.endRun = endRun;
        }

        @Override
        public void paste() {
            endRun.run();
            Clipboard cb = Clipboard.getSystemClipboard();
            if (cb.hasString()) replaceSelection(cleaner.apply(cb.getString()));
            else super.paste();
            endRun.run();
        }
    }
}
