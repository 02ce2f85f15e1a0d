package cn.paiban.edit;

import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The edits a proofreader's mark asks for, in plain values (article id, body block, offsets in {@link BlockText}): replace
 * a range (改; 删 replaces with nothing, 增 replaces an empty range), swap two ranges (调), split a paragraph (另起段), join a
 * paragraph to the one before it (接排). Each checks that the text it was given is still where it was, so a stale mark
 * can never change the wrong words. Block -1 is the article's title: its text can be replaced and swapped within it,
 * never emptied, split or joined.
 */
public final class TextSplice extends IssueEdit {
    private enum Op { REPLACE, SWAP, SPLIT, JOIN }

    /** A range of a block's text and the text expected in it. */
    public record Range(int block, int start, int end, String expected) {
        public Range {
            Objects.requireNonNull(expected, "expected");
            if (start < 0 || end < start) throw new IllegalArgumentException("range " + start + "…" + end);
        }
    }

    private final Op op;
    private final String articleId;
    private final Range first;
    private final Range second;
    private final String text;

    private TextSplice(String description, Op op, String articleId, Range first, Range second, String text) {
        super(description);
        this.op = op;
        this.articleId = Objects.requireNonNull(articleId, "articleId");
        this.first = Objects.requireNonNull(first, "range");
        this.second = second;
        this.text = text;
    }

    /** Replaces {@code range} by {@code replacement} (empty: delete; an empty range: insert). */
    public static TextSplice replace(String description, String articleId, Range range, String replacement) {
        return new TextSplice(description, Op.REPLACE, articleId, range, null, Objects.requireNonNull(replacement));
    }

    /** Swaps the texts of two ranges, which must not overlap (in one block or two blocks of the article). */
    public static TextSplice swap(String description, String articleId, Range a, Range b) {
        return new TextSplice(description, Op.SWAP, articleId, a, Objects.requireNonNull(b), null);
    }

    /** Splits paragraph {@code block} at {@code at}: the text from there on becomes the next paragraph. */
    public static TextSplice split(String description, String articleId, int block, int at) {
        return new TextSplice(description, Op.SPLIT, articleId, new Range(block, at, at, ""), null, null);
    }

    /** Joins paragraph {@code block} to the paragraph before it (接排): one paragraph, the texts run on. */
    public static TextSplice join(String description, String articleId, int block) {
        return new TextSplice(description, Op.JOIN, articleId, new Range(block, 0, 0, ""), null, null);
    }

    @Override
    Issue edit(Issue issue) {
        Article a = Lookup.article(issue, articleId);
        if (first.block() == -1 || (second != null && second.block() == -1)) return Lookup.replace(issue, title(a));
        List<Block> body = new ArrayList<>(a.body());
        switch (op) {
            case REPLACE -> {
                String t = checked(body, first);
                String after = t.substring(0, first.start()) + text + t.substring(first.end());
                if (after.equals(t)) return issue;
                body.set(first.block(), BlockText.with(body.get(first.block()), after));
            }
            case SWAP -> swap(body);
            case SPLIT -> {
                String t = checked(body, first);
                Block b = body.get(first.block());
                if (!(b instanceof Block.Paragraph || b instanceof Block.Quotation)) {
                    throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.split-not-paragraph"));
                }
                if (first.start() == 0 || first.start() >= t.length()) {
                    throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.split-at-edge"));
                }
                body.set(first.block(), BlockText.with(b, t.substring(0, first.start())));
                body.add(first.block() + 1, BlockText.with(b, t.substring(first.start())));
            }
            case JOIN -> {
                int i = first.block();
                Lookup.checkIndex(i, body.size() - 1, "block index");
                if (i == 0) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.join-first"));
                Block prev = body.get(i - 1), b = body.get(i);
                if (!(prev instanceof Block.Paragraph || prev instanceof Block.Quotation) || !(b instanceof Block.Paragraph
                        || b instanceof Block.Quotation)) {
                    throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.join-not-paragraphs"));
                }
                body.set(i - 1, BlockText.with(prev, BlockText.of(prev) + BlockText.of(b)));
                body.remove(i);
            }
        }
        return Lookup.replace(issue, a.withBody(body));
    }

    /** The edit made in the title (block -1): a replacement, or a swap of two ranges both in it. */
    private Article title(Article a) {
        String t = a.title();
        String after;
        if (op == Op.REPLACE) {
            check(t, first);
            after = t.substring(0, first.start()) + text + t.substring(first.end());
        } else if (op == Op.SWAP && first.block() == -1 && second.block() == -1) {
            Range x = first.start() <= second.start() ? first : second, y = x == first ? second : first;
            check(t, x);
            check(t, y);
            if (x.end() > y.start()) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.swap-overlap"));
            after = t.substring(0, x.start()) + y.expected() + t.substring(x.end(), y.start()) + x.expected() + t.substring(y.end());
        } else {
            throw new IllegalArgumentException("a title can only be corrected within itself");
        }
        if (after.indexOf('\n') >= 0) throw new IllegalArgumentException("a title holds no line feed");
        return a.withTitle(Lookup.requireTitle(after, "article-title"));
    }

    private void swap(List<Block> body) {
        Range x = first, y = second;
        if (y.block() < x.block() || (y.block() == x.block() && y.start() < x.start())) {
            Range t = x;
            x = y;
            y = t;
        }
        String tx = checked(body, x), ty = checked(body, y);
        if (x.block() == y.block()) {
            if (x.end() > y.start()) throw new IllegalArgumentException("the two ranges of a swap overlap");
            String t = tx.substring(0, x.start()) + y.expected() + tx.substring(x.end(), y.start()) + x.expected()
                    + tx.substring(y.end());
            body.set(x.block(), BlockText.with(body.get(x.block()), t));
        } else {
            body.set(x.block(), BlockText.with(body.get(x.block()), tx.substring(0, x.start()) + y.expected() + tx.substring(x.end())));
            body.set(y.block(), BlockText.with(body.get(y.block()), ty.substring(0, y.start()) + x.expected() + ty.substring(y.end())));
        }
    }

    /** The block's text, after checking that {@code r} lies in it and holds what it expects. */
    private static String checked(List<Block> body, Range r) {
        Lookup.checkIndex(r.block(), body.size() - 1, "block index");
        String t = BlockText.of(body.get(r.block()));
        if (t == null) throw new IllegalArgumentException("a table's text is edited in the article editor");
        check(t, r);
        return t;
    }

    private static void check(String t, Range r) {
        if (r.end() > t.length() || !t.startsWith(r.expected(), r.start()) || r.end() - r.start() != r.expected().length()) {
            throw new IllegalArgumentException("“" + r.expected() + "” is no longer where it was");
        }
    }

    @Override
    String describe(Issue before) {
        return description();
    }
}
