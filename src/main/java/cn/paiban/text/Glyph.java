package cn.paiban.text;

import cn.paiban.font.Face;

/**
 * One placed character of a composed line: {@code offset} is its char index in the paragraph text,
 * {@code x} its left edge from the line start and {@code advance} its set width, both in millipoints,
 * after punctuation adjustment and justification.
 */
public record Glyph(int offset, int codePoint, Face face, int x, int advance) {}
