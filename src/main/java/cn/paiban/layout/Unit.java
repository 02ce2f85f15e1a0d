package cn.paiban.layout;

import cn.paiban.text.Line;

/**
 * One thing a column holds, a whole number of grid lines high: a set line of text, or blank grid lines.
 * Whole lines are what keeps every column on the one baseline grid.
 */
public sealed interface Unit {
    int height();

    String articleId();

    /** What a text line is, which decides where a column may break around it. */
    enum Kind { BODY, HEADING, TITLE, SOURCE, SIGNATURE, JUMP_TO, JUMP_FROM, CAPTION }

    /**
     * A set line. {@code indexInPara}/{@code paraLines} place it in its paragraph (for widow/orphan control);
     * {@code offsetBase} is added to glyph offsets so a SourceRef points into the block's text.
     */
    record Text(Line line, Template.Style style, Kind kind, String articleId, int block, int offsetBase,
                int indexInPara, int paraLines) implements Unit {
        public int height() { return 1; }

        public boolean firstOfPara() { return indexInPara == 0; }

        public boolean lastOfPara() { return indexInPara == paraLines - 1; }

        public int chars() { return line.end() - line.start(); }
    }

    /**
     * An image scaled to the column: {@code imageWidth}×{@code imageHeight} (millipoints) from the top of its first grid
     * line, taking {@code lines} whole grid lines so what follows stays on the grid. {@code missing}: the file
     * could not be read and a placeholder frame of that size is set instead (the finding is already made).
     */
    record Figure(int lines, String articleId, int block, String path, int imageWidth, int imageHeight,
                  boolean missing)
            implements Unit {
        public int height() { return lines; }
    }

    /**
     * Matter set beforehand at the column measure, such as a table in running text: {@code items} from the column's
     * left and the top of its first grid line, taking {@code lines} whole grid lines. The first part of a table long
     * enough to part carries the {@link Split} that sets it again where it falls (else null).
     */
    record Inset(int lines, String articleId, int block, java.util.List<cn.paiban.display.Item> items, Split split)
            implements Unit {
        public Inset {
            items = java.util.List.copyOf(items);
        }

        public Inset(int lines, String articleId, int block, java.util.List<cn.paiban.display.Item> items) {
            this(lines, articleId, block, items, null);
        }

        public int height() { return lines; }
    }

    /**
     * A table's first part that can be set again where it falls: the table's parts (blank lines between) with the first
     * at most {@code firstLines} grid lines high and the second at most {@code nextLines}, or null when the first would
     * not hold {@link BodyUnits#MIN_ROWS} rows and leave as many.
     */
    @FunctionalInterface
    interface Split {
        java.util.List<Unit> parts(int firstLines, int nextLines);
    }

    /** Blank grid lines (space before a heading); dropped at the top of a column. */
    record Space(int lines, String articleId) implements Unit {
        public int height() { return lines; }
    }
}
