package cn.paiban.text;

import cn.paiban.font.FontBook;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a paragraph into lines of a given measure, to W3C clreq: break opportunities from UAX #14 tailored
 * to clreq prohibitions, total-fit breaking that avoids 孤字, punctuation adjustment and justification.
 * CONTRACT: thread-safe after construction; deterministic; every input character appears in the lines
 * once and in order (spaces at a break may be discarded); every non-final JUSTIFY line has
 * width == measure unless it holds a word alone, which is never letter-spaced; no line spaces its characters
 * wider than ½ em unless no break allows it, and every such line is listed in {@link Composition#loose()};
 * characters no face has are set as placeholders and listed in
 * {@link Composition#missing()}.
 */
public final class ParagraphComposer {
    private final FontBook fonts;
    private final TextPreparer preparer;

    public ParagraphComposer(FontBook fonts) {
        this.fonts = fonts;
        this.preparer = new TextPreparer(fonts);
    }

    public FontBook fonts() { return fonts; }

    /** Composes {@code text} in {@code style} at {@code measure} millipoints with the journal's rules. */
    public Composition compose(String text, TextStyle style, int measure) {
        return compose(text, style, measure, CompositionRules.DEFAULT);
    }

    public Composition compose(String text, TextStyle style, int measure, CompositionRules rules) {
        if (text == null) throw new IllegalArgumentException("paragraph text is null");
        if (style.size() <= 0) throw new IllegalArgumentException("font size must be positive, got " + style.size() + " mpt");
        if (measure < style.size()) {
            throw new IllegalArgumentException("measure " + measure + " mpt is narrower than one em (" + style.size() + " mpt)");
        }
        if (style.firstIndent() < 0 || style.firstIndent() > measure - style.size()) {
            throw new IllegalArgumentException("first-line indent " + style.firstIndent() + " mpt does not leave one em of the measure "
                    + measure + " mpt");
        }
        PreparedParagraph p = preparer.prepare(text, style, rules);
        if (p.n == 0) {
            return new Composition(List.of(new Line(0, text.length(), List.of(), style.firstIndent(), true)), List.of());
        }
        int[] ends = LineBreaker.of(rules.breaker()).breaks(p, measure, style.firstIndent());
        List<Line> lines = new ArrayList<>(ends.length);
        List<LooseLine> loose = new ArrayList<>();
        int a = 0;
        for (int k = 0; k < ends.length; k++) {
            boolean last = k == ends.length - 1;
            Line line = LineSetter.set(p, a, ends[k], k, last, style, measure, rules);
            lines.add(line);
            if (!last && style.align() == TextStyle.Align.JUSTIFY) {
                int gap = LineFit.looseness(p, a, ends[k], LineFit.available(k, measure, style.firstIndent()));
                // grid mode pads onto cells first, so only a line that cannot stretch at all is judged there
                if (gap > p.em / LineFit.MAX_GAP_DENOMINATOR && (!rules.grid() || gap == LineFit.NO_GAP)) {
                    loose.add(new LooseLine(k, line.start(), line.end(), gap == LineFit.NO_GAP ? 0 : gap,
                            Math.max(0, measure - line.width())));
                }
            }
            a = ends[k];
        }
        return new Composition(lines, p.missing, loose);
    }
}
