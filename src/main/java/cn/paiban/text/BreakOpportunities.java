package cn.paiban.text;

import com.ibm.icu.text.BreakIterator;

/**
 * Where a line may break: UAX #14 through ICU4J's strict line breaker, tailored to clreq (prohibitions at
 * the chosen level, —— and …… whole, · never first). ICU does the hard parts (Latin words, numbers, quotes);
 * the tailoring only ever removes opportunities, except before …… which UAX #14 forbids and clreq's
 * basic level allows.
 */
final class BreakOpportunities {
    private static final BreakIterator PROTOTYPE = StrictLineBreaker.get();

    /** The rules ICU gives zh@lb=strict: the strict line rules for Chinese and Japanese, line_cj.brk (BreakOpportunitiesTest compares). */
    static final String STRICT_RULES = StrictLineBreaker.RULES;

    /** ICU's strict line breaker for Chinese, made from its compiled rules ({@link StrictLineBreaker#make}). */
    static BreakIterator strictLineBreaker() {
        return StrictLineBreaker.make();
    }

    private BreakOpportunities() {}

    /** {@code result[i]} is whether a line may end after glyph i (for i < n-1) of the prepared text. */
    static boolean[] find(String text, int[] offsets, int[] cps, CharKind[] kinds, ProhibitionLevel level) {
        return find(text, offsets, cps, kinds, level, UrlSpans.inside(text, offsets));
    }

    /** As above; {@code url[i]} marks glyphs inside a URL or e-mail address, which break only as {@link UrlSpans} says. */
    static boolean[] find(String text, int[] offsets, int[] cps, CharKind[] kinds, ProhibitionLevel level, boolean[] url) {
        int n = cps.length;
        boolean[] can = new boolean[Math.max(n, 1)];
        BreakIterator bi;
        synchronized (PROTOTYPE) {
            bi = (BreakIterator) PROTOTYPE.clone(); // ICU iterators are not thread-safe; clones are cheap
        }
        bi.setText(text);
        int gi = 0;
        for (int b = bi.next(); b != BreakIterator.DONE && b < text.length(); b = bi.next()) {
            while (gi + 1 < n && offsets[gi + 1] < b) gi++;
            if (gi + 1 < n && offsets[gi + 1] == b) can[gi] = true;
        }
        for (int i = 0; i + 1 < n; i++) {
            if (url[i] && url[i + 1]) {
                can[i] = UrlSpans.breakInside(cps, i);
                continue;
            }
            CharKind p = kinds[i], q = kinds[i + 1];
            if (!can[i] && q == CharKind.ELLIPSIS && p != CharKind.ELLIPSIS && p != CharKind.SPACE
                    && level == ProhibitionLevel.BASIC) {
                can[i] = true; // UAX #14 keeps …… with the character before it; clreq's basic level does not
            }
            if (!can[i]) continue;
            if ((p == CharKind.DASH || p == CharKind.ELLIPSIS) && q == p) can[i] = false;
            else if (Prohibitions.noEnd(cps[i], p, level)) can[i] = false;
            else if (Prohibitions.noStart(cps[i + 1], q, level)) can[i] = false;
            else if (q == CharKind.SPACE) can[i] = false; // spaces hang at the end of the line they follow
            else if (q == CharKind.DASH && (i + 2 >= n || kinds[i + 2] != CharKind.DASH) && level != ProhibitionLevel.BASIC) {
                can[i] = false; // a single — is a connector (1—7月), not half a ——: GB keeps it off the line start
            } else if (p == CharKind.DASH && (i == 0 || kinds[i - 1] != CharKind.DASH) && Character.isDigit(cps[i + 1])
                    && i > 0 && Character.isDigit(cps[i - 1])) {
                can[i] = false; // and a range of numbers stays whole
            }
        }
        can[Math.max(n - 1, 0)] = true; // the paragraph end
        return can;
    }
}
