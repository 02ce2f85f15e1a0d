package cn.paiban.layout;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Final pages in folio order: body pages with their running heads and folios, template pages where the
 * plan puts them, and blank pages where nothing is; then blank pages up to the page count the plan fixes (the
 * pages still to fill are part of the issue, in the page plan and the proofs), and up to a multiple of four for
 * saddle stitching.
 */
public final class PageAssembler {
    private final Template t;
    private final LineComposer composer;

    public PageAssembler(Template t, LineComposer composer) {
        this.t = t;
        this.composer = composer;
    }

    public List<Page> assemble(Issue issue, IssueLayout.Flowed flowed, Map<Integer, Page> templatePages,
                               List<Finding> findings) {
        RunningHead heads = new RunningHead(t, new Setter(composer, findings), issue.journal());
        int first = issue.plan().firstPage();
        int last = first;
        for (int f : flowed.pages().keySet()) last = Math.max(last, f);
        for (int f : templatePages.keySet()) last = Math.max(last, f);
        List<Page> out = new ArrayList<>();
        for (int f = first; f <= last; f++) {
            Page tp = templatePages.get(f);
            IssueLayout.PageBuilderView body = flowed.pages().get(f);
            if (tp != null) {
                out.add(tp);
            } else if (body != null && !body.items().isEmpty()) {
                List<Item> items = new ArrayList<>(body.items());
                items.addAll(heads.paint(f, body.section(), body.opening()));
                out.add(new Page(f, t.format(), items, false));
            } else {
                out.add(new Page(f, t.format(), List.of(), true));
                if (f < last) {
                    findings.add(Finding.warning("", -1, f, "findings.page.empty", f));
                }
            }
        }
        int content = extent(issue.plan(), last, out, findings);
        last = content;
        while (out.size() % 4 != 0) {
            last++;
            out.add(new Page(last, t.format(), List.of(), true));
        }
        // the printer needs whole sheets, but an issue does not go out with blank pages at its end unremarked
        if (last == content + 1) findings.add(Finding.warning("", -1, last, "findings.page.padding-one", last));
        if (last > content + 1) findings.add(Finding.warning("", -1, content + 1, "findings.page.padding", content + 1, last));
        return out;
    }

    /**
     * Blank pages after {@code last} up to the page count the plan fixes, with a warning for the pages still empty
     * or for text that runs past it; returns the new last folio.
     */
    private int extent(cn.paiban.model.PagePlan plan, int last, List<Page> out, List<Finding> findings) {
        Integer pages = plan.pages();
        if (pages == null) return last;
        int planned = plan.lastCountedPage();
        if (last > planned) {
            findings.add(Finding.warning("", -1, planned + 1, "findings.page.past-extent", last, pages, last - planned));
            return last;
        }
        if (last < planned) {
            findings.add(last + 1 == planned
                    ? Finding.warning("", -1, planned, "findings.page.unfilled-one", planned, pages)
                    : Finding.warning("", -1, last + 1, "findings.page.unfilled", last + 1, planned, pages));
        }
        for (int f = last + 1; f <= planned; f++) out.add(new Page(f, t.format(), List.of(), true));
        return planned;
    }
}
