package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.util.ArrayList;
import java.util.List;

/** Inserts a new, empty section (栏目) at {@code index} (0 … number of sections). */
public final class AddSection extends IssueEdit {
    private final int index;
    private final String id;
    private final String title;

    public AddSection(int index, String id, String title) {
        super(Msg.get("edit.step.add-section", title));
        this.index = index;
        this.id = id;
        this.title = title;
    }

    @Override
    Issue edit(Issue issue) {
        Lookup.checkNewSectionId(issue, id);
        Lookup.requireTitle(title, "section-title");
        Lookup.checkIndex(index, issue.sections().size(), "section index");
        List<Section> sections = new ArrayList<>(issue.sections());
        sections.add(index, new Section(id, title, List.of()));
        return issue.withSections(sections);
    }

    @Override
    String describe(Issue before) { return Msg.get("edit.step.add-section", title); }
}
