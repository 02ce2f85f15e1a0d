package cn.paiban.text;

/**
 * The clreq character classes the composer needs: which marks have a blank half (and on which side),
 * which pairs never split, where Han–Latin spacing goes.
 */
public enum CharKind {
    /** Opening brackets and quotes 「『“‘（《〈【〔: ink on the right half, blank on the left. */
    OPENING,
    /** Closing brackets and quotes 」』”’）》〉】〕: ink on the left half, blank on the right. */
    CLOSING,
    /** Pause and stop marks ，。、：；！？ (set left in the mainland GB style): blank on the right. */
    STOP,
    /** Interpuncts ·・‧: may not start a line. */
    MIDDLE_DOT,
    /** Dash —— (two em, never split). */
    DASH,
    /** Ellipsis …… (two em, never split). */
    ELLIPSIS,
    /** Connectors ～－–: may not start a line at the GB level. */
    CONNECTOR,
    /** Han characters, kana, full-width forms and other characters set on the em square. */
    HAN,
    /** Latin letters, digits and other proportional (Western) characters. */
    WESTERN,
    /** Word spaces: stretchable, dropped at a break. */
    SPACE;

    /** Marks with a blank half that punctuation adjustment may remove. */
    public boolean hasBlank() { return this == OPENING || this == CLOSING || this == STOP; }

    public boolean closingLike() { return this == CLOSING || this == STOP; }

    public static CharKind of(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFF) return HAN; // the common case first: CJK Unified Ideographs
        if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9') return WESTERN;
        switch (cp) {
            case '“', '‘', '（', '《', '〈', '「', '『', '【', '〔', '〖', '〘', '〚', '［', '｛', '｟', '〝':
                return OPENING;
            case '”', '’', '）', '》', '〉', '」', '』', '】', '〕', '〗', '〙', '〛', '］', '｝', '｠', '〞', '〟':
                return CLOSING;
            case '，', '。', '、', '．', '：', '；', '！', '？', '｡', '､':
                return STOP;
            case '·', '・', '‧', '･':
                return MIDDLE_DOT;
            case '—', '―', '⸺':
                return DASH;
            case '…', '⋯', '‥':
                return ELLIPSIS;
            case '～', '－', '–', '〜', '﹏':
                return CONNECTOR;
            case ' ', '\t', '\u2002', '\u2003', '\u2009':
                return SPACE;
            default:
                break;
        }
        if (cp == 0x3000) return HAN; // ideographic space is a blank em square, not a word space
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.BOPOMOFO) {
            return HAN;
        }
        if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3200 && cp <= 0x33FF)
                || (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xFE30 && cp <= 0xFE4F)) {
            return HAN;
        }
        return WESTERN;
    }

    /**
     * Letters and digits, between which and Han a quarter em goes (not brackets or quotes). A bare operator
     * is not among them: in 互联网+ or 承诺制+标准地 the + belongs to the Chinese compound, and copy
     * editors set it solid; where they want air they type the spaces (政府 + 链主企业), which are kept.
     */
    public static boolean spacedFromHan(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '%' || cp == '‰' || cp == '°' || cp == '℃' || cp == '$'
                || cp == '€' || cp == '£' || cp == '#' || cp == '&' || cp == '@'
                || (cp >= 0x2070 && cp <= 0x209F); // super- and subscripts (CO₂)
    }
}
