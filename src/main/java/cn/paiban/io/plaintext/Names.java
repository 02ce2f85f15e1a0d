package cn.paiban.io.plaintext;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a printed name list. Printers pad two-character names to three with a space (王 虎, 祁 贵), so two
 * single-character tokens in a row are one name. An odd single character left over cannot be placed for sure.
 */
public final class Names {
    private Names() {}

    public record Split(List<String> names, boolean certain) {}

    public static Split split(String line) {
        String[] tokens = line.strip().split("[\\s\\u3000]+");
        List<String> names = new ArrayList<>();
        boolean certain = true;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty()) continue;
            if (t.codePointCount(0, t.length()) == 1 && Chars.isHan(t.codePointAt(0))) {
                if (i + 1 < tokens.length && tokens[i + 1].codePointCount(0, tokens[i + 1].length()) == 1) {
                    names.add(t + tokens[++i]);
                    continue;
                }
                certain = false;
            }
            names.add(t);
        }
        return new Split(List.copyOf(names), certain);
    }

    /** True if every token is a short Han word: a line of names, not a sentence. */
    public static boolean looksLikeNames(String line) {
        String s = line.strip();
        if (s.isEmpty()) return false;
        for (String t : s.split("\\s+")) {
            int n = t.codePointCount(0, t.length());
            if (n < 1 || n > 4 || !t.codePoints().allMatch(Chars::isHan)) return false;
        }
        return true;
    }
}
