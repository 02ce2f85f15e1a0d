package cn.paiban.io.plaintext;

import com.ibm.icu.text.Transliterator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Short ASCII ids from Chinese titles: the pinyin of the first four Han characters, in pairs
 * (加快发展县域经济 → jiakuai-fazhan; 卷首语 → juanshouyu). Unique within one import.
 */
public final class Slugs {
    private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    private final Set<String> used = new HashSet<>();

    public String of(String title, String fallback) { return of(title, fallback, false); }

    /** {@code fromEnd}: name by the last four Han characters (征稿启事, 经济指标), for titles that say what they are last. */
    public String of(String title, String fallback, boolean fromEnd) {
        String han = Chars.han(title.replaceFirst("^\\s*\\d{4}\\s*年", ""));
        if (fromEnd && han.codePointCount(0, han.length()) > 4) han = han.substring(han.offsetByCodePoints(han.length(), -4));
        String base;
        if (han.isEmpty()) {
            base = fallback;
        } else {
            int n = Math.min(4, han.codePointCount(0, han.length()));
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                int cp = han.codePointAt(han.offsetByCodePoints(0, k));
                if (k == 2 && n > 3) sb.append('-');
                sb.append(PINYIN.transliterate(new String(Character.toChars(cp))).replaceAll("[^a-z0-9]", ""));
            }
            base = sb.toString().toLowerCase(Locale.ROOT);
        }
        String id = base;
        for (int k = 2; !used.add(id); k++) id = base + "-" + k;
        return id;
    }
}
