package cn.paiban.text;

/** Chooses where a prepared paragraph's lines end. */
interface LineBreaker {
    /**
     * The line ends in increasing order, the last being {@code p.n}: line k holds glyphs
     * [ends[k-1], ends[k]).
     */
    int[] breaks(PreparedParagraph p, int measure, int firstIndent);

    static LineBreaker of(CompositionRules.Breaker kind) {
        return kind == CompositionRules.Breaker.FIRST_FIT ? new FirstFitBreaker() : new TotalFitBreaker();
    }
}
