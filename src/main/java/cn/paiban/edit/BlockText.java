package cn.paiban.edit;

import cn.paiban.model.Block;
import java.util.Arrays;
import java.util.List;

/**
 * A body block's text as the layout's source references count it: a paragraph's or quotation's text, a figure's
 * caption, the lines of a subheading, the items of a list and the notes joined by a line feed. Tables have none
 * (their cells are set as lines of their own and edited in the article editor). Proofreaders' marks anchor to
 * offsets in this text, and {@link TextSplice} edits it.
 */
public final class BlockText {
    private BlockText() {}

    /** The block's text, or null for a block whose text a mark cannot address (a table). */
    public static String of(Block block) {
        if (block instanceof Block.Paragraph p) return p.text();
        if (block instanceof Block.Quotation q) return q.text();
        if (block instanceof Block.Image i) return i.caption() == null ? "" : i.caption();
        if (block instanceof Block.Subheading h) return String.join("\n", h.lines());
        if (block instanceof Block.ListBlock l) return String.join("\n", l.items());
        if (block instanceof Block.Notes n) return String.join("\n", n.items());
        return null;
    }

    /**
     * The block with its text replaced by {@code text}, or an IllegalArgumentException when the new text does not fit the
     * block (a line feed in a paragraph, a different number of subheading lines or list items).
     */
    static Block with(Block block, String text) {
        if (block instanceof Block.Paragraph) return new Block.Paragraph(oneLine(text));
        if (block instanceof Block.Quotation) return new Block.Quotation(oneLine(text));
        if (block instanceof Block.Image i) return new Block.Image(i.path(), oneLine(text).isEmpty() ? null : text);
        List<String> lines = Arrays.asList(text.split("\n", -1));
        if (block instanceof Block.Subheading h) return new Block.Subheading(h.level(), samePieces(lines, h.lines().size()));
        if (block instanceof Block.ListBlock l) return new Block.ListBlock(l.ordered(), samePieces(lines, l.items().size()));
        if (block instanceof Block.Notes n) return new Block.Notes(samePieces(lines, n.items().size()));
        throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.table-in-editor"));
    }

    private static String oneLine(String text) {
        if (text.indexOf('\n') >= 0) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.no-line-feed"));
        return text;
    }

    private static List<String> samePieces(List<String> lines, int count) {
        if (lines.size() != count) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.line-count"));
        return lines;
    }
}
