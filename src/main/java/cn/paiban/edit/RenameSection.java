package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Issue;
import java.util.ArrayList;

/** Changes a section's title; typing in the title field merges into one undo step. */
public final class RenameSection extends IssueEdit {
    private final String sectionId;
    private final String title;
    private String oldTitle;

    public RenameSection(String sectionId, String title) {
        super(Msg.get("edit.step.rename-section.any", title));
        this.sectionId = sectionId;
        this.title = title;
    }

    @Override
    Issue edit(Issue issue) {
        Lookup.requireTitle(title, "section-title");
        int i = Lookup.sectionIndex(issue, sectionId);
        if (issue.sections().get(i).title().equals(title)) return issue;
        var sections = new ArrayList<>(issue.sections());
        sections.set(i, sections.get(i).withTitle(title));
        return issue.withSections(sections);
    }

    @Override
    String describe(Issue before) {
        oldTitle = Lookup.section(before, sectionId).title();
        return Msg.get("edit.step.rename-section", oldTitle, title);
    }

    @Override
    public EditCommand mergedWith(EditCommand next) {
        if (!(next instanceof RenameSection r) || !r.sectionId.equals(sectionId)) return null;
        RenameSection merged = new RenameSection(sectionId, r.title);
        merged.oldTitle = oldTitle;
        return merged.describedAs(Msg.get("edit.step.rename-section", oldTitle, r.title));
    }
}
