package cn.paiban.app;

import cn.paiban.display.Document;
import cn.paiban.display.Page;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The pages in view first: which page an opened issue shows first, and the preview's document while only some
 * pages are typeset: those pages, and a blank stand-in for each page still coming, so the page list shows every
 * page of the issue and which are not ready yet.
 */
final class FirstPages {
    private FirstPages() {}

    /** What the preview shows before the whole issue is typeset: the pages and the folios still being typeset. */
    record Partial(Document document, Set<Integer> pending) {}

    /**
     * The folio the window shows first for an opened issue: where its first article starts (the editor selects that
     * article and the preview goes to its page); the first body page when the plan pins none; 0 when there is nothing
     * to show.
     */
    static int folioInView(Issue issue) {
        PagePlan plan = issue.plan();
        Article a = issue.allArticles().stream().findFirst().orElse(null);
        if (a == null) return 0;
        Integer pin = plan.entry(a.id()).map(PagePlan.Entry::startPage).orElse(null);
        if (pin != null) return pin;
        Set<Integer> front = new TreeSet<>();
        plan.templatePages().forEach(tp -> front.add(tp.page()));
        int f = plan.firstPage();
        while (front.contains(f)) f++;
        return f;
    }

    /**
     * {@code ready} (the pages typeset so far, in folio order) among stand-ins for the rest of {@code issue}'s pages:
     * up to the last page the plan names or its page count, in a multiple of four as the whole issue will be.
     */
    static Partial partial(Document ready, Issue issue) {
        Map<Integer, Page> byFolio = new TreeMap<>();
        ready.pages().forEach(p -> byFolio.put(p.folio(), p));
        if (byFolio.isEmpty()) return new Partial(ready, Set.of());
        PagePlan plan = issue.plan();
        int first = Math.min(plan.firstPage(), byFolio.keySet().iterator().next());
        int last = first;
        for (int f : byFolio.keySet()) last = Math.max(last, f);
        last = Math.max(last, Math.max(plan.lastNamedPage(), plan.lastCountedPage()));
        while ((last - first + 1) % 4 != 0) last++;
        var format = byFolio.values().iterator().next().format();
        List<Page> pages = new ArrayList<>();
        Set<Integer> pending = new TreeSet<>();
        for (int f = first; f <= last; f++) {
            Page p = byFolio.get(f);
            if (p == null) {
                pending.add(f);
                p = new Page(f, format, List.of(), true);
            }
            pages.add(p);
        }
        return new Partial(new Document(ready.title(), ready.subject(), ready.date(), pages), Set.copyOf(pending));
    }
}
