package cn.paiban.display;

import java.util.List;

/**
 * One typeset page. {@code folio} is the printed page number (the number the contents and jump markers
 * refer to); {@code blank} pages pad the issue to a multiple of four.
 */
public record Page(int folio, PageFormat format, List<Item> items, boolean blank) {
    public Page {
        items = List.copyOf(items);
    }
}
