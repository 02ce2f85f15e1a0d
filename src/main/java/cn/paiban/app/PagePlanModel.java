package cn.paiban.app;

import cn.paiban.edit.SetPagePlan;
import cn.paiban.edit.SetPlanEntry;
import cn.paiban.layout.IssueLayout;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The page-plan view's model (页面规划): every page with the spans of the articles on it, where each starts, its
 * jump, and how many lines it is over or under its span; and the two edits of the view, each one undo step:
 * moving an article's start to another page, and replacing the plan by the planner's (自动规划).
 */
public final class PagePlanModel {
    private final EditorSession session;
    private final java.nio.file.Path templateDir;
    private final Map<String, String> titles = new java.util.HashMap<>();

    /** With the template the editor typesets with (its front pages are named by their titles). */
    public PagePlanModel(EditorSession session) {
        this(session, cn.paiban.layout.TemplateFiles.directory());
    }

    public PagePlanModel(EditorSession session, java.nio.file.Path templateDir) {
        this.session = session;
        this.templateDir = templateDir;
    }

    /**
     * One article's part on one page. {@code colour}: the article's index in printed order; {@code start}: it
     * starts here; {@code jumpTo}: its 下转 page when it jumps from here; {@code jumpFrom}: the page it jumped
     * from when its rest starts here; {@code over}/{@code free}: lines over or free, on the page where it ends.
     */
    public record Span(String articleId, String title, int colour, boolean start, Integer jumpTo, Integer jumpFrom,
                       int over, int free) {}

    /**
     * A page: its folio, the template it is made from (null for a body page) and what the office calls that template
     * (its title: 目录), and the spans on it.
     */
    public record PageCell(int folio, String template, String templateTitle, List<Span> spans) {}

    /** The pages of the issue as last laid out ({@code result} may be null: then from the plan alone). */
    public List<PageCell> pages(LayoutResult result) {
        Issue issue = session.issue();
        if (issue == null) return List.of();
        PagePlan plan = issue.plan();
        Map<Integer, List<Span>> on = new TreeMap<>();
        Map<Integer, String> templates = new TreeMap<>();
        plan.templatePages().forEach(tp -> templates.put(tp.page(), tp.template()));
        int last = plan.firstPage();
        for (PagePlan.TemplatePage tp : plan.templatePages()) last = Math.max(last, tp.page());
        last = Math.max(last, plan.lastCountedPage());   // the pages still to fill too
        List<Article> all = issue.allArticles();
        Map<String, Integer> starts = new TreeMap<>();
        if (result != null) starts.putAll(result.startPages());
        // the plan wins: a start just moved shows at once, before the layout catches up
        for (PagePlan.Entry e : plan.entries()) if (e.startPage() != null) starts.put(e.articleId(), e.startPage());
        for (int i = 0; i < all.size(); i++) {
            Article a = all.get(i);
            Integer start = starts.get(a.id());
            if (start == null || start <= 0) continue;
            IssueLayout.Fit fit = result == null ? null : result.fits().get(a.id());
            if (fit != null && fit.startPage() != start) fit = null; // laid out before the start moved
            int end = fit != null && fit.endPage() >= start ? fit.endPage() : start;
            int over = fit == null ? 0 : fit.overLines();
            int free = fit == null ? 0 : fit.freeLines();
            String title = a.title().strip();
            if (fit != null && fit.jumpFrom() > 0 && fit.jumpTo() > fit.jumpFrom()) {
                for (int p = start; p <= fit.jumpFrom(); p++) {
                    add(on, templates, p, new Span(a.id(), title, i, p == start, p == fit.jumpFrom() ? fit.jumpTo() : null,
                            null, 0, 0));
                }
                for (int p = fit.jumpTo(); p <= end; p++) {
                    add(on, templates, p, new Span(a.id(), title, i, false, null, p == fit.jumpTo() ? fit.jumpFrom() : null,
                            p == end ? over : 0, p == end ? free : 0));
                }
            } else {
                for (int p = start; p <= end; p++) {
                    add(on, templates, p, new Span(a.id(), title, i, p == start, null, null, p == end ? over : 0,
                            p == end ? free : 0));
                }
            }
            last = Math.max(last, end);
        }
        if (result != null && result.document() != null && !result.document().pages().isEmpty()) {
            var pages = result.document().pages();
            last = Math.max(last, pages.get(pages.size() - 1).folio());
        }
        List<PageCell> out = new ArrayList<>();
        for (int p = plan.firstPage(); p <= last; p++) {
            String t = templates.get(p);
            out.add(new PageCell(p, t, t == null ? null : titles.computeIfAbsent(t, id -> cn.paiban.front.TemplateTitles.of(templateDir, id)),
                    on.getOrDefault(p, List.of())));
        }
        return out;
    }

    private static void add(Map<Integer, List<Span>> on, Map<Integer, String> templates, int page, Span s) {
        if (templates.containsKey(page)) return;
        on.computeIfAbsent(page, k -> new ArrayList<>()).add(s);
    }

    /**
     * Moves the article's start to {@code page}; a jump that would no longer go past it is dropped. One undo step;
     * false when nothing changed or the edit was refused (the session says why).
     */
    public boolean moveStart(String articleId, int page) {
        Issue issue = session.issue();
        if (issue == null || issue.article(articleId).isEmpty() || page < 1) return false;
        Integer cont = issue.plan().entry(articleId).map(PagePlan.Entry::continuesOn).orElse(null);
        if (cont != null && cont <= page) cont = null;
        SetPlanEntry move = new SetPlanEntry(articleId, page, cont);
        return guard != null ? guard.test(move) : session.execute(move);
    }

    private java.util.function.Predicate<cn.paiban.edit.EditCommand> guard;

    /**
     * What a drag goes through instead of being done at once: the editor's review of outline edits (cn.paiban.plan.EditReview),
     * which refuses a move that would lose an article or leave a placeholder, and asks before one that makes overset or
     * empty pages. It returns whether the edit was taken up (it may still be asked about and done later).
     */
    public void setGuard(java.util.function.Predicate<cn.paiban.edit.EditCommand> g) { guard = g; }

    /** Replaces the whole plan (自动规划): one undo step. */
    public boolean apply(PagePlan plan) {
        return session.issue() != null && session.execute(new SetPagePlan(plan));
    }
}
