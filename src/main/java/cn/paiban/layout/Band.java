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
}
