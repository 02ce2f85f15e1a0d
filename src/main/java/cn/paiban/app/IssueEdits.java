package cn.paiban.app;

import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Pure functions from issue to changed issue for the outline and the article editor. The issue keeps its
 * articles in three places (sections, short items, notices); the outline shows the last two as groups
 * {@link #SHORT_ITEMS} and {@link #NOTICES}, so every function here treats them like sections.
 */
public final class IssueEdits {
    public static final String SHORT_ITEMS = "#short";
    public static final String NOTICES = "#notices";

    private IssueEdits() {}

    /** A container of articles as the outline shows it. */
    public record Group(String id, String title, List<Article> articles, boolean isSection) {}

    public static List<Group> groups(Issue issue) {
        List<Group> out = new ArrayList<>();
        issue.sections().forEach(s -> out.add(new Group(s.id(), s.title(), s.articles(), true)));
        out.add(new Group(SHORT_ITEMS, null, issue.shortItems(), false));
        out.add(new Group(NOTICES, null, issue.notices(), false));
        return out;
    }

    /** The id of the group holding the article, or null. */
    public static String groupOf(Issue issue, String articleId) {
        for (Group g : groups(issue)) {
            if (g.articles().stream().anyMatch(a -> a.id().equals(articleId))) return g.id();
        }
        return null;
    }

    public static Issue withGroup(Issue issue, String groupId, List<Article> articles) {
        if (groupId.equals(SHORT_ITEMS)) return issue.withShortItems(articles);
        if (groupId.equals(NOTICES)) return issue.withNotices(articles);
        List<Section> secs = new ArrayList<>(issue.sections());
        for (int i = 0; i < secs.size(); i++) {
            if (secs.get(i).id().equals(groupId)) {
                secs.set(i, secs.get(i).withArticles(articles));
                return issue.withSections(secs);
            }
        }
        throw new IllegalArgumentException("no section " + groupId);
    }

    private static List<Article> articlesOf(Issue issue, String groupId) {
        return groups(issue).stream().filter(g -> g.id().equals(groupId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + groupId)).articles();
    }

    public static Issue replaceArticle(Issue issue, String articleId, UnaryOperator<Article> change) {
        String g = groupOf(issue, articleId);
        if (g == null) throw new IllegalArgumentException("no article " + articleId);
        List<Article> list = new ArrayList<>(articlesOf(issue, g));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(articleId)) list.set(i, change.apply(list.get(i)));
        }
        return withGroup(issue, g, list);
    }

    /** Moves an article to {@code index} of group {@code toGroup} (index counted after removing it). */
    public static Issue moveArticle(Issue issue, String articleId, String toGroup, int index) {
        String from = groupOf(issue, articleId);
        if (from == null) throw new IllegalArgumentException("no article " + articleId);
        Article a = issue.article(articleId).orElseThrow();
        List<Article> src = new ArrayList<>(articlesOf(issue, from));
        src.removeIf(x -> x.id().equals(articleId));
        Issue mid = withGroup(issue, from, src);
        List<Article> dst = new ArrayList<>(articlesOf(mid, toGroup));
        dst.add(Math.max(0, Math.min(index, dst.size())), a);
        return withGroup(mid, toGroup, dst);
    }

    /**
     * Moves an article one place up or down in printed order; at the edge of its section it crosses into
     * the neighbouring section (last place when moving up, first place when moving down).
     */
    public static Issue shiftArticle(Issue issue, String articleId, int delta) {
        List<Group> gs = groups(issue);
        String gid = groupOf(issue, articleId);
        int gi = indexOfGroup(gs, gid);
        List<Article> list = gs.get(gi).articles();
        int i = indexOfArticle(list, articleId);
        int j = i + delta;
        if (j >= 0 && j < list.size()) return moveArticle(issue, articleId, gid, j);
        int ngi = gi + Integer.signum(delta);
        if (ngi < 0 || ngi >= gs.size()) return issue;
        Group next = gs.get(ngi);
        return moveArticle(issue, articleId, next.id(), delta < 0 ? next.articles().size() : 0);
    }

    public static Issue shiftSection(Issue issue, String sectionId, int delta) {
        List<Section> secs = new ArrayList<>(issue.sections());
        int i = -1;
        for (int k = 0; k < secs.size(); k++) if (secs.get(k).id().equals(sectionId)) i = k;
        int j = i + delta;
        if (i < 0 || j < 0 || j >= secs.size()) return issue;
        secs.add(j, secs.remove(i));
        return issue.withSections(secs);
    }

    public static Issue moveSection(Issue issue, String sectionId, int index) {
        List<Section> secs = new ArrayList<>(issue.sections());
        Section s = secs.stream().filter(x -> x.id().equals(sectionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + sectionId));
        secs.remove(s);
        secs.add(Math.max(0, Math.min(index, secs.size())), s);
        return issue.withSections(secs);
    }

    public static Issue addSection(Issue issue, String id, String title, int index) {
        List<Section> secs = new ArrayList<>(issue.sections());
        secs.add(Math.max(0, Math.min(index, secs.size())), new Section(id, title, List.of()));
        return issue.withSections(secs);
    }

    public static Issue addArticle(Issue issue, String groupId, int index, Article a) {
        List<Article> list = new ArrayList<>(articlesOf(issue, groupId));
        list.add(Math.max(0, Math.min(index, list.size())), a);
        return withGroup(issue, groupId, list);
    }

    /** Renames a section or an article (its title). */
    public static Issue rename(Issue issue, String id, String title) {
        if (issue.sections().stream().anyMatch(s -> s.id().equals(id))) {
            return issue.withSections(issue.sections().stream().map(s -> s.id().equals(id) ? s.withTitle(title) : s).toList());
        }
        return replaceArticle(issue, id, a -> a.withTitle(title));
    }

    /** Deletes a section (with its articles) or an article, and their page-plan entries. */
    public static Issue delete(Issue issue, String id) {
        List<String> gone = new ArrayList<>();
        Issue out;
        if (issue.sections().stream().anyMatch(s -> s.id().equals(id))) {
            issue.sections().stream().filter(s -> s.id().equals(id)).forEach(s -> s.articles().forEach(a -> gone.add(a.id())));
            out = issue.withSections(issue.sections().stream().filter(s -> !s.id().equals(id)).toList());
        } else {
            String g = groupOf(issue, id);
            if (g == null) return issue;
            gone.add(id);
            out = withGroup(issue, g, articlesOf(issue, g).stream().filter(a -> !a.id().equals(id)).toList());
        }
        PagePlan p = out.plan();
        return out.withPlan(new PagePlan(p.firstPage(),
                p.entries().stream().filter(e -> !gone.contains(e.articleId())).toList(), p.templatePages()));
    }

    /** Sets an article's pinned start page and jump target (null: the layout decides / no jump). */
    public static Issue setPlan(Issue issue, String articleId, Integer startPage, Integer continuesOn) {
        PagePlan p = issue.plan();
        List<PagePlan.Entry> entries = new ArrayList<>(p.entries());
        entries.removeIf(e -> e.articleId().equals(articleId));
        if (startPage != null || continuesOn != null) {
            int at = entries.size();
            // Keep the plan in printed order, so the file stays diffable.
            List<String> order = issue.allArticles().stream().map(Article::id).toList();
            int mine = order.indexOf(articleId);
            for (int k = 0; k < entries.size(); k++) {
                if (order.indexOf(entries.get(k).articleId()) > mine) {
                    at = k;
                    break;
                }
            }
            entries.add(at, new PagePlan.Entry(articleId, startPage, continuesOn));
        }
        return issue.withPlan(new PagePlan(p.firstPage(), entries, p.templatePages()));
    }

    /** An id not used by any section or article, from {@code stem}. */
    public static String freshId(Issue issue, String stem) {
        java.util.Set<String> used = new java.util.HashSet<>();
        issue.sections().forEach(s -> used.add(s.id()));
        issue.allArticles().forEach(a -> used.add(a.id()));
        for (int n = 1; ; n++) {
            String id = stem + "-" + n;
            if (!used.contains(id)) return id;
        }
    }

    private static int indexOfGroup(List<Group> gs, String id) {
        for (int k = 0; k < gs.size(); k++) if (gs.get(k).id().equals(id)) return k;
        return -1;
    }

    private static int indexOfArticle(List<Article> list, String id) {
        for (int k = 0; k < list.size(); k++) if (list.get(k).id().equals(id)) return k;
        return -1;
    }
}
