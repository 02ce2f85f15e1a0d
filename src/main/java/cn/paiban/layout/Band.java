package cn.paiban.layout;

import cn.paiban.display.Item;
import java.util.List;

/**
 * Something that spans all columns (an article's title block, a framed notice), built at the origin
 * (x from the text area's left, y from the band's top) and {@code lines} grid lines high.
 */
record Band(int lines, List<Item> items) {
    Band {
        items = List.copyOf(items);
    }

    /** The items of a band that lie wholly above {@code height} (from the band's top); anchors always stay. */
    static List<Item> within(List<Item> items, int height) {
        return items.stream().filter(i -> bottom(i) <= height).toList();
    }

    private static int bottom(Item i) {
        if (i instanceof Item.GlyphRun g) return g.baseline();
        if (i instanceof Item.Rule r) return Math.max(r.y1(), r.y2());
        if (i instanceof Item.Box b) return b.rect().y() + b.rect().height();
        if (i instanceof Item.Image im) return im.rect().y() + im.rect().height();
        if (i instanceof Item.ForeignPage f) return f.rect().y() + f.rect().height();
        return 0;
    }
}
