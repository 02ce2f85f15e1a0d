package cn.paiban.edit;

import cn.paiban.model.Issue;

/**
 * Base of the editor's commands: an edit, and a description that names what was edited
 * (删除文章《农牧融合发展 盐碱地变了样》), which needs the issue the edit was applied to.
 */
abstract class IssueEdit implements EditCommand {
    private String description;

    IssueEdit(String description) {
        this.description = description;
    }

    @Override
    public final String description() { return description; }

    @Override
    public final Issue apply(Issue issue) {
        Issue after = edit(issue);
        description = describe(issue);
        return after;
    }

    /** The new issue; throws IllegalArgumentException (via {@link Lookup}) when the edit does not fit. */
    abstract Issue edit(Issue issue);

    /** The description, knowing the issue before the edit. */
    abstract String describe(Issue before);

    /** Sets the description of a merged command, which is never applied itself. */
    final EditCommand describedAs(String text) {
        this.description = text;
        return this;
    }
}
