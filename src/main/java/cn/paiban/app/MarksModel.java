package cn.paiban.app;

import cn.paiban.display.Document;
import cn.paiban.edit.EditCommand;
import cn.paiban.files.AtomicWrite;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.proof.Anchor;
import cn.paiban.proof.Anchors;
import cn.paiban.proof.Mark;
import cn.paiban.proof.MarkActions;
import cn.paiban.proof.MarkKind;
import cn.paiban.proof.MarkStatus;
import cn.paiban.proof.MarkStore;
import cn.paiban.proof.Marks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The proofreaders' marks without a window: the open issue's {@link MarkStore}, the proofreader's name (asked once,
 * kept in the editor's home folder), the text selected on a page, and the marks as the list shows them (page, line,
 * quote, mark, proofreader, status), resolved against the issue and placed on the pages of its latest layout.
 * Marks are made, applied, declined and answered through {@link MarkActions}, each an undo step of the session.
 */
public final class MarksModel {
    /** A selection in a block's text ({@link cn.paiban.edit.BlockText}); start == end for a point between characters. */
    public record Selection(String articleId, int block, int start, int end) {
        public boolean point() { return start == end; }
    }

    /** A mark as listed and drawn: where its words are now, and where they stand in the layout (null when not placed). */
    public record Row(Mark mark, Anchors.Resolved where, Anchors.Place place, Anchors.Place second, Anchors.Place joinFrom) {
        public boolean orphaned() { return where.orphaned(); }
    }

    /** Colours that read apart on white paper and from black text, one per proofreader by their name. */
    static final List<String> COLOURS = List.of("#d0202a", "#1f5fd6", "#0f8a3c", "#8e2fb8", "#d96a00", "#00838f");

    private final Path home;
    private final Clock clock;
    private MarkStore store = new MarkStore(null, Marks.none());
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    private final ObjectProperty<Selection> pending = new SimpleObjectProperty<>(this, "pending");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final List<Runnable> listeners = new ArrayList<>();
    private Issue issue;
    private Document document;

    public MarksModel(Path home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    /** Opens the marks of the issue in {@code folder} (null: none yet); returns the load problem, or null. */
    public String open(Path folder) {
        String problem = null;
        MarkStore s;
        try {
            s = folder == null ? new MarkStore(null, Marks.none()) : MarkStore.load(folder);
        } catch (Exception e) {
            s = new MarkStore(null, Marks.none());   // marks in memory only: the broken file is left as it is
            problem = e.getMessage();
        }
        store = s;
        store.addListener(this::recompute);
        selection.set(null);
        pending.set(null);
        recompute();
        return problem;
    }

    public MarkStore store() { return store; }

    /** Reads the marks files again (proofreaders on a shared drive add theirs while the editor works); the load problem or null. */
    public String reload() {
        Selection keep = selection.get();
        String problem = open(store.issueDir());
        selection.set(keep);
        return problem;
    }

    // ---- the proofreader ----

    private Path readerFile() { return home == null ? null : home.resolve("reader.txt"); }

    /** The proofreader's name as given last, or "" before it was given. */
    public String reader() {
        Path f = readerFile();
        try {
            return f != null && Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8).strip() : "";
        } catch (Exception e) {
            return "";
        }
    }

    public void setReader(String name) {
        Path f = readerFile();
        if (f == null || name == null || name.isBlank()) return;
        try {
            Files.createDirectories(f.getParent());
            AtomicWrite.writeString(f, name.strip() + "\n");
        } catch (Exception e) {
            // the name is asked again next time
        }
        readerChanged.set(readerChanged.get() + 1);
        recompute();
    }

    private final javafx.beans.property.IntegerProperty readerChanged = new javafx.beans.property.SimpleIntegerProperty();

    /** Ticks when the proofreader's name is given: every mark bar (the preview's, 校对模式's) shows the same name. */
    public javafx.beans.value.ObservableIntegerValue readerChanged() { return readerChanged; }

