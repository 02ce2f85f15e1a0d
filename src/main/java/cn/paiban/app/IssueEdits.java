package cn.paiban.app;

import cn.paiban.edit.ArticleList;
import cn.paiban.edit.MoveArticle;
import cn.paiban.edit.MoveSection;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outline's view of where articles live, and the {@code cn.paiban.edit} commands its gestures mean.
 * The issue keeps articles in three places (sections, short items, notices); the outline shows the last two
 * as groups {@link #SHORT_ITEMS} and {@link #NOTICES}, so everything here treats them like sections.
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

    public static List<Article> articlesOf(Issue issue, String groupId) {
        return groups(issue).stream().filter(g -> g.id().equals(groupId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + groupId)).articles();
    }

    /** The edit package's name for a group. */
    public static ArticleList list(String groupId) {
        if (SHORT_ITEMS.equals(groupId)) return ArticleList.SHORT_ITEMS;
        if (NOTICES.equals(groupId)) return ArticleList.NOTICES;
        return ArticleList.section(groupId);
    }

    /**
     * One place up or down in printed order; at the edge of its group the article crosses into the
     * neighbouring one (last place when moving up, first place when moving down). Empty at the very ends.
     */
    public static Optional<MoveArticle> shiftArticle(Issue issue, String articleId, int delta) {
        List<Group> gs = groups(issue);
        String gid = groupOf(issue, articleId);
        if (gid == null) return Optional.empty();
        int gi = indexOfGroup(gs, gid);
        List<Article> list = gs.get(gi).articles();
        int j = indexOfArticle(list, articleId) + delta;
        if (j >= 0 && j < list.size()) return Optional.of(new MoveArticle(articleId, list(gid), j));
        int ngi = gi + Integer.signum(delta);
        if (ngi < 0 || ngi >= gs.size()) return Optional.empty();
        Group next = gs.get(ngi);
        return Optional.of(new MoveArticle(articleId, list(next.id()), delta < 0 ? next.articles().size() : 0));
    }

    public static Optional<MoveSection> shiftSection(Issue issue, String sectionId, int delta) {
        int i = indexOfSection(issue, sectionId);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= issue.sections().size()) return Optional.empty();
        return Optional.of(new MoveSection(sectionId, j));
    }

    /** The article dropped onto another goes before it (its index counted once it has left its old place). */
    public static MoveArticle dropBefore(Issue issue, String dragged, String target) {
        String g = groupOf(issue, target);
        List<Article> without = articlesOf(issue, g).stream().filter(a -> !a.id().equals(dragged)).toList();
        return new MoveArticle(dragged, list(g), indexOfArticle(without, target));
    }

    public static int indexOfSection(Issue i, String id) {
        for (int k = 0; k < i.sections().size(); k++) if (i.sections().get(k).id().equals(id)) return k;
        return -1;
    }

    private static int indexOfGroup(List<Group> gs, String id) {
        for (int k = 0; k < gs.size(); k++) if (gs.get(k).id().equals(id)) return k;
        return -1;
    }

    static int indexOfArticle(List<Article> list, String id) {
        for (int k = 0; k < list.size(); k++) if (list.get(k).id().equals(id)) return k;
        return -1;
    }
}
