package cn.paiban.io.plaintext;

/**
 * One text line of the body after page furniture is cut away. {@code text} is normalised; {@code raw} is
 * the line as dumped (tables need its tabs). {@code afterPageBreak}: a running head or folio stood between
 * this line and the one before, so a paragraph may run on across it. Jump pages are 0 when absent.
 */
public record Unit(int line, String raw, String text, boolean afterPageBreak, int jumpOutPage, int jumpInPage) {

    public static Unit of(int line, String text) { return new Unit(line, text, TextNormaliser.normalise(text), false, 0, 0); }

    public boolean endsSentence() { return Chars.endsSentence(text); }

    public double em() { return Chars.compressedEm(text); }

    Unit withText(String t) { return new Unit(line, raw, t, afterPageBreak, jumpOutPage, jumpInPage); }
}
