package cn.paiban.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The character diff: minimal, consistent, and its position map. */
class TextDiffTest {

    @Test
    void oneAddedCharacterIsTheOnlyEdit() {
        TextDiff d = TextDiff.of("朔州市大力推进各开发区", "朔州市大力推进各开发新区");
        for (int j = 0; j < 12; j++) assertEquals(j == 10, d.inserted(j), "new " + j);
        for (int i = 0; i < 11; i++) assertFalse(d.deleted(i));
        assertEquals(10, d.oldAt(10));
        assertEquals(10, d.oldAt(11));
        assertEquals(11, d.oldAt(12));
    }

    @Test
    void aRemovedCharacterCountsBeforeTheNextOne() {
        TextDiff d = TextDiff.of("帐户余额", "户余额");
        assertTrue(d.deleted(0));
        assertEquals(1, d.deletedBefore(0));
        assertEquals(0, d.oldAt(0));
        assertEquals(0, d.deletedBefore(3));
        TextDiff end = TextDiff.of("余额。", "余额");
        assertEquals(1, end.deletedBefore(2));
    }

    /** Against the textbook LCS table: as few edits, kept characters equal and in order, on 2,000 seeded pairs. */
    @Test
    void editsAreMinimalAndKeptCharactersMatch() {
        Random rnd = new Random(20261204);
        String alphabet = "的一是了我不人在他有这，。新";
        for (int round = 0; round < 2000; round++) {
            String a = random(rnd, alphabet, rnd.nextInt(30)), b = rnd.nextBoolean() ? mutate(rnd, a, alphabet) : random(rnd, alphabet, rnd.nextInt(30));
            TextDiff d = TextDiff.of(a, b);
            StringBuilder keptA = new StringBuilder(), keptB = new StringBuilder();
            int edits = 0;
            for (int i = 0; i < a.length(); i++) if (d.deleted(i)) edits++; else keptA.append(a.charAt(i));
            for (int j = 0; j < b.length(); j++) if (d.inserted(j)) edits++; else keptB.append(b.charAt(j));
            assertEquals(keptA.toString(), keptB.toString(), a + " → " + b);
            assertEquals(a.length() + b.length() - 2 * lcs(a, b), edits, a + " → " + b);
            for (int j = 0; j < b.length(); j++) {
                if (!d.inserted(j)) assertEquals(a.charAt(d.oldAt(j) + d.deletedBefore(j)), b.charAt(j), a + " → " + b + " at " + j);
            }
            assertEquals(a.length(), d.oldAt(b.length()) + d.deletedBefore(b.length()));
        }
    }

    @Test
    void aRewriteBeyondTheEditLimitCountsAsReplacedWhole() {
        StringBuilder a = new StringBuilder(), b = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            a.append('甲');
            b.append('乙');
        }
        TextDiff d = TextDiff.of("头" + a + "尾", "头" + b + "尾");
        assertFalse(d.deleted(0));
        assertTrue(d.deleted(1) && d.deleted(4000) && d.inserted(1) && d.inserted(4000));
        assertFalse(d.inserted(4001));
    }

    private static String random(Random rnd, String alphabet, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        return sb.toString();
    }

    private static String mutate(Random rnd, String a, String alphabet) {
        StringBuilder sb = new StringBuilder(a);
        for (int k = rnd.nextInt(4); k >= 0; k--) {
            int at = sb.length() == 0 ? 0 : rnd.nextInt(sb.length());
            if (rnd.nextBoolean() || sb.length() == 0) sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
            else sb.deleteCharAt(at);
        }
        return sb.toString();
    }

    private static int lcs(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                t[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length()][b.length()];
    }
}
