package cn.paiban.proof;

import java.util.Locale;

/**
 * The proofreading marks of GB/T 14706 that Paiban knows. {@code sign} is the mark as proofreaders name it, {@code json}
 * its name in the marks files. What each needs: 改 a range and the replacement; 删 a range; 增 a point and the text to
 * insert; 调 two ranges; 另起段 a point; 接排 a point at (or range at the start of) the paragraph to join to the one before;
 * 疑 a range or point and the question.
 */
public enum MarkKind {
    REPLACE("改", "replace"),
    DELETE("删", "delete"),
    INSERT("增", "insert"),
    SWAP("调", "swap"),
    SPLIT("另起段", "split"),
    JOIN("接排", "join"),
    QUERY("疑", "query");

    private final String sign;
    private final String json;

    MarkKind(String sign, String json) {
        this.sign = sign;
        this.json = json;
    }

    public String sign() { return sign; }

    public String json() { return json; }

    /**
     * The kind as the interface names it, in the interface's language: the sign itself in Chinese, a word in English
     * (an English-speaking user does not read 另起段). Files and the proof PDF's notes keep {@link #sign}.
     */
    public String display() { return cn.paiban.i18n.Msg.get("proof.kind." + json); }

    /** Whether the mark carries a text of its own: the replacement, the insertion, the question. */
    public boolean hasText() { return this == REPLACE || this == INSERT || this == QUERY; }

    /** Whether 采纳 changes the text; a query is answered instead. */
    public boolean edits() { return this != QUERY; }

    /** The kind named {@code json} in a marks file, or null. */
    public static MarkKind ofJson(String json) {
        for (MarkKind k : values()) if (k.json.equals(json.toLowerCase(Locale.ROOT))) return k;
        return null;
    }
}
