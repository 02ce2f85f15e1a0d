package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits of an article's body blocks: replace (typing in one block merges into one undo step),
 * insert, delete. Indexes count blocks from 0.
 */
public final class BodyEdit extends IssueEdit {
    private enum Op { REPLACE, INSERT, DELETE, MOVE }

    private final Op op;
    private final String articleId;
    private final int index;
    private final Block block;
    /** For MOVE: where block {@code index} goes, counted after it has left its place. */
    private final int toIndex;

    private BodyEdit(Op op, String articleId, int index, Block block, int toIndex) {
        super(Msg.get("edit.step.body." + op.name().toLowerCase(java.util.Locale.ROOT) + ".any"));
        this.op = op;
        this.articleId = articleId;
        this.index = index;
        this.block = block;
        this.toIndex = toIndex;
    }

    private BodyEdit(Op op, String articleId, int index, Block block) {
        this(op, articleId, index, block, -1);
    }

    /** Puts {@code block} in place of block {@code index}. */
    public static BodyEdit replace(String articleId, int index, Block block) {
        return new BodyEdit(Op.REPLACE, articleId, index, java.util.Objects.requireNonNull(block));
    }

    /** Inserts {@code block} before block {@code index} (index = number of blocks appends). */
    public static BodyEdit insert(String articleId, int index, Block block) {
        return new BodyEdit(Op.INSERT, articleId, index, java.util.Objects.requireNonNull(block));
    }

    public static BodyEdit delete(String articleId, int index) {
        return new BodyEdit(Op.DELETE, articleId, index, null);
    }

    /** Moves block {@code from} to position {@code to} of the body without it. */
    public static BodyEdit move(String articleId, int from, int to) {
        return new BodyEdit(Op.MOVE, articleId, from, null, to);
    }

    @Override
    Issue edit(Issue issue) {
        Article a = Lookup.article(issue, articleId);
        List<Block> body = new ArrayList<>(a.body());
        switch (op) {
            case REPLACE -> {
                Lookup.checkIndex(index, body.size() - 1, "block index");
                if (body.get(index).equals(block)) return issue;
                body.set(index, block);
            }
            case INSERT -> {
                Lookup.checkIndex(index, body.size(), "block index");
                body.add(index, block);
            }
            case DELETE -> {
                Lookup.checkIndex(index, body.size() - 1, "block index");
                body.remove(index);
            }
            case MOVE -> {
                Lookup.checkIndex(index, body.size() - 1, "block index");
                Lookup.checkIndex(toIndex, body.size() - 1, "block index");
                if (index == toIndex) return issue;
                body.add(toIndex, body.remove(index));
            }
        }
        return Lookup.replace(issue, a.withBody(body));
    }

    @Override
    String describe(Issue before) {
        return Msg.get("edit.step.body." + op.name().toLowerCase(java.util.Locale.ROOT),
                Lookup.article(before, articleId).title(), index + 1);
    }

    @Override
    public EditCommand mergedWith(EditCommand next) {
        if (op == Op.REPLACE && next instanceof BodyEdit b && b.op == Op.REPLACE && b.articleId.equals(articleId)
                && b.index == index) {
            return new BodyEdit(Op.REPLACE, articleId, index, b.block).describedAs(description());
        }
        return null;
    }
}
