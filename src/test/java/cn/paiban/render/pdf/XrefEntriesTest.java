package cn.paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cross-reference lines written by hand are String.format's, to the byte. */
class XrefEntriesTest {
    @Test
    void linesAsStringFormatWritesThem() {
        Random r = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            long offset = switch (r.nextInt(4)) {
                case 0 -> r.nextInt(1000);
                case 1 -> r.nextInt(Integer.MAX_VALUE);
                case 2 -> (long) (r.nextDouble() * 1e12);
                default -> r.nextLong() >>> 1;   // more digits than the ten of the pattern: not cut
            };
            int generation = r.nextBoolean() ? r.nextInt(10) : r.nextInt(200_000);
            char type = r.nextBoolean() ? 'n' : 'f';
            Object[] args = {offset, generation, type};
            assertEquals(String.format(XrefEntries.PATTERN, args), XrefEntries.format(XrefEntries.PATTERN, args));
        }
        assertEquals("0000000000 65535 f \n", XrefEntries.format(XrefEntries.PATTERN, 0L, 65535, 'f'));
    }

    /** Anything else is String.format's own: other patterns, other argument types, negative numbers, nulls. */
    @Test
    void anythingElseGoesToStringFormat() {
        Object[][] cases = {{-5L, 0, 'n'}, {5L, -1, 'n'}, {5, 0, 'n'}, {5L, 0L, 'n'}, {5L, 0, "n"}, {null, 0, 'n'}};
        for (Object[] args : cases) {
            assertEquals(outcome(() -> String.format(XrefEntries.PATTERN, args)), outcome(() -> XrefEntries.format(XrefEntries.PATTERN, args)));
        }
        assertEquals(String.format("%d-%s", 7, "x"), XrefEntries.format("%d-%s", 7, "x"));
        assertEquals(String.format("%010d %05d %c\n", 7L, 0, 'n'), XrefEntries.format("%010d %05d %c\n", 7L, 0, 'n'));
    }

    /** The string made, or the exception thrown and its message. */
    private static String outcome(java.util.function.Supplier<String> f) {
        try {
            return f.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
