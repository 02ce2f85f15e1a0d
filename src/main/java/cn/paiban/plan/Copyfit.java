package cn.paiban.plan;

import cn.paiban.i18n.Msg;
import cn.paiban.layout.Finding;
import cn.paiban.layout.IssueLayout.Fit;
import cn.paiban.layout.IssueLayout.LastLine;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Copyfitting: for every article that does not fit the span its plan gives it, how many lines and characters it
 * is over or under, and what would make it fit, best first. Over: cut characters where a whole line goes soonest
 * (the paragraphs whose last lines are shortest), move a figure, or jump the rest to a page with room. Under: take a
 * filler or a notice of at most that many lines, or add text. The preflight (CLI and panel) lists them as INFO
 * findings beside the layout's overset and underset findings.
 */
public final class Copyfit {
    private Copyfit() {}

    /** A remedy: its message key and arguments, in rank order. */
    public record Remedy(String key, Object... args) {
        public String text() { return Msg.get(key, args); }
    }

    /** The article's fit, or an under of less than {@code minFree} column lines, is left alone. */
    public static boolean needsFitting(Fit f, int minFree) {
        return f.startPage() > 0 && (f.overLines() > 0 || f.freeLines() >= minFree);
    }

    /** Copyfitting findings for every article that is over, or under by more than a column (as the layout's underset warning). */
    public static List<Finding> findings(LayoutResult layout, Issue issue) {
        List<Finding> out = new ArrayList<>();
        for (Fit f : layout.fits().values()) {
            Article a = issue.article(f.articleId()).orElse(null);
            if (a == null || !needsFitting(f, f.columnHeight() + 1)) continue;
            List<Remedy> remedies = remedies(f, layout, issue);
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < remedies.size(); i++) {
                if (i > 0) list.append(Msg.get("plan.remedy.separator"));
                list.append(i + 1).append(". ").append(remedies.get(i).text());
            }
            String title = a.title().strip();
            if (f.overLines() > 0) {
                int block = f.lastLines().isEmpty() ? -1 : f.lastLines().get(0).block();
                out.add(Finding.of(Finding.Severity.INFO, f.articleId(), block, f.endPage(), "plan.copyfit.over", title,
                        f.overLines(), f.overChars(), f.startPage(), f.endPage(), list.toString()));
            } else {
                out.add(Finding.of(Finding.Severity.INFO, f.articleId(), -1, f.endPage(), "plan.copyfit.under", title,
                        f.freeLines(), f.freeLines() * f.measureEm(), f.endPage(), list.toString()));
            }
        }
        return out;
    }

    /** The remedies for one article, best first. */
    public static List<Remedy> remedies(Fit f, LayoutResult layout, Issue issue) {
        List<Remedy> out = new ArrayList<>();
        if (f.overLines() > 0) {
            int over = f.overLines();
            Remedy cut = cut(f, over);
            Remedy figure = f.figures().stream().filter(g -> g.lines() >= over).min(Comparator.comparingInt(g -> g.lines()))
                    .map(g -> new Remedy("plan.remedy.figure", g.block() + 1, g.lines())).orElse(null);
            Remedy jump = jumpTarget(f, layout, over + 2);
            // a few lines are cut soonest; more than a few would cost the author a paragraph, so a figure or a jump first
            if (cut != null && over <= 3) out.add(cut);
            if (figure != null) out.add(figure);
            if (jump != null) out.add(jump);
            if (cut != null && over > 3) out.add(cut);
        } else {
            int free = f.freeLines();
            issue.allArticles().stream()
                    .filter(a -> a.kind() == ArticleKind.FILLER || a.kind() == ArticleKind.NOTICE)
                    // one with a page of its own would leave a hole there
                    .filter(a -> issue.plan().entry(a.id()).map(e -> e.startPage() == null).orElse(true))
                    .map(a -> layout.fits().get(a.id()))
                    .filter(g -> g != null && g.lines() > 0 && g.lines() <= free)
                    .sorted(Comparator.comparingInt(Fit::lines).reversed())
                    .limit(2)
                    .forEach(g -> out.add(new Remedy("plan.remedy.filler",
                            issue.article(g.articleId()).map(a -> a.title().strip()).orElse(g.articleId()), g.lines())));
            out.add(new Remedy("plan.remedy.add", free * f.measureEm()));
        }
        return out;
    }

    /**
     * Cutting that saves {@code over} lines: one line from each of the paragraphs whose last line is shortest,
     * so cutting that many characters from each pulls its last line back; null when there are too few paragraphs.
     */
    static Remedy cut(Fit f, int over) {
        List<LastLine> ends = f.lastLines().stream().filter(l -> l.lines() >= 2).toList();
        if (ends.isEmpty()) return null;
        int n = Math.min(over, ends.size());
        int chars = 0;
        for (int i = 0; i < n; i++) chars += ends.get(i).chars();
        if (over > ends.size()) chars += (over - ends.size()) * f.measureEm();
        LastLine first = ends.get(0);
        return new Remedy("plan.remedy.cut", chars, first.block() + 1, first.chars());
    }

    /** The first page after the article's start where the layout left {@code need} column lines free. */
    static Remedy jumpTarget(Fit f, LayoutResult layout, int need) {
        return layout.fits().values().stream()
                .filter(g -> !g.articleId().equals(f.articleId()) && g.endPage() > f.endPage() && g.freeLines() >= need)
                .min(Comparator.comparingInt(Fit::endPage))
                .map(g -> new Remedy("plan.remedy.jump", g.endPage(), g.freeLines()))
                .orElse(new Remedy("plan.remedy.jumpBack"));
    }
}
