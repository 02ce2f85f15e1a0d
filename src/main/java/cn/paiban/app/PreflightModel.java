package cn.paiban.app;

import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.List;

/** The preflight panel: the layout's findings as rows that say where, each a link to its page and paragraph. */
public final class PreflightModel {
    private PreflightModel() {}

    /** A finding with its label; {@code page} is a folio (0 unknown), {@code block} -1 for none. */
    public record Row(Finding finding, String label) {}

    public static List<Row> rows(LayoutResult result, Issue issue) {
        List<Row> out = new ArrayList<>();
        if (result == null) return out;
        List<Finding> all = new ArrayList<>(result.findings());
        if (issue != null) all.addAll(cn.paiban.plan.Copyfit.findings(result, issue));
        for (Finding f : all) {
            StringBuilder sb = new StringBuilder(Messages.get("severity." + f.severity().name()));
            if (f.page() > 0) sb.append(" · ").append(Messages.get("preflight.page", f.page()));
            if (f.articleId() != null && !f.articleId().isEmpty() && issue != null) {
                // a message that names the article already (溢出: 《…》 …) is not preceded by its title a second time
                issue.article(f.articleId()).map(a -> a.title().strip())
                        .filter(t -> !t.isEmpty() && !f.message().contains(t)).ifPresent(t -> sb.append(" · ").append(t));
                if (f.block() >= 0) sb.append(" · ").append(Messages.get("preflight.block", f.block() + 1));
            }
            sb.append(" — ").append(f.message());
            out.add(new Row(f, sb.toString()));
        }
        return out;
    }
}
