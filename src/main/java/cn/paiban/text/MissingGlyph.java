package cn.paiban.text;

/** A character that no face of the style's fallback chain has, at {@code offset} of the paragraph. */
public record MissingGlyph(int offset, int codePoint) {
    public String describe() {
        return String.format("U+%04X '%s' at offset %d", codePoint, new String(Character.toChars(codePoint)), offset);
    }
}
