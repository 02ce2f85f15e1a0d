package cn.paiban.text;

/**
 * How strictly line-start and line-end prohibitions (行首行尾禁则, clreq 3.1.7) are applied.
 * Every level keeps —— and …… whole, keeps Latin words and numbers whole and never starts a line with ·.
 */
public enum ProhibitionLevel {
    /** Pause/stop marks and closing brackets never start a line; opening brackets never end one. */
    BASIC,
    /**
     * BASIC plus GB/T 15834 and common practice: interpuncts, connectors (～－– and a single —) and ……
     * never start a line (UAX #14 agrees on ……). The default.
     */
    GB,
    /** GB plus: —— never starts a line either (it stays with the text before it). */
    STRICT
}
