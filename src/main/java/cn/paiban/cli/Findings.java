package cn.paiban.cli;

import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import java.util.List;

/** How findings read on a terminal: severity, page, article and block, then the message. */
final class Findings {
    private Findings() {}

    static List<Finding> errors(LayoutResult r) {
        return r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
    }

    static String describe(Finding f) {
        StringBuilder sb = new StringBuilder(f.severity().name());
        if (f.page() > 0) sb.append(" p.").append(f.page());
        if (f.articleId() != null && !f.articleId().isEmpty()) {
            sb.append(" [").append(f.articleId());
            if (f.block() >= 0) sb.append(" ¶").append(f.block() + 1);
            sb.append(']');
        }
        return sb.append(": ").append(f.message()).toString();
    }
}
