package cn.paiban.text;

/** Widths of full-width punctuation (clreq 3.1.6, 标点符号的宽度调整). */
public enum PunctuationStyle {
    /** 全角式: every mark a full em, even next to another mark or at line end. */
    FULL_WIDTH,
    /** 开明式: 。？！ full em, all other marks half em; adjacent marks compressed. */
    KAIMING,
    /** 行末半角: full em mid-line, adjacent marks compressed, a mark at line end half em. The journal's default. */
    LINE_END_HALF
}
