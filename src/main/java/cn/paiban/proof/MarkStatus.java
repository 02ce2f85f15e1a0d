package cn.paiban.proof;

/** Where a mark stands: open until the editor 采纳 (applied), 不改 (declined) or answers a query (answered). */
public enum MarkStatus {
    OPEN, APPLIED, DECLINED, ANSWERED;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static MarkStatus ofJson(String s) {
        for (MarkStatus m : values()) if (m.json().equals(s)) return m;
        return null;
    }
}
