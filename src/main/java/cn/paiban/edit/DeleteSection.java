package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

/**
 * Deletes a section with its articles and their plan entries. The last section cannot go: an issue
 * without sections cannot be saved or loaded.
 */
public final class DeleteSection extends IssueEdit {
    private final String sectionId;

    public DeleteSection(String sectionId) {
        super(Msg.get("edit.step.delete-section.any"));
        this.sectionId = sectionId;
    }

    @Override
    Issue edit(Issue issue) {
        int i = Lookup.sectionIndex(issue, sectionId);
        if (issue.sections().size() == 1) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.last-section"));
        var sections = new ArrayList<>(issue.sections());
        Section gone = sections.remove(i);
        Set<String> ids = new HashSet<>();
        for (Article a : gone.articles()) ids.add(a.id());
        return Lookup.withoutPlanEntries(issue.withSections(sections), ids);
    }

    @Override
    String describe(Issue before) {
        Section s = Lookup.section(before, sectionId);
        return s.articles().isEmpty() ? Msg.get("edit.step.delete-section", s.title())
                : Msg.get("edit.step.delete-section.with-articles", s.title(), s.articles().size());
    }
}
