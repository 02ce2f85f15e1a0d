package cn.paiban.text;

/**
 * How a paragraph is set: font role of the {@link cn.paiban.font.FontBook}, size and first-line indent in
 * millipoints, alignment of its lines.
 */
public record TextStyle(String fontRole, int size, int firstIndent, Align align) {
    // written out as cn.paiban.font.Face's are (same values as the record's own): no method handles spun at first call
    @Override
    public boolean equals(Object o) {
        return o instanceof TextStyle t && size == t.size && firstIndent == t.firstIndent && align == t.align
                && java.util.Objects.equals(fontRole, t.fontRole);
    }

    @Override
    public int hashCode() {
        return ((java.util.Objects.hashCode(fontRole) * 31 + size) * 31 + firstIndent) * 31 + java.util.Objects.hashCode(align);
    }

    public enum Align { JUSTIFY, LEFT, CENTER, RIGHT }
}
