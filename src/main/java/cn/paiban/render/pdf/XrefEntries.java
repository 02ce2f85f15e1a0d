package cn.paiban.render.pdf;

/**
 * The lines of the PDF's cross-reference table, which OpenPDF writes with {@code String.format("%010d %05d %c \n",
 * offset, generation, type)} per object: each call builds a Formatter, parses the pattern (a regular expression) and,
 * in any default locale but en_US, makes a DecimalFormatSymbols for its zero digit. On a cold export that was ~8 ms
 * of the main thread's CPU at the close of the document (and ~4 ms of the warm-up's). The build has OpenPDF's
 * cross-reference entry call {@link #format} instead (src/build/java/cn/paiban/build/XrefFormat.java), which writes
 * that pattern's line by hand and hands any other pattern to String.format. The line is the same but for one thing:
 * its digits are always ASCII, as the PDF's syntax requires, where String.format wrote a locale's own (Persian,
 * say) and made the table unreadable.
 */
public final class XrefEntries {
    /** The pattern OpenPDF 2.0.5 writes each entry with: 20 bytes, space and line feed at the end. */
    static final String PATTERN = "%010d %05d %c \n";

    private XrefEntries() {}

    public static String format(String pattern, Object... args) {
        if (PATTERN.equals(pattern) && args != null && args.length == 3 && args[0] instanceof Long offset
                && args[1] instanceof Integer generation && args[2] instanceof Character type && offset >= 0 && generation >= 0) {
            StringBuilder s = new StringBuilder(20);
            digits(s, offset, 10);
            s.append(' ');
            digits(s, generation, 5);
            return s.append(' ').append(type.charValue()).append(" \n").toString();
        }
        return String.format(pattern, args);
    }

    /** {@code v} in decimal, zero-padded to {@code width} digits (never cut, as %0Nd does not cut). */
    private static void digits(StringBuilder s, long v, int width) {
        String d = Long.toString(v);
        for (int i = d.length(); i < width; i++) s.append('0');
        s.append(d);
    }
}
