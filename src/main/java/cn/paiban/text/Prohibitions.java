package cn.paiban.text;

/** Line-start and line-end prohibitions by level (clreq 3.1.7, GB/T 15834-2011 §5). */
final class Prohibitions {
    private Prohibitions() {}

    /** Whether {@code cp} may not be the first character of a line. */
    static boolean noStart(int cp, CharKind k, ProhibitionLevel level) {
        switch (k) {
            case CLOSING, STOP, MIDDLE_DOT:
                return true;
            case CONNECTOR:
                return level != ProhibitionLevel.BASIC;
            case ELLIPSIS:
                return level != ProhibitionLevel.BASIC;
            case DASH:
                return level == ProhibitionLevel.STRICT;
            default:
                break;
        }
        // Iteration marks and small kana belong to the character before them.
        if (cp == '々' || cp == '〻' || cp == 'ゝ' || cp == 'ゞ' || cp == 'ヽ' || cp == 'ヾ') return true;
        // Western closing punctuation and units.
        return cp == ')' || cp == ']' || cp == '}' || cp == ',' || cp == '.' || cp == ';' || cp == ':' || cp == '!'
                || cp == '?' || cp == '%' || cp == '‰' || cp == '℃' || cp == '°' || cp == '′' || cp == '″';
    }

    /** Whether {@code cp} may not be the last character of a line. */
    static boolean noEnd(int cp, CharKind k, ProhibitionLevel level) {
        if (k == CharKind.OPENING) return true;
        return cp == '(' || cp == '[' || cp == '{' || cp == '$' || cp == '￥' || cp == '¥' || cp == '#';
    }
}
