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
    enum Kind { BODY, HEADING, TITLE, SOURCE, SIGNATURE, JUMP_TO, JUMP_FROM }

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

    /** Blank grid lines (space before a heading); dropped at the top of a column. */
    record Space(int lines, String articleId) implements Unit {
        public int height() { return lines; }
    }
}
