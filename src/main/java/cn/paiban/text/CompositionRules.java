package cn.paiban.text;

/**
 * The typographic choices of a composition. {@link #DEFAULT} is what the journal uses: GB prohibitions,
 * 行末半角 punctuation, total-fit breaking, ¼ em Han–Latin spacing, no grid.
 *
 * @param level             line-start/line-end prohibition level
 * @param punctuation       widths of full-width marks
 * @param breaker           paragraph-wide (total-fit) or line-by-line (first-fit) breaking
 * @param hanLatinSpacing   put ¼ em between Han and Latin letters or digits
 * @param trimLineStartOpening set an opening bracket that starts a (non-first) line half-width
 * @param grid              put Han characters on whole em cells where the line allows it (see {@link LineSetter})
 */
public record CompositionRules(ProhibitionLevel level, PunctuationStyle punctuation, Breaker breaker,
                               boolean hanLatinSpacing, boolean trimLineStartOpening, boolean grid) {

    public enum Breaker { TOTAL_FIT, FIRST_FIT }

    public static final CompositionRules DEFAULT = new CompositionRules(ProhibitionLevel.GB,
            PunctuationStyle.LINE_END_HALF, Breaker.TOTAL_FIT, true, false, false);

    public CompositionRules {
        if (level == null || punctuation == null || breaker == null) throw new IllegalArgumentException("null rule");
    }

    public CompositionRules withLevel(ProhibitionLevel l) {
        return new CompositionRules(l, punctuation, breaker, hanLatinSpacing, trimLineStartOpening, grid);
    }

    public CompositionRules withPunctuation(PunctuationStyle p) {
        return new CompositionRules(level, p, breaker, hanLatinSpacing, trimLineStartOpening, grid);
    }

    public CompositionRules withBreaker(Breaker b) {
        return new CompositionRules(level, punctuation, b, hanLatinSpacing, trimLineStartOpening, grid);
    }

    public CompositionRules withHanLatinSpacing(boolean on) {
        return new CompositionRules(level, punctuation, breaker, on, trimLineStartOpening, grid);
    }

    public CompositionRules withTrimLineStartOpening(boolean on) {
        return new CompositionRules(level, punctuation, breaker, hanLatinSpacing, on, grid);
    }

    public CompositionRules withGrid(boolean on) {
        return new CompositionRules(level, punctuation, breaker, hanLatinSpacing, trimLineStartOpening, on);
    }
}
