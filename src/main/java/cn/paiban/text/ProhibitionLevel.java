package cn.paiban.text;

/**
 * How strictly line-start and line-end prohibitions (行首行尾禁则, clreq 3.1.7) are applied.
 * Every level keeps —— and …… whole, keeps Latin words and numbers whole and never starts a line with ·.
 */
public enum ProhibitionLevel {
    /** Pause/stop marks and closing brackets never start a line; opening brackets never end one. */
    BASIC,
    /** BASIC plus GB/T 15834: interpuncts and connectors (～－–) never start a line. The default. */
    GB,
    /** GB plus: —— and …… never start a line (they stay with the text before them). */
    STRICT
}
