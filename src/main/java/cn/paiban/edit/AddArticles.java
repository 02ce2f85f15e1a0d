package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends imported manuscripts to a section, creating the section (at the end) when the issue has none of that
 * title or id: one undoable step for the whole drop or 导入稿件….
 */
public final class AddArticles extends IssueEdit {
    private final String section;
    private final String newSectionId;
    private final List<Article> articles;

    /** {@code section}: a section's title or id; {@code newSectionId}: the id it gets if it must be created. */
    public AddArticles(String section, String newSectionId, List<Article> articles) {
        super(Msg.get("edit.step.add-articles", articles.size()));
        this.section = section;
        this.newSectionId = newSectionId;
        this.articles = List.copyOf(articles);
    }

    /** The section {@code name} (title or id) of the issue, or null. */
    public static Section find(Issue issue, String name) {
        for (Section s : issue.sections()) if (s.title().equals(name)) return s;
        for (Section s : issue.sections()) if (s.id().equals(name)) return s;
        return null;
    }

    @Override
    Issue edit(Issue issue) {
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

    @Override
    String describe(Issue before) {
        return articles.size() == 1 ? Msg.get("edit.step.add-articles.one", articles.get(0).title())
                : Msg.get("edit.step.add-articles", articles.size());
    }
}
