package cn.paiban.plan;

import cn.paiban.layout.StoryLength;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes a page plan from the typeset lengths of the stories ({@link StoryLength}), as the office plans an
 * issue: the editorial on the first page; each feature on a new page in section order; news and fillers run
 * on after the story before them. Template pages stay where the previous plan put them; notices and the
 * table keep their previous pages unless the text before them needs those pages. When the text runs past
 * the last page, features jump their last page's worth to the back (after the last feature, 下转/上接):
 * each round takes the jump that saves most pages, among equals the one with the shortest tail, then the longest
 * feature; what still does
 * not fit is reported. When pages are left over, the free lines per page are reported, and notices and fillers
 * with no page of their own are given the free space that holds them.
 *
 * <p>Headless and deterministic: the CLI ({@code paiban plan}) and the editor (自动规划) call the same code.
 */
public final class PagePlanner {
    private static final int UNLIMITED = Integer.MAX_VALUE / 4;

    private final Issue issue;
    private final List<StoryLength> stories;
    private final int firstPage;
    private final int lastPage;
    private final Set<Integer> templatePages = new HashSet<>();
    private final Map<String, Integer> previousStarts = new HashMap<>();

    /** {@code stories}: from {@code Typesetter.measure}; {@code pages}: how many pages the issue has. */
    public PagePlanner(Issue issue, List<StoryLength> stories, int pages) {
        if (pages < 1) throw new IllegalArgumentException("pages " + pages);
        this.issue = issue;
        this.stories = List.copyOf(stories);
        this.firstPage = issue.plan().firstPage();
        this.lastPage = firstPage + pages - 1;
        issue.plan().templatePages().forEach(tp -> templatePages.add(tp.page()));
        for (PagePlan.Entry e : issue.plan().entries()) {
            if (e.startPage() != null) previousStarts.put(e.articleId(), e.startPage());
        }
    }

    /** One story as planned: pages are folios; {@code overLines} column lines past the last page, {@code freeLines} left empty after it. */
    public record Row(List<String> articleIds, String title, ArticleKind kind, int startPage, int endPage, int pages,
                      Integer jumpFrom, Integer continuesOn, int tailPage, int overLines, int freeLines) {
        public String articleId() { return articleIds.get(0); }
    }

    /** Free grid lines (across the page) on {@code page} and what would fill them. */
    public record FreeSpace(int page, int lines, int pageLines, List<String> fillers) {}

    /**
     * The proposal. {@code usedPages}: the last page the text reaches; {@code unfitted}: articles ending past the
     * last page; {@code free}: pages with lines left; {@code leftoverPages}: whole pages with nothing on them.
     */
    public record Proposal(PagePlan plan, List<Row> rows, int lastPage, int usedPages, List<String> jumped,
                           List<String> unfitted, List<FreeSpace> free, int leftoverPages) {
        public boolean fits() { return unfitted.isEmpty(); }

        public Row row(String articleId) {
            return rows.stream().filter(r -> r.articleIds().contains(articleId)).findFirst().orElse(null);
        }
    }

    public Proposal propose() {
        List<StoryLength> order = order();
        Set<StoryLength> jumps = new HashSet<>();
        Sim best = simulate(order, jumps);
        while (best.usedPage > lastPage) {
            Sim pick = null;
            StoryLength pickStory = null;
            for (StoryLength s : order) {
                if (s.kind() != ArticleKind.FEATURE || jumps.contains(s) || pagesNeeded(s) < 2) continue;
                Set<StoryLength> trial = new HashSet<>(jumps);
                trial.add(s);
                Sim sim = simulate(order, trial);
                if (sim.usedPage >= best.usedPage) continue;
                if (pick == null || sim.usedPage < pick.usedPage
                        || (sim.usedPage == pick.usedPage && better(s, pickStory))) {
                    pick = sim;
                    pickStory = s;
                }
            }
            if (pick == null) break;
            jumps.add(pickStory);
            best = pick;
        }
        return best.proposal();
    }

