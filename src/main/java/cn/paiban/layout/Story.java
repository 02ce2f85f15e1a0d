package cn.paiban.layout;

import cn.paiban.model.Article;
import java.util.List;

/**
 * One thing the page flow places, in printed order: an article (title band + column units), a run of
 * short news items, the continuation of a jumped article, a framed notice or a full-page table.
 * {@code pin} is the page it must start on (null: after the previous story); a {@code shareable} story
 * may start below another on a page, the rest start at a page top.
 */
final class Story {
    enum Type { FLOW, NOTICE, TABLE }

    final Type type;
    final Article article;
    final String section;
    final boolean sectionStart;
    final Integer pin;
    final boolean shareable;
    final Integer continuesOn;
    final Band header;
    /** The column units, composed when first asked for: a flow that stops at the pages in view composes only theirs. */
    private List<Unit> units;
    private java.util.function.Supplier<List<Unit>> make;
    /** For a continuation: the page the first part ended on (for （上接第N页）). */
    final int fromPage;
    /** The grid it is set on. */
    final LineGrid grid;
    /** Body-grid lines a notice takes (its frame is set off the grid). */
    int fixedLines;

    Story(Type type, Article article, String section, boolean sectionStart, Integer pin, boolean shareable,
          Integer continuesOn, Band header, List<Unit> units, int fromPage, LineGrid grid) {
        this(type, article, section, sectionStart, pin, shareable, continuesOn, header, () -> units, fromPage, grid);
    }

    Story(Type type, Article article, String section, boolean sectionStart, Integer pin, boolean shareable,
          Integer continuesOn, Band header, java.util.function.Supplier<List<Unit>> units, int fromPage, LineGrid grid) {
        this.grid = grid;
        this.type = type;
        this.article = article;
        this.section = section;
        this.sectionStart = sectionStart;
        this.pin = pin;
        this.shareable = shareable;
        this.continuesOn = continuesOn;
        this.header = header;
        this.make = units;
        this.fromPage = fromPage;
    }

    List<Unit> units() {
        if (units == null) {
            units = make.get();
            make = null;
        }
        return units;
    }

    boolean isContinuation() { return fromPage > 0; }

    /** Column lines it needs at least on the page it shares (for reserving room before it). */
    int minLines(int columns) {
        return switch (type) {
            case FLOW -> (header == null ? 0 : header.lines()) + 1
                    + (ColumnFlow.height(units(), 0, units().size()) + columns - 1) / columns + 1;
            case NOTICE -> fixedLines + 1;
            case TABLE -> Integer.MAX_VALUE / 4;
        };
    }
}
