package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends imported manuscripts to a section, creating the section (at the end) when the issue has none of that
 * title or id, and puts revised manuscripts (修改稿) in place of the articles they revise, each keeping its id, so
 * its section, place and planned pages stay: one undoable step for the whole drop or 导入稿件….
 */
public final class AddArticles extends IssueEdit {
    private final String section;
    private final String newSectionId;
    private final List<Article> articles;
    private final List<Article> replacing;

    /** {@code section}: a section's title or id; {@code newSectionId}: the id it gets if it must be created. */
    public AddArticles(String section, String newSectionId, List<Article> articles) {
        this(section, newSectionId, articles, List.of());
    }

    /** As above; {@code replacing}: articles each put in place of the issue's article of its id. */
    public AddArticles(String section, String newSectionId, List<Article> articles, List<Article> replacing) {
        super(Msg.get("edit.step.add-articles", articles.size() + replacing.size()));
        this.section = section;
        this.newSectionId = newSectionId;
        this.articles = List.copyOf(articles);
        this.replacing = List.copyOf(replacing);
    }

    /** The section {@code name} (title or id) of the issue, or null. */
    public static Section find(Issue issue, String name) {
        for (Section s : issue.sections()) if (s.title().equals(name)) return s;
        for (Section s : issue.sections()) if (s.id().equals(name)) return s;
        return null;
    }

    @Override
    Issue edit(Issue issue) {
        for (Article r : replacing) {
            Lookup.requireTitle(r.title(), "article-title");
            issue = replace(issue, r);
        }
        if (articles.isEmpty()) return issue;
        Lookup.requireTitle(section, "section-title");
        for (Article a : articles) {
            Lookup.checkNewArticleId(issue, a.id());
            Lookup.requireTitle(a.title(), "article-title");
        }
        List<Section> sections = new ArrayList<>(issue.sections());
        Section s = find(issue, section);
        if (s == null) {
            Lookup.checkNewSectionId(issue, newSectionId);
            sections.add(new Section(newSectionId, section, articles));
        } else {
            List<Article> all = new ArrayList<>(s.articles());
            all.addAll(articles);
            sections.set(sections.indexOf(s), s.withArticles(all));
        }
        return issue.withSections(sections);
    }

    private static Issue replace(Issue issue, Article revised) {
        Lookup.article(issue, revised.id());   // refuses an id the issue no longer has (deleted meanwhile)
        List<Section> sections = new ArrayList<>();
        for (Section s : issue.sections()) {
            List<Article> list = new ArrayList<>(s.articles());
            list.replaceAll(a -> a.id().equals(revised.id()) ? revised : a);
            sections.add(s.withArticles(list));
        }
        return issue.withSections(sections);
    }

    @Override
    String describe(Issue before) {
        if (articles.isEmpty() && replacing.size() == 1) return Msg.get("edit.step.revise-article", replacing.get(0).title());
        if (replacing.isEmpty() && articles.size() == 1) return Msg.get("edit.step.add-articles.one", articles.get(0).title());
        return replacing.isEmpty() ? Msg.get("edit.step.add-articles", articles.size())
                : Msg.get("edit.step.add-revise-articles", articles.size() + replacing.size(), replacing.size());
    }
}
