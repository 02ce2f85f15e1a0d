package cn.paiban.edit;

import cn.paiban.model.Issue;
import java.util.ArrayList;

/** Changes a section's title; typing in the title field merges into one undo step. */
public final class RenameSection extends IssueEdit {
    private final String sectionId;
    private final String title;
    private String oldTitle;

    public RenameSection(String sectionId, String title) {
        super("栏目改名为“" + title + "”");
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
        return "栏目“" + oldTitle + "”改名为“" + title + "”";
    }

    @Override
    public EditCommand mergedWith(EditCommand next) {
        if (!(next instanceof RenameSection r) || !r.sectionId.equals(sectionId)) return null;
        RenameSection merged = new RenameSection(sectionId, r.title);
        merged.oldTitle = oldTitle;
        return merged.describedAs("栏目“" + oldTitle + "”改名为“" + r.title + "”");
    }
}
