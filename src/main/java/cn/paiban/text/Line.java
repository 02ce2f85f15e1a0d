package cn.paiban.text;

import java.util.List;

/**
 * A composed line: chars [{@code start}, {@code end}) of the paragraph, placed glyphs, the set width in
 * millipoints — the right edge of its content from the line's left edge, indent included, equal to the
 * measure for every justified non-final line — and whether it ends the paragraph.
 */
public record Line(int start, int end, List<Glyph> glyphs, int width, boolean last) {
    public Line {
        glyphs = List.copyOf(glyphs);
    }

    /** The line's text, from the glyphs (discarded spaces at the break are not in it). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        glyphs.forEach(g -> sb.appendCodePoint(g.codePoint()));
        return sb.toString();
    }
}