    /**
     * Of two jumps that save as many pages, the one that sends fewer lines to the back (a reader follows a short
     * tail more easily; the printed sample jumps 农牧融合发展's 22 lines, not 加快发展县域经济's 29), then the longer feature.
     */
    private boolean better(StoryLength s, StoryLength than) {
        int a = tailLines(s);
        int b = tailLines(than);
        return a != b ? a < b : s.columnLines() > than.columnLines();
    }

    private int tailLines(StoryLength s) {
        return s.place(0, pagesNeeded(s) - 1, true).tail().columnLines();
    }

    /** The editorial first, then the stories of the sections in order; notices and short items after. */
    private List<StoryLength> order() {
        List<StoryLength> out = new ArrayList<>();
        stories.stream().filter(s -> s.kind() == ArticleKind.EDITORIAL).forEach(out::add);
        stories.stream().filter(s -> s.kind() != ArticleKind.EDITORIAL).forEach(out::add);
        return out;
    }

    private final Map<StoryLength, Integer> needed = new HashMap<>();

    private int pagesNeeded(StoryLength s) {
        return needed.computeIfAbsent(s, k -> k.place(0, UNLIMITED, false).endPage() + 1);
    }

    private int nextBody(int p) {
        p++;
        while (templatePages.contains(p)) p++;
        return p;
    }

    private int skipTemplates(int p) {
        while (templatePages.contains(p)) p++;
        return p;
    }

    /** Folio {@code n} body pages after {@code p}. */
    private int advance(int p, int n) {
        for (int i = 0; i < n; i++) p = nextBody(p);
        return p;
    }

    private int bodyPagesBetween(int from, int to) {
        int n = 0;
        for (int p = from; p <= to; p++) if (!templatePages.contains(p)) n++;
        return n;
    }

    /** A story placed by one simulation. */
    private static final class Placed {
        final StoryLength story;
        final int start;
        final int end;
        final boolean tail;
        int free;
        int over;
        Integer continuesOn;
        int tailPage;
        Integer pin;

        Placed(StoryLength story, int start, int end, boolean tail) {
            this.story = story;
            this.start = start;
            this.end = end;
            this.tail = tail;
        }
    }

    /** One run of the page flow over the stories with the given jumps. */
    private final class Sim {
        final List<Placed> placed = new ArrayList<>();
        final Map<Integer, Integer> freeRows = new LinkedHashMap<>();
        final Map<Integer, Integer> rowsOfPage = new HashMap<>();
        final List<StoryLength> pool = new ArrayList<>();
        final Set<StoryLength> jumps;
        int page = skipTemplates(firstPage);
        int line;
        int usedPage;
        Placed previous;

        Sim(Set<StoryLength> jumps) {
            this.jumps = jumps;
        }

        /** Leaves the current page for {@code to}: the rest of it and whole pages between are free after the previous story. */
        void moveTo(int to) {
            if (to <= page) return;
            int rows = previous == null ? 0 : previous.story.pageLines();
            int cols = previous == null ? 0 : previous.story.columns();
            int free = 0;
            if (line > 0 && line < rows) {
                free += (rows - line) * cols;
                freeRows.merge(page, rows - line, Integer::sum);
                rowsOfPage.put(page, rows);
            }
            for (int p = line > 0 ? nextBody(page) : page; p < to; p = nextBody(p)) {
                free += rows * cols;
                freeRows.merge(p, rows, Integer::sum);
                rowsOfPage.put(p, rows);
            }
            if (previous != null) previous.free += free;
            page = skipTemplates(to);
            line = 0;
        }

        /** Grid lines of the page the cursor is on. */
        int rows() { return previous == null ? Integer.MAX_VALUE : previous.story.pageLines(); }

        Placed put(StoryLength s, Integer pin, boolean jump, boolean isTail) {
            if (line >= rows()) {
                page = nextBody(page);
                line = 0;
            }
            if (line > 0 && previous != null && !s.sameGrid(previous.story)) moveTo(nextBody(page)); // a page keeps one grid
            if (s.opensPage()) {
                int top = line > 0 ? nextBody(page) : page;
                moveTo(pin != null && pin > top ? pin : top);
            } else if (pin != null && pin > page) {
                moveTo(pin);
            }
            int maxPages = jump ? pagesNeeded(s) - 1 : UNLIMITED;
            StoryLength.Placement pl = s.place(line, maxPages, jump);
            Placed p = new Placed(s, advance(page, pl.startPage()), advance(page, pl.endPage()), isTail);
            p.pin = pin;
            placed.add(p);
            page = p.end;
            line = pl.endLine();
            previous = p;
            if (pl.tail() != null) p.continuesOn = -1; // set when the tail is placed
            return p;
        }