    /** The colour of {@code reader}'s marks: the same name always gets the same colour. */
    public static String colourOf(String reader) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(reader.getBytes(StandardCharsets.UTF_8));
        return COLOURS.get((int) (crc.getValue() % COLOURS.size()));
    }

    // ---- selection ----

    public ObjectProperty<Selection> selectionProperty() { return selection; }

    /** The first range of a 调 waiting for its second. */
    public ReadOnlyObjectProperty<Selection> pendingProperty() { return pending; }

    /**
     * The round new marks belong to: the issue's current round ({@code proofs/round.json}, 一校 until a round is closed);
     * without a folder, or when that file cannot be read, the last round anyone marked in.
     */
    public int round() {
        if (store.issueDir() != null) {
            try {
                return cn.paiban.io.ProofRounds.load(store.issueDir()).round();
            } catch (Exception e) {
                // paiban proof names what is wrong with round.json; marking goes on in the last round
            }
        }
        return Math.max(1, store.marks().lastRound());
    }

    /**
     * The command that adds a {@code kind} mark at the selection (with {@code text} for 改, 增, 疑), or an
     * IllegalArgumentException saying what is missing. A 调 takes two calls: the first keeps the selection and returns null.
     */
    public EditCommand add(Issue issue, MarkKind kind, String text) {
        Selection s = selection.get();
        String reader = reader();
        if (reader.isEmpty()) throw new IllegalArgumentException(Messages.get("proof.ui.no-reader"));
        if (s == null || issue == null) throw new IllegalArgumentException(Messages.get("proof.ui.no-selection"));
        Article a = issue.article(s.articleId()).orElseThrow(() -> new IllegalArgumentException(Messages.get("proof.ui.no-selection")));
        String t = Anchors.text(a, s.block());
        if (t == null || s.end() > t.length()) throw new IllegalArgumentException(Messages.get("proof.ui.no-text"));
        Anchor anchor;
        Anchor second = null;
        switch (kind) {
            case REPLACE, DELETE -> {
                if (s.point()) throw new IllegalArgumentException(Messages.get("proof.ui.need-range"));
                anchor = Anchor.in(s.articleId(), s.block(), t, s.start(), s.end());
            }
            case INSERT, SPLIT -> {
                int at = kind == MarkKind.INSERT ? s.end() : s.start();
                if (kind == MarkKind.SPLIT && (s.block() < 0 || !(a.body().get(s.block()) instanceof Block.Paragraph) || at == 0
                        || at >= t.length())) {
                    throw new IllegalArgumentException(Messages.get("proof.ui.split-where"));
                }
                anchor = Anchor.in(s.articleId(), s.block(), t, at, at);
            }
            case JOIN -> {
                if (s.block() <= 0 || !(a.body().get(s.block()) instanceof Block.Paragraph)
                        || !(a.body().get(s.block() - 1) instanceof Block.Paragraph)) {
                    throw new IllegalArgumentException(Messages.get("proof.ui.join-where"));
                }
                anchor = Anchor.in(s.articleId(), s.block(), t, 0, 0);
            }
            case SWAP -> {
                if (s.point()) throw new IllegalArgumentException(Messages.get("proof.ui.need-range"));
                Selection first = pending.get();
                if (first == null) {
                    pending.set(s);
                    selection.set(null);
                    return null;
                }
                if (!first.articleId().equals(s.articleId()) || (first.block() < 0) != (s.block() < 0)) {
                    pending.set(null);
                    throw new IllegalArgumentException(Messages.get("proof.ui.swap-article"));
                }
                String ft = Anchors.text(a, first.block());
                if (first.block() == s.block() && first.start() < s.end() && s.start() < first.end()) {
                    throw new IllegalArgumentException(Messages.get("proof.ui.swap-overlap"));
                }
                anchor = Anchor.in(first.articleId(), first.block(), ft, first.start(), first.end());
                second = Anchor.in(s.articleId(), s.block(), t, s.start(), s.end());
            }
            default -> anchor = Anchor.in(s.articleId(), s.block(), t, s.start(), s.end());   // 疑: a point or a range
        }
        if (kind.hasText() && (text == null || text.isBlank())) throw new IllegalArgumentException(Messages.get("proof.ui.need-text"));
        int round = round();
        Mark m = Mark.open(store.marks().nextId(round, reader), round, reader, kind, anchor, second,
                kind.hasText() ? text.strip() : null, colourOf(reader), clock.instant());
        pending.set(null);
        selection.set(null);
        return MarkActions.add(store, m);
    }

    public void cancelPending() { pending.set(null); }

    // ---- what the editor does ----

    public EditCommand adopt(Issue issue, Mark m) { return MarkActions.adopt(store, issue, m.id()); }

    public EditCommand decline(Mark m, String why) { return MarkActions.decline(store, m.id(), author(), why, clock.instant()); }

    public EditCommand reply(Mark m, String text) { return MarkActions.reply(store, m.id(), author(), text, clock.instant()); }

    public EditCommand remove(Mark m) { return MarkActions.remove(store, m.id()); }

    /** Who answers: the name given in this editor, else 编辑. */
    private String author() {
        String r = reader();
        return r.isEmpty() ? Messages.get("proof.ui.editor") : r;
    }

    // ---- the list ----

    /** Resolves every mark against {@code issue} and places it on the pages of {@code doc}, its layout. */
    public void show(Issue issue, Document doc) {
        this.issue = issue;
        this.document = doc;
        recompute();
    }

    public ObservableList<Row> rows() { return rows; }

    public Document document() { return document; }

    public Issue issue() { return issue; }

    public Optional<Row> row(String markId) { return rows.stream().filter(r -> r.mark().id().equals(markId)).findFirst(); }

    /** Called after the rows change (marks, layout). */
    public void addListener(Runnable r) { listeners.add(r); }

    public void removeListener(Runnable r) { listeners.remove(r); }

    private void recompute() {
        List<Row> out = new ArrayList<>();
        for (Mark m : store.marks().all()) out.add(row(m, issue, document));
        rows.setAll(out);
        for (Runnable l : List.copyOf(listeners)) l.run();
    }

    static Row row(Mark m, Issue issue, Document doc) {
        Anchors.Resolved r = where(m, issue);
        Anchors.Place place = doc == null ? null : Anchors.place(doc, issue, r).orElse(null);
        Anchors.Place second = null, joinFrom = null;
        if (m.second() != null && doc != null) second = Anchors.place(doc, issue, Anchors.resolve(issue, m.second())).orElse(null);
        if (m.kind() == MarkKind.JOIN && doc != null && !r.orphaned() && r.block() > 0 && issue != null) {
            String prev = issue.article(r.articleId()).map(a -> Anchors.text(a, r.block() - 1)).orElse(null);
            if (prev != null) {
                joinFrom = Anchors.place(doc, new Anchors.Resolved(Anchors.State.EXACT, r.articleId(), r.block() - 1, prev.length(),
                        prev.length())).orElse(null);
            }
        }
        return new Row(m, r, place, second, joinFrom);
    }

    /** Where the mark's words are; for a mark carried out whose words are gone, where its result stands. */
    static Anchors.Resolved where(Mark m, Issue issue) {
        Anchors.Resolved r = Anchors.resolve(issue, m.anchor());
        if (r.orphaned() && m.status() == MarkStatus.APPLIED) {
            // carried out: the words now read as the mark asked; list it where they are
            Anchor a = m.anchor();
            Anchor carried = switch (m.kind()) {
                case REPLACE, INSERT -> new Anchor(a.articleId(), a.block(), a.start(), a.start() + m.text().length(), m.text(),
                        a.before(), a.after());
                case DELETE -> new Anchor(a.articleId(), a.block(), a.start(), a.start(), "", a.before(), a.after());
                default -> null;
            };
            if (carried != null) {
                Anchors.Resolved c = Anchors.resolve(issue, carried);
                if (!c.orphaned()) r = c;
            }
        }
        return r;
    }

    /** The list's columns for a row: page, line, quoted text, mark, proofreader, status. */
    public static List<String> columns(Row r) {
        Mark m = r.mark();
        String page = r.place() == null ? "—" : String.valueOf(r.place().folio());
        String line = r.place() == null ? "—" : String.valueOf(r.place().line());
        Anchor a = m.anchor();
        String quote = a.isPoint() ? a.before().substring(Math.max(0, a.before().length() - 4)) + "‸"
                + a.after().substring(0, Math.min(4, a.after().length())) : a.quote();
        if (m.second() != null) quote += " ⇄ " + m.second().quote();
        String status = Messages.get("proof.ui.status." + m.status().json());
        if (r.orphaned() && m.status() == MarkStatus.OPEN) status = Messages.get("proof.ui.orphaned");
        if (!m.replies().isEmpty()) status += "（" + m.replies().get(m.replies().size() - 1).text() + "）";
        return List.of(page, line, quote, m.label(), m.reader(), status);
    }

    /** For tests and callers that do not keep the issue: the selection's text. */
    public static String selectedText(Issue issue, Selection s) {
        if (issue == null || s == null) return "";
        return issue.article(s.articleId()).map(a -> Anchors.text(a, s.block())).map(t -> t.substring(s.start(), s.end())).orElse("");
    }

}
