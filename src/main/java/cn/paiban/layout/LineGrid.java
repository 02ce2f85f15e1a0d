package cn.paiban.layout;

/**
 * The body baseline grid shared by all columns: line {@code i} of a column has its em box at
 * {@code top + i * leading}, and its baseline 0.88 em below that (the ideographic em box of the CJK faces,
 * the same in every library, unlike ascent/descent).
 */
public record LineGrid(int top, int bodySize, int leading, int measureEm, int lines, int columns, int gutterEm) {

    public LineGrid {
        if (lines < 1 || columns < 1 || measureEm < 1) {
            throw new TemplateException(cn.paiban.i18n.Msg.get("limits.template.grid"));
        }
    }

    /** Column width: a whole number of body ems, so every full line holds exactly measureEm ideographs. */
    public int measure() { return measureEm * bodySize; }

    public int gutter() { return gutterEm * bodySize; }

    public int textWidth() { return columns * measure() + (columns - 1) * gutter(); }

    /** Top of the em box of grid line {@code i}. */
    public int lineTop(int i) { return top + i * leading; }

    public int baseline(int i) { return lineTop(i) + baselineOffset(bodySize); }

    /** Bottom of the last line's em box: the foot of the text area. */
    public int bottom() { return lineTop(lines - 1) + bodySize; }

    /** Distance from the top of the em box to the baseline, for any size. */
    public static int baselineOffset(int size) { return (int) Math.round(size * 0.88); }

    /** How many grid lines a height takes, rounded up. */
    public int linesFor(int height) { return (height + leading - 1) / leading; }

    public int columnX(int textLeft, int column) { return textLeft + column * (measure() + gutter()); }
}
