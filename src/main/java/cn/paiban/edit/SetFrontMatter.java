package cn.paiban.edit;

import cn.paiban.model.EditorialBoard;
import cn.paiban.model.Issue;
import cn.paiban.model.Journal;
import java.util.Objects;

/**
 * Replaces the journal facts (with colophon and slogans) or the editorial board, edited in a form
 * as a whole, and with 本期信息 the plan's page count. Edits of the same part in a row merge into one undo step.
 */
public final class SetFrontMatter extends IssueEdit {
    private final Journal journal;
    private final EditorialBoard board;
    /** The page count to set, or null to keep it. */
    private final Extent extent;
    /** Made by a form's OK (本期信息): one undo step of its own, never merged with the next. */
    private boolean whole;

    /** The issue's page count as 本期信息 sets it: {@code pages} null for none fixed. */
    public record Extent(Integer pages) {}

    private SetFrontMatter(Journal journal, EditorialBoard board, Extent extent) {
        super(label(journal, board));
        this.journal = journal;
        this.board = board;
        this.extent = extent;
    }

    public static SetFrontMatter journal(Journal journal) {
        return new SetFrontMatter(Objects.requireNonNull(journal, "journal"), null, null);
    }

    public static SetFrontMatter board(EditorialBoard board) {
        return new SetFrontMatter(null, Objects.requireNonNull(board, "board"), null);
    }

    /**
     * The journal facts, the board, the page count, or any of them (a null one is kept) in one step: what
     * 本期信息 changes at once.
     */
    static SetFrontMatter facts(Journal journal, EditorialBoard board, Extent extent) {
        if (journal == null && board == null && extent == null) throw new IllegalArgumentException("nothing to set");
        SetFrontMatter f = new SetFrontMatter(journal, board, extent);
        f.whole = true;
        return f;
    }

    private static String label(Journal journal, EditorialBoard board) {
        return cn.paiban.i18n.Msg.get(journal == null && board != null ? "facts.edit.board" : board == null ? "facts.edit.journal" : "facts.edit.both");
    }

    @Override
    Issue edit(Issue issue) {
        Issue out = issue;
        if (journal != null) {
            Lookup.requireTitle(journal.name(), "journal-name");
            if (!journal.equals(out.journal())) out = out.withJournal(journal);
        }
        if (board != null) {
            for (EditorialBoard.Role r : board.roles()) Lookup.requireTitle(r.title(), "board-role");
            if (!board.equals(out.board())) out = out.withBoard(board);
        }
        if (extent != null && !Objects.equals(extent.pages(), out.plan().pages())) {
            out = out.withPlan(out.plan().withPages(extent.pages()));
        }
        return out;
    }

    @Override
    String describe(Issue before) { return label(journal, board); }

    @Override
    public EditCommand mergedWith(EditCommand next) {
        if (next instanceof SetFrontMatter f && !whole && !f.whole && (f.journal != null) == (journal != null) && (f.board != null) == (board != null)) return f;
        return null;
    }
}
