package cn.paiban.text;

import cn.paiban.font.Face;

/**
 * One placed character of a composed line: {@code offset} is its char index in the paragraph text,
 * {@code x} where the font's glyph is drawn (its pen origin) from the line's left edge, indent included,
 * and {@code advance} the room it takes up to the next glyph (its set width plus any spacing after it),
 * both in millipoints, after punctuation adjustment and justification. Draw the glyph at {@code x}
 * unchanged: a mark whose blank half was trimmed on the left (an opening bracket after another) has its
 * origin half an em left of where its room starts, and the ink still lands in the right place.
 */
public record Glyph(int offset, int codePoint, Face face, int x, int advance) {}
