package cn.paiban.proof;

import cn.paiban.i18n.Msg;

/** How rounds are called: 一校, 二校 … and their proofs 一校样, 二校样 … (Proof 1, Proof 2 … in English). */
public final class RoundNames {
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private RoundNames() {}

    /** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (rounds run from 1 to 99). */
    static String han(int n) {
        if (n < 1 || n > 99) return Integer.toString(n);
        if (n < 10) return DIGITS[n];
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }

    /** The round: 一校 / round 1. */
    public static String round(int n) { return Msg.get("proof.round.name", han(n), n); }

    /** What the proof of the round is called in its margin: 一校样 / Proof 1. */
    public static String proof(int n) { return Msg.get("proof.round.proof", han(n), n); }
}
