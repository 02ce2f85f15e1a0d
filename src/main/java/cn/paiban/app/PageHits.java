package cn.paiban.app;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Geometry questions about the display list: which source a point of a page shows (a click in the preview),
 * where a paragraph is set (the editor's caret → the preview). Pure functions on millipoints.
 */
public final class PageHits {
    private PageHits() {}

    /** The box a run covers: from one em above its baseline to a fifth below, from x to past its last glyph. */
    public static int[] bounds(Item.GlyphRun r) {
        int[] xs = r.xs();
        int right = r.x() + (xs.length == 0 ? 0 : xs[xs.length - 1]) + r.size();
        return new int[] {r.x(), r.baseline() - r.size(), right, r.baseline() + r.size() / 5};
    }

    /**
     * The source of the text at (x, y) millipoints on the page: the run under the point, with the offset of
     * the glyph under it. Page furniture (running heads, folios) does not count.
     */
    public static Optional<SourceRef> at(Page page, int x, int y) {
        for (Item it : page.items()) {
            if (!(it instanceof Item.GlyphRun r) || r.source().block() == -2 || r.source().articleId().isEmpty()) continue;
            int[] b = bounds(r);
            if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) continue;
            int[] xs = r.xs();
            int k = 0;
            while (k + 1 < xs.length && r.x() + xs[k + 1] <= x) k++;
            // xs count code points; the source offset counts chars.
            int chars = r.text().offsetByCodePoints(0, k);
            SourceRef s = r.source();
            return Optional.of(new SourceRef(s.articleId(), s.block(), s.offset() + chars));
        }
        return Optional.empty();
    }

    /** The runs of one block of one article on a page (block -1: the article's title, byline and lead). */
    public static List<Item.GlyphRun> runsOf(Page page, String articleId, int block) {
        List<Item.GlyphRun> out = new ArrayList<>();
        for (Item it : page.items()) {
            if (it instanceof Item.GlyphRun r && r.source().articleId().equals(articleId) && r.source().block() == block) {
                out.add(r);
            }
        }
        return out;
    }

    /** The index of the first page showing the block (or, failing that, any part of the article). */
    public static OptionalInt pageOf(Document doc, String articleId, int block) {
        for (int i = 0; i < doc.pages().size(); i++) {
            if (!runsOf(doc.pages().get(i), articleId, block).isEmpty()) return OptionalInt.of(i);
        }
        for (int i = 0; i < doc.pages().size(); i++) {
            for (Item it : doc.pages().get(i).items()) {
                if (it instanceof Item.GlyphRun r && r.source().articleId().equals(articleId)) return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The index of the page with printed folio {@code folio}. */
    public static OptionalInt pageWithFolio(Document doc, int folio) {
        for (int i = 0; i < doc.pages().size(); i++) {
            if (doc.pages().get(i).folio() == folio) return OptionalInt.of(i);
        }
        return OptionalInt.empty();
    }
}
