package cn.paiban.edit;

import cn.paiban.model.Article;
import cn.paiban.model.Ids;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finding and replacing parts of an immutable Issue by id; every miss is an IllegalArgumentException saying what is missing. */
final class Lookup {
    private Lookup() {}

    static int sectionIndex(Issue issue, String sectionId) {
        for (int i = 0; i < issue.sections().size(); i++) {
            if (issue.sections().get(i).id().equals(sectionId)) return i;
        }
        throw new IllegalArgumentException("no section \"" + sectionId + "\" in the issue");
    }

    static Section section(Issue issue, String sectionId) {
        return issue.sections().get(sectionIndex(issue, sectionId));
    }

    static List<Article> articles(Issue issue, ArticleList list) {
        if (list instanceof ArticleList.InSection s) return section(issue, s.sectionId()).articles();
        if (list instanceof ArticleList.ShortItems) return issue.shortItems();
        return issue.notices();
    }

    static Issue withArticles(Issue issue, ArticleList list, List<Article> articles) {
        if (list instanceof ArticleList.InSection s) {
            List<Section> sections = new ArrayList<>(issue.sections());
            int i = sectionIndex(issue, s.sectionId());
            sections.set(i, sections.get(i).withArticles(articles));
            return issue.withSections(sections);
        }
        if (list instanceof ArticleList.ShortItems) return issue.withShortItems(articles);
        return issue.withNotices(articles);
    }

    /** The list holding the article. */
    static ArticleList listOf(Issue issue, String articleId) {
        for (Section s : issue.sections()) {
            if (indexIn(s.articles(), articleId) >= 0) return ArticleList.section(s.id());
        }
        if (indexIn(issue.shortItems(), articleId) >= 0) return ArticleList.SHORT_ITEMS;
        if (indexIn(issue.notices(), articleId) >= 0) return ArticleList.NOTICES;
        throw new IllegalArgumentException("no article \"" + articleId + "\" in the issue");
    }

    static int indexIn(List<Article> articles, String articleId) {
        for (int i = 0; i < articles.size(); i++) if (articles.get(i).id().equals(articleId)) return i;
        return -1;
    }

    static Article article(Issue issue, String articleId) {
        return issue.article(articleId).orElseThrow(() -> new IllegalArgumentException("no article \"" + articleId + "\" in the issue"));
    }

    /** The issue with the article of the same id replaced, where it stands. */
    static Issue replace(Issue issue, Article article) {
        ArticleList list = listOf(issue, article.id());
        List<Article> articles = new ArrayList<>(articles(issue, list));
        articles.set(indexIn(articles, article.id()), article);
        return withArticles(issue, list, articles);
    }

    /** Deleted articles leave the plan too: a plan entry for a missing article cannot be saved. */
    static Issue withoutPlanEntries(Issue issue, Set<String> articleIds) {
        List<PagePlan.Entry> kept = issue.plan().entries().stream().filter(e -> !articleIds.contains(e.articleId())).toList();
        if (kept.size() == issue.plan().entries().size()) return issue;
        return issue.withPlan(issue.plan().withEntries(kept));
    }

    static void checkIndex(int index, int max, String what) {
        if (index < 0 || index > max) throw new IllegalArgumentException(what + " " + index + " is outside 0…" + max);
    }

    /** Ids must be usable as file names and unique, ignoring case, among sections or among articles. */
    static void checkNewSectionId(Issue issue, String id) {
        checkId(id);
        for (Section s : issue.sections()) {
            if (Ids.key(s.id()).equals(Ids.key(id))) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.section-exists", s.id()));
        }
    }

    static void checkNewArticleId(Issue issue, String id) {
        checkId(id);
        for (Article a : issue.allArticles()) {
            if (Ids.key(a.id()).equals(Ids.key(id))) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.article-exists", a.id()));
        }
    }

    private static void checkId(String id) {
        String problem = Ids.problem(id);
        if (problem != null) throw new IllegalArgumentException(problem);
    }

    static String requireTitle(String title, String what) {
        if (title == null || title.isBlank()) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.empty", cn.paiban.i18n.Msg.get("edit.what." + what)));
        return title;
    }
}
