package cn.paiban.io.plaintext;

/**
 * What kind of character this is, and how a line of them is shaped. The importer's guesses rest on these
 * few facts: Han, Chinese punctuation, where a sentence ends, whether brackets are left open.
 */
public final class Chars {
    private Chars() {}

    private static final String CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·～〔〕";
    private static final String SENTENCE_END = "。！？；…";
    private static final String CLOSERS = "”’）》〉】」』〕)";
    /** Characters that never begin a line or a paragraph in Chinese text (clreq line-start prohibitions). */
    private static final String NO_START = "，。、；：？！”’）》〉】」』〕,.;:?!)%";

    public static boolean isHan(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN && Character.isLetter(cp);
    }

    public static boolean isCjkPunct(int cp) { return CJK_PUNCT.indexOf(cp) >= 0; }

    /** Han or Chinese punctuation: the neighbours that make ASCII punctuation next to them Chinese. */
    public static boolean isChinese(int cp) { return isHan(cp) || isCjkPunct(cp); }

    public static boolean isAsciiAlnum(int cp) { return cp < 128 && Character.isLetterOrDigit(cp); }

    /** Does the text end a sentence (after stripping closing quotes and brackets)? 文章来源 lines count. */
    public static boolean endsSentence(String s) {
        String t = s.strip();
        int i = t.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(t.charAt(i)) >= 0) i--;
        if (i < 0) return false;
        if (i < t.length() - 1 && t.charAt(t.length() - 1) == '）' && t.startsWith("（")) return true;
        return SENTENCE_END.indexOf(t.charAt(i)) >= 0 || t.charAt(i) == '.' && i > 0 && !Character.isDigit(t.charAt(i - 1))
                || t.charAt(i) == '?' || t.charAt(i) == '!';
    }

    public static boolean startsWithNoStart(String s) {
        String t = s.strip();
        return !t.isEmpty() && NO_START.indexOf(t.charAt(0)) >= 0;
    }

    /** True if a quote, book-title mark or bracket opened in {@code s} is not closed in it. */
    public static boolean leavesOpen(String s) {
        return open(s, '“', '”') > 0 || open(s, '‘', '’') > 0 || open(s, '《', '》') > 0 || open(s, '（', '）') > 0
                || open(s, '(', ')') > 0;
    }

    /** Opened minus closed, never below zero at any point. */
    static int open(String s, char opener, char closer) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == opener) depth++;
            else if (c == closer && depth > 0) depth--;
        }
        return depth;
    }

    /**
     * Width in em as typeset in a justified column: Han 1, ASCII ½, Chinese punctuation ½ (it is compressed
     * inside a line, clreq), spaces 0. Used to tell a line that fills a column from a short heading.
     */
    public static double compressedEm(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) continue;
            w += isCjkPunct(cp) || cp < 128 ? 0.5 : 1;
        }
        return w;
    }

    /** Number of Han characters. */
    public static int hanCount(String s) {
        return (int) s.codePoints().filter(Chars::isHan).count();
    }

    /** Han characters only, in order. */
    public static String han(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(Chars::isHan).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** A space between two Han characters: deliberate in titles and headings, padding in names. */
    public static boolean hasHanSpaceHan(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            if (s.charAt(i) == ' ' && isHan(s.codePointBefore(i)) && isHan(s.codePointAt(i + 1))) return true;
        }
        return false;
    }

    /** Text with every whitespace removed, for matching a contents title against the body. */
    public static String squeeze(String s) { return s.replaceAll("\\s+", ""); }
}
