package cn.paiban.text;

import cn.paiban.font.FontBook;

/**
 * Sets a paragraph into lines of a given measure. CONTRACT (issue 3 fills in the implementation):
 * thread-safe after construction; deterministic; every input character appears in the lines once and in
 * order (spaces at a break may be discarded); every non-final JUSTIFY line has width == measure.
 */
public final class ParagraphComposer {
    private final FontBook fonts;

    public ParagraphComposer(FontBook fonts) {
        this.fonts = fonts;
    }

    public FontBook fonts() { return fonts; }

    /** Composes {@code text} in {@code style} at {@code measure} millipoints. */
    public Composition compose(String text, TextStyle style, int measure) {
        throw new UnsupportedOperationException("ParagraphComposer is being written (issue 3)");
    }
}
