package cn.paiban.check;

/** Character classes the rules share. */
final class Chars {
    private Chars() {}

    /** The end of the run of {@code t.charAt(i)} that starts at {@code i} (——, ，，, ……). */
    static int runEnd(String t, int i) {
        char c = t.charAt(i);
        int j = i;
        while (j < t.length() && t.charAt(j) == c) j++;
        return j;
    }

    static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp == '〇';
    }

    static boolean han(String s, int i) {
        return i >= 0 && i < s.length() && han(s.codePointAt(i));
    }

    /** Full-width Chinese punctuation (the CJK block, the full-width forms, and “”‘’…—·). */
    static boolean cjkPunct(char c) {
        return (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20')
                || (c >= '\uFF3B' && c <= '\uFF40') || (c >= '\uFF5B' && c <= '\uFF65')
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—';
    }

    /** Han or full-width punctuation at {@code i}: Chinese text. */
    static boolean chinese(String s, int i) {
        return i >= 0 && i < s.length() && (han(s, i) || cjkPunct(s.charAt(i)));
    }

    static boolean digit(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    static boolean latin(String s, int i) {
        if (i < 0 || i >= s.length()) return false;
        char c = s.charAt(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
