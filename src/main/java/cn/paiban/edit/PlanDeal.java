package cn.paiban.edit;

import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a change of order means for the page plan. The sections' articles are one printed sequence; a pinned start
 * page ({@link PagePlan.Entry#startPage}) opens a block of pages that its article and the unpinned ones after it fill
 * up to the next pin. When articles change places, {@link #followed} deals the start pages out again in the new
 * order over the span that moved, so the span keeps its pages: the article now first starts where the first one
 * started, each next one where the one before it ends (as far as the pins tell its length), and jumps
 * ({@code continuesOn}) stay with their articles. A run of short news items is set as one story from its first
 * item's pin, so reordering inside the run keeps the run on its page.
 */
public final class PlanDeal {
    private PlanDeal() {}

    /** The section articles in printed order (short items and notices are placed by their own pins). */
    public static List<Article> sequence(Issue issue) {
        List<Article> out = new ArrayList<>();
        for (Section s : issue.sections()) out.addAll(s.articles());
        return out;
    }

    private static List<String> ids(List<Article> as) { return as.stream().map(Article::id).toList(); }

    /** The span [lo, hi] of sequence positions whose articles differ between the two orders, or null when none or not a reorder. */
    static int[] span(Issue before, Issue after) {
        List<String> a = ids(sequence(before));
        List<String> b = ids(sequence(after));
        if (a.size() != b.size() || !new java.util.HashSet<>(a).equals(new java.util.HashSet<>(b))) return null;
        int lo = 0;
        while (lo < a.size() && a.get(lo).equals(b.get(lo))) lo++;
        if (lo == a.size()) return null;
        int hi = a.size() - 1;
        while (a.get(hi).equals(b.get(hi))) hi--;
        return new int[] {lo, hi};
    }

    /**
     * The plan of {@code after}, a reordering of the section articles of {@code before}, with the start pages dealt
     * out in the new order over the span that changed. The plan of {@code before} when the sequences are not a
     * reordering of each other or no article of the span has a pinned start.
     */
    public static PagePlan followed(Issue before, Issue after) {
        PagePlan plan = before.plan();
        int[] span = span(before, after);
        if (span == null) return plan;
        List<String> old = ids(sequence(before));
        List<String> now = ids(sequence(after));
        Map<String, Integer> pin = new HashMap<>();
        for (PagePlan.Entry e : plan.entries()) if (e.startPage() != null) pin.put(e.articleId(), e.startPage());
        boolean any = false;
        for (int k = span[0]; k <= span[1]; k++) any |= pin.containsKey(old.get(k));
        if (!any) return plan;
        // how many pages each article of the span had: from its pin to the next pin, when the next article is pinned
        Map<String, Integer> length = new HashMap<>();
        for (int k = span[0]; k <= span[1]; k++) {
            String id = old.get(k);
            if (pin.containsKey(id) && k + 1 < old.size() && pin.containsKey(old.get(k + 1))) {
                length.put(id, pin.get(old.get(k + 1)) - pin.get(id));
            }
        }
        Map<String, Integer> dealt = new LinkedHashMap<>();
        Integer cursor = pin.get(old.get(span[0]));
        for (int k = span[0]; k <= span[1]; k++) {
            String id = now.get(k);
            dealt.put(id, cursor);
            cursor = cursor != null && length.containsKey(id) ? cursor + length.get(id) : null;
        }
        List<PagePlan.Entry> entries = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PagePlan.Entry e : plan.entries()) {
            seen.add(e.articleId());
            if (!dealt.containsKey(e.articleId())) {
                entries.add(e);
                continue;
            }
            Integer start = dealt.get(e.articleId());
            Integer cont = e.continuesOn() != null && (start == null || e.continuesOn() > start) ? e.continuesOn() : null;
            if (start != null || cont != null) entries.add(new PagePlan.Entry(e.articleId(), start, cont));
        }
        for (var d : dealt.entrySet()) {
            if (!seen.contains(d.getKey()) && d.getValue() != null) entries.add(new PagePlan.Entry(d.getKey(), d.getValue(), null));
        }
        PagePlan out = plan.withEntries(entries);
        return out.equals(plan) ? plan : out;
    }

    /** Whether the span that changed lies inside one run of consecutive news items of one section. */
    public static boolean withinNewsRun(Issue before, Issue after) {
        int[] span = span(before, after);
        if (span == null) return false;
        List<Article> old = sequence(before);
        Section sec = before.sectionOf(old.get(span[0]).id()).orElse(null);
        for (int k = span[0]; k <= span[1]; k++) {
            Article a = old.get(k);
            if (a.kind() != ArticleKind.NEWS || !Objects.equals(before.sectionOf(a.id()).orElse(null), sec)) return false;
        }
        return true;
    }

    /**
     * The plan of {@code before} without article {@code deletedId}; when it had a pinned start and the next article
     * of its section follows on unpinned, that article takes the pin (a run of news items stays on its page).
     */
    static PagePlan withoutArticle(Issue before, String deletedId) {
        PagePlan plan = before.plan();
        Integer start = plan.entry(deletedId).map(PagePlan.Entry::startPage).orElse(null);
        List<PagePlan.Entry> entries = new ArrayList<>(plan.entries().stream().filter(e -> !e.articleId().equals(deletedId)).toList());
        Section sec = before.sectionOf(deletedId).orElse(null);
        if (start != null && sec != null) {
            List<Article> arts = sec.articles();
            int k = Lookup.indexIn(arts, deletedId);
            if (k + 1 < arts.size()) {
                String next = arts.get(k + 1).id();
                PagePlan.Entry e = plan.entry(next).orElse(null);
                if (e == null) entries.add(new PagePlan.Entry(next, start, null));
                else if (e.startPage() == null && (e.continuesOn() == null || e.continuesOn() > start)) {
                    entries.set(entries.indexOf(e), new PagePlan.Entry(next, start, e.continuesOn()));
                }
            }
        }
        PagePlan out = plan.withEntries(entries);
        return out.equals(plan) ? plan : out;
    }

    /** {@code inner} followed by {@code plan} as the issue's page plan: one undo step. */
    public static EditCommand withPlan(EditCommand inner, PagePlan plan, String description) {
        return new WithPlan(inner, plan, description);
    }

    private record WithPlan(EditCommand inner, PagePlan plan, String description) implements EditCommand {
        @Override
        public Issue apply(Issue issue) {
            Issue moved = inner.apply(issue);
            return moved.plan().equals(plan) ? moved : moved.withPlan(plan);
        }
    }
}
