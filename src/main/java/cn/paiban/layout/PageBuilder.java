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
    /** The grid the page is set on, and the first grid line left free below its last story. */
    LineGrid grid;
    int freeFrom;

    PageBuilder(int folio) {
        this.folio = folio;
    }
}
