package cn.paiban.text;

/**
 * A justified non-final line the composer could not keep within its limits (行过松): every break that fits
 * leaves it spacing its characters wider than ½ em, or it holds a word alone that is never letter-spaced.
 * {@code line} counts from 0 within the paragraph, [{@code start}, {@code end}) are its chars; {@code gap}
 * is the stretch of each inter-character gap in millipoints (0 when there is no gap to stretch) and
 * {@code shortBy} how much the line falls short of the measure (0 when it is justified).
 */
public record LooseLine(int line, int start, int end, int gap, int shortBy) {}
