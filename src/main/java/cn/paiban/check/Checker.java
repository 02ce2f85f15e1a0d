package cn.paiban.check;

import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every rule family over the printed text of an issue. The same code serves {@code paiban check} and the
 * editor's 校对 tab. A finding of the issue-wide consistency rule that covers text another rule already reports
 * is dropped: the reader fixes it once.
 */
public final class Checker {
    private final List<TextRule> rules;

    public Checker(int issueYear, WordList words) {
        rules = List.of(new PairedMarks(), new AsciiPunctuation(), new DoubledMarks(), new DashesAndEllipses(), new ListComma(),
                new HanSpacing(), new YearForms(issueYear), new RangeForms(), new NumeralForms(), words);
    }

    /** Every finding on {@code pieces} (the issue's printed text, see {@link PrintedText}), in reading order. */
    public List<Finding> check(Issue issue, List<Piece> pieces) {
        Found found = new Found();
        for (int i = 0; i < pieces.size(); i++) {
            for (TextRule r : rules) r.check(pieces, i, found);
        }
        List<Finding> own = new ArrayList<>(found.list());
        Found wide = new Found();
        new RangeConsistency().check(pieces, wide);
        for (Finding f : wide.list()) {
            boolean covered = own.stream().anyMatch(o -> o.place() == f.place() && o.offset() < f.offset() + f.quote().length()
                    && f.offset() < o.offset() + o.quote().length());
            if (!covered) own.add(f);
        }
        if (issue != null) new ColophonFields().check(issue, pieces, found = new Found());
        List<Finding> all = new ArrayList<>(own);
        if (issue != null) all.addAll(found.list());
        List<Piece> order = pieces;
        java.util.Map<Piece, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) index.put(order.get(i), i);
        all.sort(Comparator.<Finding>comparingInt(f -> index.getOrDefault(f.place(), Integer.MAX_VALUE)).thenComparingInt(Finding::offset));
        return all;
    }

    /** Only the rules of one text piece: the case files and the editor's quick re-check of one paragraph. */
    public List<Finding> check(Piece piece) {
        return check(null, List.of(piece));
    }
}
