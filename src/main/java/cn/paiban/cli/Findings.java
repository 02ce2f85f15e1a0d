package cn.paiban.cli;

import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.typeset.Preflight;
import java.util.List;

/** How findings read on a terminal: severity, page, article and block, then the message. */
final class Findings {
    private Findings() {}

    /** What refuses an export: the same as the editor's ({@link Preflight#blocking}). */
    static List<Finding> errors(LayoutResult r) {
        return Preflight.blocking(r);
    }

    static String describe(Finding f) {
        StringBuilder sb = new StringBuilder(cn.paiban.i18n.Msg.get("cli.severity." + f.severity().name()));
        if (f.page() > 0) sb.append(' ').append(cn.paiban.i18n.Msg.get("cli.page", f.page()));
        if (f.articleId() != null && !f.articleId().isEmpty()) {
            sb.append(" [").append(f.articleId());
            if (f.block() >= 0) sb.append(" ¶").append(f.block() + 1);
            sb.append(']');
        }
        return safe(sb.append(cn.paiban.i18n.Msg.get("cli.colon")).append(f.message()).toString());
    }

    /**
     * Text from an issue as a terminal may show it: control characters (ESC sequences that would recolour or
     * retitle the terminal, BEL, NUL…) become their code, e.g. {@code <U+001B>}; over-long text is cut.
     */
    static String safe(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(Math.min(s.length(), 2100));
        for (int i = 0; i < s.length(); i++) {
            if (out.length() > 2000) return out.append("…").toString();
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
                out.append(String.format("<U+%04X>", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
