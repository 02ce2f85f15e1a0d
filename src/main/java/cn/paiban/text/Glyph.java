package cn.paiban.text;

import cn.paiban.font.Face;

/**
 * One placed character of a composed line: {@code offset} is its char index in the paragraph text,
 * {@code x} where the font's glyph is drawn (its pen origin) from the line's left edge, indent included,
 * and {@code advance} the room it takes up to the next glyph (its set width plus any spacing after it),
 * both in millipoints, after punctuation adjustment and justification. Draw the glyph at {@code x}
 * unchanged: a mark whose blank half was trimmed on the left (an opening bracket after another) has its
 * origin half an em left of where its room starts, and the ink still lands in the right place. {@code gid} is 0
 * to draw the glyph the face's cmap gives the code point, else the glyph id of the form the composer chose from
 * the face's GSUB (the full-width dash, one 2-em rule for ——), or -1 where the ligature drawn for the code point
 * before covers this one (nothing to draw; the code point is still there for text and copy).
 */
public record Glyph(int offset, int codePoint, Face face, int x, int advance, int gid) {
    /** A glyph drawn as the face's cmap maps its code point. */
    public Glyph(int offset, int codePoint, Face face, int x, int advance) {
        this(offset, codePoint, face, x, advance, 0);
    }
}