        void run(List<StoryLength> order) {
            List<StoryLength> keepers = new ArrayList<>();
            Map<StoryLength, Integer> keep = new HashMap<>();
            List<StoryLength> main = new ArrayList<>();
            for (StoryLength s : order) {
                Integer prev = previousStarts.get(s.articleIds().get(0));
                boolean floating = s.kind() == ArticleKind.NOTICE || s.kind() == ArticleKind.FILLER;
                if (floating && prev != null) {
                    keepers.add(s);
                    keep.put(s, prev);
                } else if (floating || (s.section() == null && !s.opensPage())) {
                    pool.add(s);
                } else {
                    main.add(s);
                }
            }
            keepers.sort(Comparator.comparingInt(keep::get));
            int lastFeature = -1;
            for (int i = 0; i < main.size(); i++) if (main.get(i).kind() == ArticleKind.FEATURE) lastFeature = i;
            List<Placed> jumped = new ArrayList<>();
            for (int i = 0; i < main.size(); i++) {
                StoryLength s = main.get(i);
                int at = line >= rows() ? nextBody(page) : page;
                boolean newPage = s.opensPage() || (previous != null && !s.sameGrid(previous.story));
                int top = newPage && line > 0 && line < rows() ? nextBody(page) : at;
                while (!keepers.isEmpty() && keep.get(keepers.get(0)) <= top) {
                    StoryLength k = keepers.remove(0);
                    putKeeper(k, keep.get(k));
                }
                Integer pin = null;
                if (s.kind() == ArticleKind.EDITORIAL && placed.isEmpty()) pin = firstPage;
                if (s.kind() == ArticleKind.TABLE) {
                    Integer prev = previousStarts.get(s.articleIds().get(0));
                    if (prev != null && prev >= top) pin = prev; // keeps its page unless the text needs it
                }
                Placed p = put(s, pin, jumps.contains(s), false);
                if (p.continuesOn != null) jumped.add(p);
                if (i == lastFeature) {
                    for (Placed j : jumped) {
                        StoryLength tail = j.story.place(0, pagesNeeded(j.story) - 1, true).tail();
                        Placed t = put(tail, null, false, true);
                        j.continuesOn = t.start;
                        j.tailPage = t.end;
                    }
                }
            }
            for (StoryLength k : keepers) putKeeper(k, keep.get(k));
            usedPage = line > 0 ? page : page - 1;
            for (Placed p : placed) {
                if (p.end > lastPage) p.over = overPast(p);
            }
            int rows = previous == null ? 1 : previous.story.pageLines();
            if (line > 0 && line < rows && page <= lastPage) {
                freeRows.merge(page, rows - line, Integer::sum);
                rowsOfPage.put(page, rows);
            }
            for (int p = line > 0 ? nextBody(page) : page; p <= lastPage; p = nextBody(p)) {
                freeRows.merge(p, rows, Integer::sum);
                rowsOfPage.put(p, rows);
            }
        }

        /** A notice or filler with a page from the previous plan: there when there is room, else in the pool. */
        private void putKeeper(StoryLength k, int pin) {
            int at = line >= rows() ? nextBody(page) : page;
            if (pin < at) {
                pool.add(k);
                return;
            }
            boolean shares = pin == at && line > 0 && line < rows();
            if (shares && (!k.sameGrid(previous.story) || k.place(line, 1, false).startPage() > 0)) {
                pool.add(k);
                return;
            }
            put(k, pin, false, false);
        }

        /** Column lines of a story that lie past the last page. */
        private int overPast(Placed p) {
            int allowed = p.start > lastPage ? 0 : bodyPagesBetween(p.start, lastPage);
            if (p.story.kind() == ArticleKind.TABLE) return allowed == 0 ? p.story.pageLines() * p.story.columns() : 0;
            if (allowed == 0) return Math.max(1, p.story.columnLines());
            int startLine = 0;
            return p.story.place(startLine, allowed, false).overLines();
        }

