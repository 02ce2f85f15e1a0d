package cn.paiban.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Ids are checked by hand exactly as the patterns they replace checked them. */
class IdsTest {
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    private static final Pattern RESERVED = Pattern.compile("CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]");

    @Test
    void casesAsThePatterns() {
        String[] ids = {"a", "a03-nongmu", "guanyu_jiaqiang.2", "关于加强", "٣abc", "Ⅻ-roman", "½", "ǅz", "ʰa", "𠀀x", "x𠀀",
            "-a", ".a", "_a", "a b", "a/b", "a\\b", "a:b", "", "a\u0301", "\ud800", "a\udc00", "x\ud835\udfce", "A..B", "a-",
            "CON", "con", "Com1", "COM¹", "LPT9", "LPT10", "COMX", "AUXX", "NUL.", "PRN.txt", "lpt²", "CO"};
        for (String id : ids) check(id);
    }

    /** 50,000 seeded random ids from letters, digits, marks, punctuation, spaces and surrogates of several scripts. */
    @Test
    void randomIdsAsThePatterns() {
        Random r = new Random(11);
        String pool = "aZ09._-/ \\:关於٣Ⅻ½ǅʰ\u0301\u200d¹²³CONPRAUXLT.";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            int len = r.nextInt(8);
            for (int i = 0; i < len; i++) {
                switch (r.nextInt(10)) {
                    case 0 -> s.appendCodePoint(r.nextInt(0x30000));               // anything, surrogate halves too
                    case 1 -> s.appendCodePoint(0x1D7CE + r.nextInt(50));          // mathematical digits and letters
                    default -> s.append(pool.charAt(r.nextInt(pool.length())));
                }
            }
            check(s.toString());
            check(s.toString().toUpperCase(java.util.Locale.ROOT));
        }
    }

    private static void check(String id) {
        assertEquals(ID.matcher(id).matches(), Ids.wellFormed(id), id);
        assertEquals(RESERVED.matcher(id).matches(), Ids.reserved(id), id);
    }
}
