package cn.paiban.app;

import cn.paiban.edit.AddArticle;
import cn.paiban.edit.AddSection;
import cn.paiban.edit.ArticleField;
import cn.paiban.edit.DeleteArticle;
import cn.paiban.edit.DeleteSection;
import cn.paiban.edit.EditArticleText;
import cn.paiban.edit.EditCommand;
import cn.paiban.edit.PlanDeal;
import cn.paiban.edit.FreshIds;
import cn.paiban.edit.MoveArticle;
import cn.paiban.edit.MoveSection;
import cn.paiban.edit.RenameSection;
import cn.paiban.edit.SetPlanEntry;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The outline: sections and their articles with the page plan, and the structural edits on them. Each edit
 * is one {@code cn.paiban.edit} command, so one undo step. The view turns {@link #rows} into a tree.
 */
public final class OutlineModel {
    private final EditorSession session;
    private final StringProperty selected = new SimpleStringProperty(this, "selected");

    public OutlineModel(EditorSession session) {
        this.session = session;
    }

    /**
     * Looks at an outline edit before it happens. The window's guard typesets the issue the edit would make
     * ({@link cn.paiban.plan.EditReview}), refuses what would lose an article or leave a placeholder, and asks when a
     * move passes a pinned start page or would leave pages empty or text overset. Without a window, moves take the
     * start pages along in the new order ({@link PlanDeal#followed}) and other edits are done as they are.
     */
    public interface Guard {
        /** Does the move or one reading of it; false when it was refused or cancelled. */
        boolean move(MoveArticle move);

        /** The same for a section moved among the sections. */
        boolean move(MoveSection move);

        /** Does the edit; false when it was refused or cancelled. */
        boolean edit(EditCommand command);
    }

    private Guard guard = new Guard() {
        @Override
        public boolean move(MoveArticle move) { return reorder(move); }

        @Override
        public boolean move(MoveSection move) { return reorder(move); }

        private boolean reorder(EditCommand move) {
            Issue before = session.issue();
            EditCommand command = move;
            try {
                command = PlanDeal.withPlan(move, PlanDeal.followed(before, move.apply(before)), move.description());
            } catch (IllegalArgumentException e) {
                // the session reports it
            }
            return session.execute(command);
        }

        @Override
        public boolean edit(EditCommand command) { return session.execute(command); }
    };

    public void setGuard(Guard g) { this.guard = java.util.Objects.requireNonNull(g); }

    /**
     * A row of the outline: a section (or the short-items / notices group) with its articles under it; {@code error}:
     * one of its problems is an error (red, as in the preflight list), else they are warnings (orange).
     */
    public record Row(String id, String label, boolean group, List<Row> children, Integer startPage,
            Integer continuesOn, Integer laidOutPage, List<String> problems, boolean error) {}

    /** The tree rows; {@code result} (may be null) adds where each article was set and its overset warnings. */
    public List<Row> rows(LayoutResult result) {
        Issue issue = session.issue();
        List<Row> out = new ArrayList<>();
        if (issue == null) return out;
        Map<String, Integer> starts = result == null ? Map.of() : result.startPages();
        for (IssueEdits.Group g : IssueEdits.groups(issue)) {
            if (!g.isSection() && g.articles().isEmpty()) continue;
            List<Row> kids = new ArrayList<>();
            for (Article a : g.articles()) {
                PagePlan.Entry e = issue.plan().entry(a.id()).orElse(null);
                List<String> problems = new ArrayList<>();
                boolean error = false;
                if (result != null) {
                    for (Finding f : result.findings()) {
                        if (a.id().equals(f.articleId()) && f.severity() != Finding.Severity.INFO) {
                            problems.add(f.message());
                            error |= f.severity() == Finding.Severity.ERROR;
                        }
                    }
                }
                kids.add(new Row(a.id(), a.title(), false, List.of(), e == null ? null : e.startPage(),
                        e == null ? null : e.continuesOn(), starts.get(a.id()), problems, error));
            }
            String label = g.isSection() ? g.title() : Messages.get(g.id().equals(IssueEdits.SHORT_ITEMS) ? "outline.shortItems" : "outline.notices");
            out.add(new Row(g.id(), label, true, kids, null, null, null, List.of(), false));
        }
        return out;
    }

    public void addSection(String title) {
        Issue i = session.issue();
        String id = FreshIds.section(i, "section");
        int at = i.sections().size();
        String sel = selected.get();
        for (int k = 0; k < i.sections().size(); k++) {
            if (i.sections().get(k).id().equals(sel) || i.sections().get(k).articles().stream().anyMatch(a -> a.id().equals(sel))) at = k + 1;
        }
        if (session.execute(new AddSection(at, id, title))) selected.set(id);
    }

    /** Adds an empty article after the selected one (or at the end of the selected section). */
    public void addArticle(String title) {
        Issue i = session.issue();
        String sel = selected.get();
        String group = sel == null ? null : (isGroup(sel) ? sel : IssueEdits.groupOf(i, sel));
        if (group == null) {
            if (i.sections().isEmpty()) return;
            group = i.sections().get(i.sections().size() - 1).id();
        }
        List<Article> list = IssueEdits.articlesOf(i, group);
        int at = list.size();
        for (int k = 0; k < list.size(); k++) if (list.get(k).id().equals(sel)) at = k + 1;
        String id = FreshIds.article(i, "article");
        Article a = new Article(id, ArticleKind.FEATURE, null, title, null, List.of(), null,
                List.of(new cn.paiban.model.Block.Paragraph("")), null, null);
        if (guard.edit(new AddArticle(IssueEdits.list(group), at, a))) selected.set(id);
    }

    public void rename(String id, String title) {
        if (title == null || title.isBlank()) return;
        if (isSection(id)) session.execute(new RenameSection(id, title.strip()));
        else session.execute(new EditArticleText(id, ArticleField.TITLE, title.strip()));
    }

    public void delete(String id) {
        if (id == null || id.startsWith("#")) return;
        boolean done = isSection(id) ? session.execute(new DeleteSection(id)) : guard.edit(new DeleteArticle(id));
        if (done && id.equals(selected.get())) selected.set(null);
    }

    /** Alt+Up / Alt+Down: one place up or down (articles cross into the neighbouring section). */
    public void shift(String id, int delta) {
        if (id == null || id.startsWith("#")) return;
        Issue i = session.issue();
        if (isSection(id)) IssueEdits.shiftSection(i, id, delta).ifPresent(guard::move);
        else IssueEdits.shiftArticle(i, id, delta).ifPresent(guard::move);
    }

    /**
     * Drag and drop: {@code dragged} dropped on {@code target}. An article dropped on an article goes before
     * it, on a section to the section's end; a section dropped on a section goes before it.
     */
    public boolean drop(String dragged, String target) {
        Issue i = session.issue();
        if (dragged == null || target == null || dragged.equals(target) || dragged.startsWith("#")) return false;
        if (isSection(dragged)) {
            String targetSection = isGroup(target) ? target : IssueEdits.groupOf(i, target);
            if (targetSection == null || !isSection(targetSection)) return false;
            int idx = IssueEdits.indexOfSection(i, targetSection);
            if (IssueEdits.indexOfSection(i, dragged) < idx) idx--;
            return guard.move(new MoveSection(dragged, idx));
        }
        if (isGroup(target)) {
            int end = IssueEdits.articlesOf(i, target).size() - (target.equals(IssueEdits.groupOf(i, dragged)) ? 1 : 0);
            return guard.move(new MoveArticle(dragged, IssueEdits.list(target), end));
        }
        if (IssueEdits.groupOf(i, target) == null) return false;
        return guard.move(IssueEdits.dropBefore(i, dragged, target));
    }

    /** Moves an article to the end of another section. */
    public void moveToSection(String articleId, String sectionId) {
        drop(articleId, sectionId);
    }

    /** Sets the page plan of an article: pinned start page and jump target, null for none. */
    public void setPlan(String articleId, Integer startPage, Integer continuesOn) {
        session.execute(new SetPlanEntry(articleId, startPage, continuesOn));
    }

    public boolean isSection(String id) {
        Issue i = session.issue();
        return i != null && i.sections().stream().anyMatch(s -> s.id().equals(id));
    }

    public boolean isGroup(String id) {
        return id != null && (id.startsWith("#") || isSection(id));
    }

    public StringProperty selectedProperty() { return selected; }

    /**
     * Manuscripts dropped on the row {@code rowId} (a section, or an article of it; null: the selected row) or
     * chosen with 导入稿件…: the same {@link cn.paiban.manuscript.ManuscriptBatch} as {@code paiban add}, one
     * undoable step. Images and the import report go into the issue's folder; an issue not yet saved to a folder
     * cannot take images, and is told so. Returns the batch (its report and refusals are for the dialog).
     * With no section's row chosen in an issue of several sections it refuses as {@code paiban add} without
     * --section does ({@link cn.paiban.manuscript.ManuscriptBatch.SectionNotChosen}), nothing changed.
     */
    public cn.paiban.manuscript.ManuscriptBatch importManuscripts(List<java.nio.file.Path> files, String rowId) throws java.io.IOException {
        return importManuscripts(files, rowId, b -> RevisionChoice.KEEP_BOTH);
    }

    /** What to do with manuscripts that have an article's title already (修改稿): {@link cn.paiban.manuscript.ManuscriptBatch#revisions}. */
    public enum RevisionChoice { REPLACE, KEEP_BOTH, CANCEL }

    /**
     * As above; {@code revisions} decides for manuscripts whose titles articles of the issue have (the editor asks
     * 替换原文 / 另作新文章, as {@code paiban add --replace / --keep-both}). Returns null when it says CANCEL: nothing done.
     */
    public cn.paiban.manuscript.ManuscriptBatch importManuscripts(List<java.nio.file.Path> files, String rowId,
            java.util.function.Function<cn.paiban.manuscript.ManuscriptBatch, RevisionChoice> revisions) throws java.io.IOException {
        Issue issue = session.issue();
        if (issue == null) throw new IllegalStateException(cn.paiban.i18n.Msg.get("import.gui.noIssue"));
        String row = rowId != null ? rowId : selected.get();
        String section = null;
        if (row != null) {
            for (var s : issue.sections()) if (s.id().equals(row)) section = s.id();
            if (section == null) section = issue.sectionOf(row).map(cn.paiban.model.Section::id).orElse(null);
        }
        var batch = cn.paiban.manuscript.ManuscriptBatch.read(issue, files, section, null);
        if (!batch.revisions().isEmpty()) {
            RevisionChoice c = revisions.apply(batch);
            if (c == RevisionChoice.CANCEL) return null;
            if (c == RevisionChoice.REPLACE) batch.replacingRevisions();
        }
        var command = batch.command();   // refuses as paiban add does: kept both, with no section chosen
        if (command == null) {
            if (session.folder() != null && !batch.refused().isEmpty()) batch.writeFiles(session.folder());
            return batch;
        }
        boolean images = batch.results().stream().anyMatch(r -> !r.images().isEmpty());
        if (session.folder() == null && images) throw new IllegalStateException(cn.paiban.i18n.Msg.get("import.gui.saveFirst"));
        if (session.folder() != null) batch.writeFiles(session.folder());
        session.execute(command);
        selected.set(batch.articleIdOf(batch.results().get(0)));
        return batch;
    }
}
