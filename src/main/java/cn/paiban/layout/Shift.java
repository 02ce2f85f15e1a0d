package cn.paiban.layout;

import cn.paiban.display.Item;
import cn.paiban.geom.Rect;
import java.util.List;

/** Moves display items built at the origin to where a band or frame lands on its page. */
final class Shift {
    private Shift() {}

    static List<Item> all(List<Item> items, int dx, int dy) {
        return items.stream().map(i -> one(i, dx, dy)).toList();
    }

    static Item one(Item item, int dx, int dy) {
        if (item instanceof Item.GlyphRun g) {
            return new Item.GlyphRun(g.x() + dx, g.baseline() + dy, g.face(), g.size(), g.text(), g.xs(), g.glyphs(), g.ink(),
                    g.source());
        }
        if (item instanceof Item.Rule r) return new Item.Rule(r.x1() + dx, r.y1() + dy, r.x2() + dx, r.y2() + dy, r.width(), r.ink());
        if (item instanceof Item.Box b) return new Item.Box(move(b.rect(), dx, dy), b.strokeWidth(), b.stroke(), b.fill());
        if (item instanceof Item.Image im) return new Item.Image(move(im.rect(), dx, dy), im.path(), im.source());
        if (item instanceof Item.ForeignPage f) {
            return new Item.ForeignPage(move(f.rect(), dx, dy), f.source(), f.pageIndex(), f.raster(), f.template());
        }
        Item.Anchor a = (Item.Anchor) item;
        return new Item.Anchor(a.id(), a.title(), a.level(), a.y() + dy);
    }

    private static Rect move(Rect r, int dx, int dy) { return new Rect(r.x() + dx, r.y() + dy, r.width(), r.height()); }
}
