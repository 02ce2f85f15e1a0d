package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Issue;
import java.util.ArrayList;

/** Moves a section to position {@code toIndex} (0 … number of sections − 1) of the printed order. */
public final class MoveSection extends IssueEdit {
    private final String sectionId;
    private final int toIndex;

    public MoveSection(String sectionId, int toIndex) {
        super(Msg.get("edit.step.move-section.any"));
        this.sectionId = sectionId;
        this.toIndex = toIndex;
    }

    public String sectionId() { return sectionId; }

    @Override
    Issue edit(Issue issue) {
        int from = Lookup.sectionIndex(issue, sectionId);
        Lookup.checkIndex(toIndex, issue.sections().size() - 1, "section index");
        if (from == toIndex) return issue;
        var sections = new ArrayList<>(issue.sections());
        sections.add(toIndex, sections.remove(from));
        return issue.withSections(sections);
    }

    @Override
    String describe(Issue before) { return Msg.get("edit.step.move-section", Lookup.section(before, sectionId).title()); }
}
