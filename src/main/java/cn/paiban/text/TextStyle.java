package cn.paiban.text;

/**
 * How a paragraph is set: font role of the {@link cn.paiban.font.FontBook}, size and first-line indent in
 * millipoints, alignment of its lines.
 */
public record TextStyle(String fontRole, int size, int firstIndent, Align align) {
    public enum Align { JUSTIFY, LEFT, CENTER, RIGHT }
}
