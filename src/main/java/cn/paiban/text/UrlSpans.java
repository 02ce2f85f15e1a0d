package cn.paiban.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs and e-mail addresses in a paragraph. Inside them a line may break only after a separator
 * {@code / . - _ ? & = #} (after the whole run, so {@code https://} stays whole) and before {@code @}, never
 * with a hyphen added; everything else in them stays together, as in InDesign, 飞腾 and Typst. A trailing
 * full stop, comma or closing bracket belongs to the sentence, not the address.
 */
final class UrlSpans {
    private static final String URL_CHARS = "[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]";
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:(?:https?|ftp)://|www\\.)" + URL_CHARS + "+"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final String TRAILING = ".,;:!?'\")]";
    private static final String SEPARATORS = "/.-_?&=#";

    private UrlSpans() {}

    /**
     * Per glyph of the prepared text: 0 outside an address, 1 inside one. {@code offsets[i]} is the char
     * offset of glyph i.
     */
    static boolean[] inside(String text, int[] offsets) {
        int n = offsets.length;
        boolean[] in = new boolean[n];
        if (text.indexOf('/') < 0 && text.indexOf('@') < 0 && text.indexOf("www.") < 0) return in;
        Matcher m = ADDRESS.matcher(text);
        int gi = 0;
        while (m.find()) {
            int s = m.start(), e = m.end();
            while (e > s && TRAILING.indexOf(text.charAt(e - 1)) >= 0) e--;
            while (gi < n && offsets[gi] < s) gi++;
            for (int g = gi; g < n && offsets[g] < e; g++) in[g] = true;
        }
        return in;
    }

    static boolean separator(int cp) { return cp < 128 && SEPARATORS.indexOf(cp) >= 0; }

    /**
     * Whether a line may end after glyph i when glyphs i and i+1 are both inside one address: after a run of
     * separators, or before an @.
     */
    static boolean breakInside(int[] cps, int i) {
        int p = cps[i], q = cps[i + 1];
        if (q == '@') return true;
        return separator(p) && !separator(q) && q != '@';
    }
}
