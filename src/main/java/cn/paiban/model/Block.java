package cn.paiban.model;

import java.util.List;

/** A body block of an article. Text is plain Unicode as the copy editor left it. */
public sealed interface Block {

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {}

    /** A subheading; {@code lines} are set one per line (the sample has two-line subheadings). */
    record Subheading(int level, List<String> lines) implements Block {
        public Subheading {
            if (level < 1) throw new IllegalArgumentException("level " + level);
            lines = List.copyOf(lines);
        }
    }

    /** A quotation, set indented. */
    record Quotation(String text) implements Block {}

    /** A list of items, numbered or bulleted. */
    record ListBlock(boolean ordered, List<String> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /**
     * A table: a caption, the issuing body (朔州市统计局), header rows, body rows and a note.
     * Every row has the same number of cells.
     */
    record Table(String caption, String issuer, List<List<String>> header, List<List<String>> rows, String note)
            implements Block {
        public Table {
            header = header.stream().map(List::copyOf).toList();
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An image from the issue folder, with its caption. */
    record Image(String path, String caption) implements Block {}

    /**
     * The article's footnotes and endnotes, set after the body in the template's note style. Each item begins
     * with the mark that stands in the text (①, ②…), so text and note stay matched whatever the layout does.
     */
    record Notes(List<String> items) implements Block {
        public Notes {
            items = List.copyOf(items);
        }
    }
}
