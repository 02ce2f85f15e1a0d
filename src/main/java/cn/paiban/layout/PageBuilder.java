package cn.paiban.layout;

import cn.paiban.display.Item;
import java.util.ArrayList;
import java.util.List;

/** A page while the flow fills it: its items, the section of what starts it, and whether an article opens on it. */
final class PageBuilder {
    final int folio;
    final List<Item> items = new ArrayList<>();
    String section;
    boolean opening;
    boolean fullPage;

    PageBuilder(int folio) {
        this.folio = folio;
    }

    boolean isEmpty() { return items.isEmpty(); }
}
