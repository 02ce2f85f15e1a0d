package cn.paiban.edit;

import cn.paiban.model.EditorialBoard;
import cn.paiban.model.Issue;
import cn.paiban.model.Journal;
import java.util.Objects;

/**
 * Replaces the journal facts (with colophon and slogans) or the editorial board, edited in a form
 * as a whole. Edits of the same part in a row merge into one undo step.
 */
public final class SetFrontMatter extends IssueEdit {
    private final Journal journal;
    private final EditorialBoard board;

    private SetFrontMatter(Journal journal, EditorialBoard board) {
        super(journal != null ? "修改刊物信息" : "修改编委会");
        this.journal = journal;
        this.board = board;
    }

    public static SetFrontMatter journal(Journal journal) {
        return new SetFrontMatter(Objects.requireNonNull(journal, "journal"), null);
    }

    public static SetFrontMatter board(EditorialBoard board) {
        return new SetFrontMatter(null, Objects.requireNonNull(board, "board"));
    }

    @Override
    Issue edit(Issue issue) {
        if (journal != null) {
            Lookup.requireTitle(journal.name(), "the journal's name");
            return journal.equals(issue.journal()) ? issue : issue.withJournal(journal);
        }
        for (EditorialBoard.Role r : board.roles()) Lookup.requireTitle(r.title(), "a role of the board");
        return board.equals(issue.board()) ? issue : issue.withBoard(board);
    }

    @Override
    String describe(Issue before) { return journal != null ? "修改刊物信息" : "修改编委会"; }

    @Override
    public EditCommand mergedWith(EditCommand next) {
        if (next instanceof SetFrontMatter f && (f.journal != null) == (journal != null)) return f;
        return null;
    }
}
