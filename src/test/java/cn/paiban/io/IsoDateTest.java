package cn.paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Located.isoDate reads a date exactly as LocalDate.parse does, and refuses what it refuses. */
class IsoDateTest {
    /** What LocalDate.parse makes of {@code s}, or null where it refuses it. */
    private static LocalDate jdk(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void casesReadAsTheJdkReadsThem() {
        String[] cases = {"2023-08-28", "2023-02-28", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29",
            "2023-04-31", "2023-12-31", "2023-13-01", "2023-00-10", "2023-01-00", "2023-01-32", "0000-01-01",
            "9999-12-31", "+10000-01-01", "10000-01-01", "-0001-01-01", "+2023-08-28", "2023-8-28", "2023/08/28",
            "2023-08-28 ", " 2023-08-28", "２０２３-08-28", "2023-08-2８", "٢٠٢٣-08-28", "2023-08-28T00:00", "",
            "2023-0a-28", "20230828", "2023--8-28", "2023-08-+8", "2023年8月28日"};
        for (String s : cases) assertEquals(jdk(s), Located.isoDate(s), s);
        assertEquals(LocalDate.of(2023, 8, 28), Located.isoDate("2023-08-28"));
        assertNull(Located.isoDate("2023-02-29"));
    }

    /** Seeded random strings near the ISO form: digits, signs, separators and other characters swapped in. */
    @Test
    void randomStringsReadAsTheJdkReadsThem() {
        Random r = new Random(20231028);
        String alphabet = "0123456789-+ /T:１٣a";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder(String.format("%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33)));
            int edits = r.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = r.nextInt(s.length() + 1);
                char c = alphabet.charAt(r.nextInt(alphabet.length()));
                switch (r.nextInt(3)) {
                    case 0 -> s.insert(at, c);
                    case 1 -> { if (at < s.length()) s.setCharAt(at, c); }
                    default -> { if (at < s.length()) s.deleteCharAt(at); }
                }
            }
            String t = s.toString();
            assertEquals(jdk(t), Located.isoDate(t), t);
        }
    }
}
