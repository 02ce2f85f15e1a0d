package cn.paiban.app;

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
 * is one undo step with a description in the UI language. The view turns {@link #rows} into a tree.
 */
public final class OutlineModel {
    private final EditorSession session;
    private final StringProperty selected = new SimpleStringProperty(this, "selected");

    public OutlineModel(EditorSession session) {
        this.session = session;
    }

    /** A row of the outline: a section (or the short-items / notices group) with its articles under it. */
    public record Row(String id, String label, boolean group, List<Row> children, Integer startPage,
            Integer continuesOn, Integer laidOutPage, List<String> problems) {}

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
                if (result != null) {
                    for (Finding f : result.findings()) {
                        if (a.id().equals(f.articleId()) && f.severity() != Finding.Severity.INFO) problems.add(f.message());
                    }
                }
                kids.add(new Row(a.id(), a.title(), false, List.of(), e == null ? null : e.startPage(),
                        e == null ? null : e.continuesOn(), starts.get(a.id()), problems));
            }
            String label = g.isSection() ? g.title() : Messages.get(g.id().equals(IssueEdits.SHORT_ITEMS) ? "outline.shortItems" : "outline.notices");
            out.add(new Row(g.id(), label, true, kids, null, null, null, List.of()));
        }
        return out;
    }

    public void addSection(String title) {
        Issue i = session.issue();
        String id = IssueEdits.freshId(i, "section");
        int at = i.sections().size();
        String sel = selected.get();
        for (int k = 0; k < i.sections().size(); k++) {
            if (i.sections().get(k).id().equals(sel) || i.sections().get(k).articles().stream().anyMatch(a -> a.id().equals(sel))) at = k + 1;
        }
        int index = at;
        session.apply(Messages.get("edit.addSection"), is -> IssueEdits.addSection(is, id, title, index));
        selected.set(id);
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
        String g = group;
        List<Article> list = IssueEdits.groups(i).stream().filter(x -> x.id().equals(g)).findFirst().orElseThrow().articles();
        int at = list.size();
        for (int k = 0; k < list.size(); k++) if (list.get(k).id().equals(sel)) at = k + 1;
        String id = IssueEdits.freshId(i, "article");
        Article a = new Article(id, ArticleKind.FEATURE, null, title, null, List.of(), null,
                List.of(new cn.paiban.model.Block.Paragraph("")), null, null);
        int index = at;
        session.apply(Messages.get("edit.addArticle"), is -> IssueEdits.addArticle(is, g, index, a));
        selected.set(id);
    }

    public void rename(String id, String title) {
        if (title == null || title.isBlank()) return;
        session.apply(Messages.get("edit.rename"), is -> IssueEdits.rename(is, id, title.strip()));
    }

    public void delete(String id) {
        if (id == null || id.startsWith("#")) return;
        session.apply(Messages.get("edit.delete"), is -> IssueEdits.delete(is, id));
        if (id.equals(selected.get())) selected.set(null);
    }

    /** Alt+Up / Alt+Down: one place up or down (articles cross into the neighbouring section). */
    public void shift(String id, int delta) {
        if (id == null || id.startsWith("#")) return;
        if (isSection(id)) session.apply(Messages.get("edit.move"), is -> IssueEdits.shiftSection(is, id, delta));
        else session.apply(Messages.get("edit.move"), is -> IssueEdits.shiftArticle(is, id, delta));
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
            int idx = indexOfSection(i, targetSection);
            if (indexOfSection(i, dragged) < idx) idx--;
            int to = idx;
            session.apply(Messages.get("edit.move"), is -> IssueEdits.moveSection(is, dragged, to));
            return true;
        }
        if (isGroup(target)) {
            session.apply(Messages.get("edit.move"), is -> IssueEdits.moveArticle(is, dragged, target, Integer.MAX_VALUE));
            return true;
        }
        String g = IssueEdits.groupOf(i, target);
        if (g == null) return false;
        session.apply(Messages.get("edit.move"), is -> {
            Issue removed = IssueEdits.moveArticle(is, dragged, g, 0);   // lift it out first, then find the target
            List<Article> list = IssueEdits.groups(removed).stream().filter(x -> x.id().equals(g)).findFirst().orElseThrow().articles();
            int idx = 0;
            List<Article> without = list.stream().filter(a -> !a.id().equals(dragged)).toList();
            for (int k = 0; k < without.size(); k++) if (without.get(k).id().equals(target)) idx = k;
            return IssueEdits.moveArticle(removed, dragged, g, idx);
        });
        return true;
    }

    /** Moves an article to the end of another section. */
    public void moveToSection(String articleId, String sectionId) {
        session.apply(Messages.get("edit.move"), is -> IssueEdits.moveArticle(is, articleId, sectionId, Integer.MAX_VALUE));
    }

    /** Sets the page plan of an article: pinned start page and jump target, null for none. */
    public void setPlan(String articleId, Integer startPage, Integer continuesOn) {
        session.apply(Messages.get("edit.plan"), is -> IssueEdits.setPlan(is, articleId, startPage, continuesOn));
    }

    public boolean isSection(String id) {
        Issue i = session.issue();
        return i != null && i.sections().stream().anyMatch(s -> s.id().equals(id));
    }

    public boolean isGroup(String id) {
        return id != null && (id.startsWith("#") || isSection(id));
    }

    private static int indexOfSection(Issue i, String id) {
        for (int k = 0; k < i.sections().size(); k++) if (i.sections().get(k).id().equals(id)) return k;
        return -1;
    }

    public StringProperty selectedProperty() { return selected; }
}