        Proposal proposal() {
            // pool: notices and fillers with no page go into the free space that holds them (best fit)
            Map<Integer, List<String>> fill = new LinkedHashMap<>();
            Map<Integer, Integer> left = new LinkedHashMap<>(freeRows);
            Map<String, Integer> poolPins = new HashMap<>();
            List<StoryLength> byNeed = new ArrayList<>(pool);
            byNeed.sort(Comparator.comparingInt(StoryLength::minLines).reversed());
            for (StoryLength s : byNeed) {
                int need = s.minLines();
                Integer bestPage = null;
                for (int pg : new java.util.TreeSet<>(left.keySet())) {
                    if (pg > lastPage || left.get(pg) < need) continue;
                    // a filler goes where the layout puts it, the first page with room; a notice where it fits best
                    if (bestPage == null || (s.kind() != ArticleKind.FILLER && left.get(pg) < left.get(bestPage))) bestPage = pg;
                    if (s.kind() == ArticleKind.FILLER) break;
                }
                if (bestPage == null) continue;
                left.merge(bestPage, -need, Integer::sum);
                fill.computeIfAbsent(bestPage, k -> new ArrayList<>()).add(s.articleIds().get(0));
                if (s.kind() == ArticleKind.NOTICE) poolPins.put(s.articleIds().get(0), bestPage);
            }
            List<FreeSpace> free = new ArrayList<>();
            int leftover = 0;
            for (var e : freeRows.entrySet()) {
                int rows = rowsOfPage.getOrDefault(e.getKey(), e.getValue());
                if (e.getKey() > lastPage) continue;
                if (e.getValue() >= rows && !fill.containsKey(e.getKey())) leftover++;
                free.add(new FreeSpace(e.getKey(), e.getValue(), rows, fill.getOrDefault(e.getKey(), List.of())));
            }
            free.sort(Comparator.comparingInt(FreeSpace::page));

            Map<String, PagePlan.Entry> entries = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            List<String> unfitted = new ArrayList<>();
            List<String> jumped = new ArrayList<>();
            for (Placed p : placed) {
                if (p.tail) continue;
                String id = p.story.articleIds().get(0);
                boolean pinned = p.story.opensPage() || p.pin != null || p.story.kind() == ArticleKind.NOTICE
                        || (p.story.kind() == ArticleKind.NEWS && startsAtTop(p));
                Integer cont = p.continuesOn != null && p.continuesOn > 0 ? p.continuesOn : null;
                if (pinned || cont != null) entries.put(id, new PagePlan.Entry(id, pinned ? p.start : null, cont));
                if (cont != null) jumped.add(id);
                int end = cont != null ? p.tailPage : p.end;
                if (end > lastPage) unfitted.add(id);
                rows.add(new Row(p.story.articleIds(), p.story.article().title().strip(), p.story.kind(), p.start,
                        p.end, bodyPagesBetween(p.start, p.end) + (cont != null ? bodyPagesBetween(cont, p.tailPage) : 0),
                        cont != null ? p.end : null, cont, p.tailPage, p.over + tailOver(p), p.free));
            }
            for (var e : poolPins.entrySet()) entries.put(e.getKey(), new PagePlan.Entry(e.getKey(), e.getValue(), null));
            List<PagePlan.Entry> ordered = new ArrayList<>();
            issue.allArticles().forEach(a -> {
                PagePlan.Entry e = entries.get(a.id());
                if (e != null) ordered.add(e);
            });
            PagePlan plan = issue.plan().withEntries(ordered);
            return new Proposal(plan, rows, lastPage, usedPage, jumped, unfitted, free, leftover);
        }

        private int tailOver(Placed p) {
            for (Placed t : placed) if (t.tail && t.story.article().id().equals(p.story.article().id())) return t.over;
            return 0;
        }

        private boolean startsAtTop(Placed p) {
            int i = placed.indexOf(p);
            return i == 0 || placed.get(i - 1).end < p.start;
        }
    }

    private Sim simulate(List<StoryLength> order, Set<StoryLength> jumps) {
        Sim s = new Sim(jumps);
        s.run(order);
        return s;
    }
}
