package cn.paiban.layout;

import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.SourceRef;
import cn.paiban.geom.Rect;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The page flow of one pass: stories in printed order onto pages. An article starts on its pinned page
 * (or after the previous story); what does not fit before the next pinned story continues on the page
 * the plan names, with （下转第N页） and （上接第N页） written here; the last page of a story balances its
 * columns. Overset that nothing absorbs is an ERROR per article (lines and characters), free space of more
 * than one column before a pinned start a WARNING. Page numbers for 下转 come from {@code jumpTargets}
 * (the previous pass); the caller repeats until they settle.
 */
public final class IssueLayout {
    private final Template t;
    private LineGrid g;
    private final List<Finding> findings = new ArrayList<>();
    private final Setter setter;
    private final BodyUnits body;
    private final TitleBlock titles;

    private final TreeMap<Integer, PageBuilder> pages = new TreeMap<>();
    private final Map<String, Integer> startPages = new LinkedHashMap<>();
    private final Map<String, Integer> jumpTargets = new LinkedHashMap<>();
    private final Map<String, Integer> jumpFrom = new LinkedHashMap<>();
    private final Map<String, Integer> endPages = new LinkedHashMap<>();
    private final Map<String, int[]> overs = new HashMap<>();
    private final Map<String, Integer> frees = new HashMap<>();
    private final Map<String, Story> storyOf = new HashMap<>();
    private Set<Integer> templatePages = Set.of();
    private final Map<String, String> articleTitles = new HashMap<>();
    private int page;
    private int line;
    private Story previous;

    private java.util.function.BiConsumer<String, Integer> onStart = (article, page) -> {};

    /**
     * Tells {@code listener} each article's start page as soon as the flow has placed its beginning (on the thread that
     * lays out, in the order of the flow): what is made from the start pages (the contents) need not wait for the end.
     */
    public IssueLayout onStart(java.util.function.BiConsumer<String, Integer> listener) {
        this.onStart = listener;
        return this;
    }

    public IssueLayout(Template template, LineComposer composer) {
        this(template, composer, new ImageSizes(null));
    }

    /** {@code images}: the sizes of the issue's images, read from its folder. */
    public IssueLayout(Template template, LineComposer composer, ImageSizes images) {
        this.t = template;
        this.g = template.grid();
        this.setter = new Setter(composer, findings);
        this.body = new BodyUnits(template, setter, findings, images);
        this.titles = new TitleBlock(template, setter);
    }

    /** The outcome of one pass. {@code jumpTargets}: article id → page its continuation starts on. */
    public record Flowed(Map<Integer, PageBuilderView> pages, Map<String, Integer> startPages,
                         Map<String, Integer> jumpTargets, Map<String, Integer> jumpFrom, List<Finding> findings,
                         Map<String, Fit> fits) {}

    /**
     * How an article fits its span (copyfitting): the page it starts and ends on, the column lines its story takes
     * (title band and notice frames counted across the columns), the column lines and characters
     * that found no room before the next planned start ({@code overLines}), the column lines left free after it
     * up to that start ({@code freeLines}), its paragraphs' last lines (shortest first: shortening the first saves
     * a line soonest), its images with the column lines each takes, and its grid: lines in a column, characters
     * in a full line; for a jumped article the page of its （下转） and the page its rest continues on (else 0).
     */
    public record Fit(String articleId, int startPage, int endPage, int lines, int overLines, int overChars, int freeLines,
                      List<LastLine> lastLines, List<FigureLines> figures, int columnHeight, int measureEm,
                      int jumpFrom, int jumpTo) {
        public Fit {
            lastLines = List.copyOf(lastLines);
            figures = List.copyOf(figures);
        }

        public boolean fits() { return overLines == 0 && freeLines == 0; }
    }

    /** The last line of paragraph {@code block}: {@code chars} characters, {@code lines} lines in the paragraph. */
    public record LastLine(int block, int chars, int lines) {}

    /** An image of block {@code block} taking {@code lines} column lines with its caption. */
    public record FigureLines(int block, int lines) {}

    /**
     * The issue's stories measured for a page planner, in printed order (sections, then short items and notices),
     * as they would be set with no page pinned; template pages are the planner's business.
     */
    public List<StoryLength> measure(Issue issue) {
        Issue free = issue.withPlan(issue.plan().withEntries(List.of()));
        issue.allArticles().forEach(a -> articleTitles.put(a.id(), a.title().strip()));
        List<StoryLength> out = new ArrayList<>();
        for (Story s : stories(free)) {
            Unit.Text marker = s.type == Story.Type.FLOW
                    ? body.marker("（上接第00页）", t.style("jumpFrom"), Unit.Kind.JUMP_FROM, s.article.id(), s.grid) : null;
            out.add(new StoryLength(s, marker));
        }
        return out;
    }

    /** A finished body page: items, the section on it, and whether an article opens on it. */
    public record PageBuilderView(int folio, List<Item> items, String section, boolean opening) {}

    public Flowed layout(Issue issue, Map<String, Integer> previousTargets) {
        return layoutThrough(issue, previousTargets, Integer.MAX_VALUE);
    }

    /**
     * The flow as {@link #layout}, stopped once the pages up to {@code lastFolio} are set: the pages in view first,
     * while the rest of the issue is still being typeset. Those pages are as the whole flow sets them (a 补白 too,
     * where it fits on one of them); the flow stops before the first story that would start after {@code lastFolio}.
     * Pages after {@code lastFolio} may be cut short, and a stopped flow has no findings and no fits.
     */
    public Flowed layoutThrough(Issue issue, Map<String, Integer> previousTargets, int lastFolio) {
        boolean whole = lastFolio == Integer.MAX_VALUE;
        PagePlan plan = issue.plan();
        templatePages = new HashSet<>();
        plan.templatePages().forEach(tp -> templatePages.add(tp.page()));
        issue.allArticles().forEach(a -> articleTitles.put(a.id(), a.title().strip()));
        List<Story> queue = stories(issue);
        page = plan.firstPage();
        line = 0;
        List<Story> fillers = new ArrayList<>();
        for (int i = 0; i < queue.size(); i++) {
            Story s = queue.get(i);
            if (!s.isContinuation()) storyOf.putIfAbsent(s.article.id(), s);
            if (s.pin == null && s.article.kind() == ArticleKind.FILLER) {
                fillers.add(s); // placed in leftover space once the pages are set
                continue;
            }
            if (!whole && (s.pin != null ? Math.max(s.pin, page) : page) > lastFolio) break;
            if (s.grid != g && line > 0) nextPage(); // a page keeps one grid
            g = s.grid;
            moveToPin(s);
            Limit lim = limit(queue, i);
            switch (s.type) {
                case FLOW -> {
                    Story cont = flow(s, lim, previousTargets);
                    if (cont != null) insertByPin(queue, cont, i + 1);
                }
                case NOTICE -> notice(s);
                case TABLE -> table(s);
            }
            previous = s;
        }
        leave();
        for (Story f : fillers) filler(f, lastFolio);
        Map<Integer, PageBuilderView> out = new TreeMap<>();
        pages.forEach((f, p) -> out.put(f, new PageBuilderView(f, p.items, p.section, p.opening)));
        if (!whole) return new Flowed(out, startPages, jumpTargets, jumpFrom, List.of(), Map.of());
        composeAll();
        return new Flowed(out, startPages, jumpTargets, jumpFrom, locate(findings), fits());
    }

    // ---- stories from the issue -------------------------------------------------------------------

    private List<Story> stories(Issue issue) {
        PagePlan plan = issue.plan();
        List<Story> queue = new ArrayList<>();
        for (Section sec : issue.sections()) {
            List<Article> arts = sec.articles();
            for (int k = 0; k < arts.size(); k++) {
                Article a = arts.get(k);
                if (a.kind() == ArticleKind.NEWS) {
                    List<Article> run = new ArrayList<>();
                    while (k < arts.size() && arts.get(k).kind() == ArticleKind.NEWS) run.add(arts.get(k++));
                    k--;
                    queue.add(news(run, sec.title(), run.get(0) == arts.get(0), plan));
                } else {
                    queue.add(story(a, sec.title(), k == 0, plan));
                }
            }
        }
        for (Article a : issue.shortItems()) insertByPin(queue, a.kind() == ArticleKind.NEWS
                ? news(List.of(a), null, false, plan) : story(a, null, false, plan), 0);
        for (Article a : issue.notices()) insertByPin(queue, story(a, null, false, plan), 0);
        return queue;
    }

    private static String kindKey(Article a) { return a.kind().name().toLowerCase(java.util.Locale.ROOT); }

    private Story story(Article a, String section, boolean sectionStart, PagePlan plan) {
        int mark = findings.size();
        List<Finding> own = new ArrayList<>();
        LineGrid grid = t.gridFor(kindKey(a));
        String bodyStyle = t.bodyStyleFor(kindKey(a));
        Integer pin = plan.entry(a.id()).map(PagePlan.Entry::startPage).orElse(null);
        Integer cont = plan.entry(a.id()).map(PagePlan.Entry::continuesOn).orElse(null);
        Story made = switch (a.kind()) {
            case NOTICE -> {
                Story n = new Story(Story.Type.NOTICE, a, section, sectionStart, pin, true, null, null, noticeUnits(a), 0, t.grid());
                n.fixedLines = t.grid().linesFor(noticeHeight(n.units())) + 1;
                yield n;
            }
            case TABLE -> new Story(Story.Type.TABLE, a, section, sectionStart, pin, false, null, null, List.of(), 0, t.grid());
            case FILLER -> new Story(Story.Type.FLOW, a, section, false, pin, true, null, null, later(own, () -> {
                List<Unit> u = new ArrayList<>(body.newsTitle(a, grid));
                u.addAll(body.body(a, grid, bodyStyle));
                return u;
            }), 0, grid);
            default -> new Story(Story.Type.FLOW, a, section, sectionStart, pin, false, cont,
                    titles.build(a, section, sectionStart, grid), later(own, () -> body.body(a, grid, bodyStyle)), 0, grid);
        };
        return made(made, own, mark);
    }

    /** Consecutive news items run on in the columns, each under its own small title. */
    private Story news(List<Article> run, String section, boolean sectionStart, PagePlan plan) {
        int mark = findings.size();
        List<Finding> own = new ArrayList<>();
        LineGrid grid = t.gridFor("news");
        Integer pin = plan.entry(run.get(0).id()).map(PagePlan.Entry::startPage).orElse(null);
        return made(new Story(Story.Type.FLOW, run.get(0), section, sectionStart, pin, pin == null, null, null, later(own, () -> {
            List<Unit> u = new ArrayList<>();
            for (Article a : run) {
                u.addAll(body.newsTitle(a, grid));
                u.addAll(body.body(a, grid, t.bodyStyleFor("news")));
            }
            return u;
        }), 0, grid), own, mark);
    }

    /*
     * Stories compose their columns when the flow first needs them. What composing finds (a missing glyph, a loose
     * line) is kept per story, in the order the stories were made, so the findings read as when every story was
     * composed up front; a flow that stops at the pages in view (layoutThrough) composes only what it sets.
     */
    private final List<List<Finding>> composedFindings = new ArrayList<>();
    private final List<Story> made = new ArrayList<>();

    /** Composes with {@code make} when asked, keeping what it finds in {@code own}. */
    private java.util.function.Supplier<List<Unit>> later(List<Finding> own, java.util.function.Supplier<List<Unit>> make) {
        return () -> {
            int m = findings.size();
            List<Unit> u = make.get();
            own.addAll(cut(m));
            return u;
        };
    }

    /** A story just made: what making it found so far (its title band) heads its own findings. */
    private Story made(Story s, List<Finding> own, int mark) {
        own.addAll(0, cut(mark));
        composedFindings.add(own);
        made.add(s);
        return s;
    }

    private List<Finding> cut(int from) {
        List<Finding> tail = findings.subList(from, findings.size());
        List<Finding> out = new ArrayList<>(tail);
        tail.clear();
        return out;
    }

    /** Every story composed, and its findings before those of the flow, as if all had been composed first. */
    private void composeAll() {
        made.forEach(Story::units);
        List<Finding> all = new ArrayList<>();
        composedFindings.forEach(all::addAll);
        all.addAll(findings);
        findings.clear();
        findings.addAll(all);
        composedFindings.clear();
    }

    /** Puts a pinned story before the first story pinned to a later page (searching from {@code from}). */
    private static void insertByPin(List<Story> queue, Story s, int from) {
        if (s.pin == null) {
            queue.add(s);
            return;
        }
        for (int j = from; j < queue.size(); j++) {
            Integer p = queue.get(j).pin;
            if (p != null && p > s.pin) {
                queue.add(j, s);
                return;
            }
        }
        queue.add(s);
    }

    // ---- cursor -----------------------------------------------------------------------------------

    private record Limit(int page, int linesOnLastPage) {}

    /**
     * How far story i may run: up to the page before the next story that opens a page, or onto the page of
     * the next shareable pinned story, leaving the lines that story needs.
     */
    private Limit limit(List<Story> queue, int i) {
        for (int j = i + 1; j < queue.size(); j++) {
            Story q = queue.get(j);
            if (q.pin == null) continue;
            if (!q.shareable) {
                int p = q.pin - 1;
                while (templatePages.contains(p) && p > page) p--;
                return new Limit(p, g.lines());
            }
            int reserve = 0;
            for (int k = j; k < queue.size() && queue.get(k).pin != null && queue.get(k).pin.equals(q.pin)
                    && queue.get(k).shareable; k++) {
                reserve += queue.get(k).minLines(g.columns());
            }
            return new Limit(q.pin, Math.max(0, g.lines() - reserve));
        }
        return new Limit(Integer.MAX_VALUE / 2, g.lines());
    }

    private void moveToPin(Story s) {
        if (s.pin == null) return;
        if (s.pin > page || (s.pin == page && !s.shareable && line > 0 && s.type != Story.Type.NOTICE)) {
            reportUnderset(s.pin);
            leave();
            page = s.pin;
            line = 0;
        } else if (s.pin < page) {
            findings.add(Finding.error(s.article.id(), -1, page, "findings.start.late",
                    s.article.title().strip(), s.pin, page));
        }
        skipTemplatePages();
    }

    /** Free space of more than one column left before a pinned start is worth a filler or an image. */
    private void reportUnderset(int pin) {
        if (previous == null) return;
        int free = 0;
        int from = page;
        for (int p = page; p < pin; p++) {
            if (templatePages.contains(p)) continue;
            free += (p == page ? g.lines() - line : g.lines()) * g.columns();
        }
        if (free > 0) frees.merge(previous.article.id(), free, Integer::sum);
        if (free > g.lines()) {
            findings.add(from == pin - 1   // one page: "第 14 页", not "第 14–14 页"
                    ? Finding.warning(previous.article.id(), -1, from, "findings.underset-one", previous.article.title().strip(), free, from)
                    : Finding.warning(previous.article.id(), -1, from, "findings.underset",
                            previous.article.title().strip(), free, from, pin - 1));
        }
    }

    /** Records how far the cursor got on the page it leaves: the rest is leftover space for fillers. */
    private void leave() {
        PageBuilder p = pages.get(page);
        if (p != null && p.grid == null) p.grid = g;
        if (p != null) p.freeFrom = Math.max(p.freeFrom, line);
    }

    /**
     * A 补白 goes into the first body page whose leftover lines below its last story hold it, balanced in the
     * columns like any story's end; with no room anywhere it is reported, not dropped.
     */
    private void filler(Story f, int lastFolio) {
        int need = f.minLines(f.grid.columns());
        for (PageBuilder p : pages.values()) {
            if (p.folio > lastFolio) break;   // a stopped flow: the pages after are not finished
            if (p.fullPage || p.grid != f.grid || p.freeFrom == 0 || p.freeFrom + need > f.grid.lines()) continue;
            page = p.folio;
            line = p.freeFrom;
            g = f.grid;
            flow(f, new Limit(page, g.lines()), Map.of());
            leave();
            return;
        }
        findings.add(Finding.warning(f.article.id(), -1, 0, "findings.filler.unplaced",
                f.article.title().strip(), need));
    }

    private void nextPage() {
        leave();
        page++;
        line = 0;
        skipTemplatePages();
    }

    private void skipTemplatePages() {
        while (templatePages.contains(page)) {
            page++;
            line = 0;
        }
    }

    private PageBuilder here() { return pages.computeIfAbsent(page, PageBuilder::new); }

    /**
     * Notes that an article has begun on this page. Stories without a title band (news, fillers, notices)
     * get their outline anchors here, at {@code y}; title bands carry their own.
     */
    private void claim(Story s, String articleId, int y) {
        PageBuilder p = here();
        if (p.section == null) p.section = s.section != null ? s.section : sectionOfPrevious();
        boolean begins = startPages.putIfAbsent(articleId, page) == null;
        if (begins) onStart.accept(articleId, page);
        if (begins && s.header == null && !s.isContinuation()
                && s.type != Story.Type.TABLE) {
            if (s.sectionStart && s.section != null && articleId.equals(s.article.id())) {
                p.items.add(new Item.Anchor("section:" + s.section, s.section, 0, y));
                // a section of news items opening a page opens it: the running head names the section, on an even page too
                if (line == 0 && s.type == Story.Type.FLOW) p.opening = true;
            }
            String title = articleTitles.getOrDefault(articleId, articleId);
            p.items.add(new Item.Anchor("article:" + articleId, title, 1, y));
        }
    }

    private String sectionOfPrevious() { return previous == null ? null : previous.section; }

    // ---- flowing columns --------------------------------------------------------------------------

    private Story flow(Story s, Limit lim, Map<String, Integer> previousTargets) {
        String id = s.article.id();
        if (s.header != null) {
            if (line > 0) line += 1;
            if (line + s.header.lines() + 2 > g.lines()) nextPage();
            PageBuilder p = here();
            if (line == 0) p.opening = true;
            claim(s, id, g.lineTop(line));
            if (s.header.lines() + 2 > g.lines()) {
                // A title, subtitle or 核心阅读 taller than the page: an error naming the article, and only what
                // fits is drawn, never past the foot of the page; the body starts on the next page.
                findings.add(Finding.error(id, -1, page, "limits.header-too-tall", s.article.title().strip(),
                        s.header.lines(), g.lines()));
                p.items.addAll(Shift.all(Band.within(s.header.items(), g.lineTop(g.lines()) - g.lineTop(0)),
                        t.textLeft(page, g), g.lineTop(line)));
                nextPage();
            } else {
                p.items.addAll(Shift.all(s.header.items(), t.textLeft(page, g), g.lineTop(line)));
                line += s.header.lines();
            }
        } else if (line > 0) {
            line += 1;
            if (line >= g.lines() - 1) nextPage();
        }
        // a table or an image that floats to the next column is moved in this copy, the order it is set in
        List<Unit> u = new ArrayList<>(s.units());
        int pos = 0;
        while (true) {
            if (page > lim.page()) {
                overset(s, u, pos);
                return null;
            }
            int cap = (page == lim.page() ? lim.linesOnLastPage() : g.lines()) - line;
            boolean last = page == lim.page() || nextBodyPage(page) > lim.page();
            if (cap <= 0) {
                if (last) {
                    overset(s, u, pos);
                    return null;
                }
                nextPage();
                continue;
            }
            ColumnFlow.Balance b = ColumnFlow.balance(u, pos, cap, g.columns());
            if (b != null) {
                place(s, b.units(), pos, b.ends(), line);
                line += b.height();
                return null;
            }
            if (last && s.continuesOn != null && !s.isContinuation()) return jump(s, u, pos, cap, previousTargets);
            int[] ends = new int[g.columns()];
            int at = pos;
            // a float may go on to the next column, on this page or at the top of the next one
            int nextPageCap = last ? 0 : nextBodyPage(page) == lim.page() ? lim.linesOnLastPage() : g.lines();
            for (int c = 0; c < g.columns(); c++) {
                ends[c] = at = ColumnFlow.fill(u, at, cap, c < g.columns() - 1 ? cap : nextPageCap);
            }
            place(s, u, pos, ends, line);
            pos = at;
            line += cap;   // the page is full to its foot: nothing of it is leftover space for a filler
            if (last) {
                overset(s, u, pos);
                return null;
            }
            nextPage();
        }
    }

    private int nextBodyPage(int p) {
        p++;
        while (templatePages.contains(p)) p++;
        return p;
    }

    /**
     * The first part fills the available columns, the last one a line short for （下转第N页）; the rest becomes a
     * continuation story pinned to the plan's page, opening with （上接第M页）.
     */
    private Story jump(Story s, List<Unit> u, int pos, int cap, Map<String, Integer> previousTargets) {
        String id = s.article.id();
        int[] ends = new int[g.columns()];
        int at = pos;
        for (int c = 0; c < g.columns(); c++) {
            boolean lastCol = c == g.columns() - 1;
            ends[c] = at = ColumnFlow.fill(u, at, lastCol ? cap - 1 : cap, lastCol ? 0 : c == g.columns() - 2 ? cap - 1 : cap);
        }
        place(s, u, pos, ends, line);
        int lastCol = g.columns() - 1;
        int used = ColumnFlow.height(u, lastCol == 0 ? pos : ends[lastCol - 1], ends[lastCol]);
        int target = previousTargets.getOrDefault(id, s.continuesOn);
        Unit.Text to = body.marker("（下转第" + target + "页）", t.style("jump"), Unit.Kind.JUMP_TO, id, g);
        paint(to, lastCol, line + used);
        int from = page;
        jumpFrom.put(id, from);
        line = g.lines();
        List<Unit> rest = new ArrayList<>();
        rest.add(body.marker("（上接第" + from + "页）", t.style("jumpFrom"), Unit.Kind.JUMP_FROM, id, g));
        rest.addAll(u.subList(at, u.size()));
        return new Story(Story.Type.FLOW, s.article, s.section, false, s.continuesOn, true, null, null, rest, from, s.grid);
    }

    private void place(Story s, List<Unit> u, int pos, int[] ends, int topLine) {
        int from = pos;
        for (int c = 0; c < ends.length; c++) {
            int l = topLine;
            for (int i = ColumnFlow.skipSpace(u, from); i < ends[c]; i++) {
                Unit unit = u.get(i);
                if (unit instanceof Unit.Text tx) {
                    claim(s, tx.articleId(), g.lineTop(l));
                    endPages.put(tx.articleId(), page);
                    if (s.isContinuation() && tx.kind() == Unit.Kind.JUMP_FROM) jumpTargets.put(tx.articleId(), page);
                    paint(tx, c, l);
                } else if (unit instanceof Unit.Figure f) {
                    claim(s, f.articleId(), g.lineTop(l));
                    figure(f, c, l);
                } else if (unit instanceof Unit.Inset in) {
                    claim(s, in.articleId(), g.lineTop(l));
                    endPages.put(in.articleId(), page);
                    here().items.addAll(Shift.all(in.items(), g.columnX(t.textLeft(page, g), c), g.lineTop(l)));
                }
                l += unit.height();
            }
            from = ends[c];
        }
    }

    private void paint(Unit.Text tx, int column, int gridLine) {
        int x = g.columnX(t.textLeft(page, g), column);
        here().items.addAll(LinePainter.paint(tx.line(), tx.style(), tx.style().align(), x, g.measure(),
                g.baseline(gridLine), tx.articleId(), tx.block(), tx.offsetBase()));
    }

    /** An image centred in its column, its top on the em-box top of its first grid line; a frame if it is missing. */
    private void figure(Unit.Figure f, int column, int gridLine) {
        int x = g.columnX(t.textLeft(page, g), column) + (g.measure() - f.imageWidth()) / 2;
        Rect r = new Rect(x, g.lineTop(gridLine), f.imageWidth(), f.imageHeight());
        here().items.add(f.missing() ? new Item.Box(r, 500, Ink.BLACK, Ink.NONE)
                : new Item.Image(r, f.path(), new SourceRef(f.articleId(), f.block(), 0)));
    }

    private void overset(Story s, List<Unit> u, int pos) {
        int lines = 0;
        int chars = 0;
        for (int i = pos; i < u.size(); i++) {
            if (u.get(i) instanceof Unit.Text tx) {
                lines++;
                chars += tx.chars();
            } else if (!(u.get(i) instanceof Unit.Space)) {
                lines += u.get(i).height(); // a table or an image that found no room is overset too
            }
        }
        if (lines > 0) {
            overs.computeIfAbsent(s.article.id(), k -> new int[2])[0] += lines;
            overs.get(s.article.id())[1] += chars;
            findings.add(Finding.error(s.article.id(), -1, page, "findings.overset",
                    s.article.title().strip(), lines, chars));
        }
    }

    // ---- notice and table -------------------------------------------------------------------------

    private int noticeMeasure() {
        Template.Style st = t.style("noticeBody");
        int inner = g.textWidth() - 2 * (t.noticeBox().padding() + t.noticeBox().rule());
        return inner / st.size() * st.size();
    }

    private List<Unit> noticeUnits(Article a) {
        List<Unit> u = new ArrayList<>();
        int m = noticeMeasure();
        Template.Style title = t.style("noticeTitle");
        body.add(u, a.title().strip(), title, Unit.Kind.TITLE, a.id(), -1, 0, m);
        if (title.spaceAfter() > 0) u.add(new Unit.Space(title.spaceAfter(), a.id()));
        for (int b = 0; b < a.body().size(); b++) {
            if (a.body().get(b) instanceof cn.paiban.model.Block.Paragraph p) {
                body.add(u, p.text(), t.style("noticeBody"), Unit.Kind.BODY, a.id(), b, 0, m);
            }
        }
        if (TitleBlock.notBlank(a.signature())) {
            body.add(u, a.signature().strip(), t.style("noticeSignature"), Unit.Kind.SIGNATURE, a.id(), -1, 0, m);
        }
        return u;
    }

    /** Height of a notice's lines, set at their own leading (a framed insert need not sit on the body grid). */
    private int noticeHeight(List<Unit> units) {
        int h = 0;
        for (Unit u : units) h += u instanceof Unit.Text tx ? leading(tx.style()) : u.height() * leading(t.style("noticeBody"));
        return h + 2 * t.noticeBox().padding();
    }

    private int leading(Template.Style st) { return st.leading() > 0 ? st.leading() : g.leading(); }

    /** A notice fills the rest of its page in a frame, from the grid line where it starts to the foot of the text. */
    private void notice(Story s) {
        if (line > 0) line += 1;
        if (line + s.fixedLines > g.lines()) {
            if (line > 0 && s.pin == null) nextPage();
            if (line + s.fixedLines > g.lines()) {
                overset(s, s.units(), 0);
                return;
            }
        }
        PageBuilder p = here();
        claim(s, s.article.id(), g.lineTop(line));
        int left = t.textLeft(page);
        int top = g.lineTop(line);
        int bottom = g.bottom();
        p.items.add(new Item.Box(new Rect(left, top, g.textWidth(), bottom - top), t.noticeBox().rule(), Ink.BLACK, Ink.NONE));
        int m = noticeMeasure();
        int x = left + (g.textWidth() - m) / 2;
        // the content is centred in the frame's height
        int y = top + Math.max(t.noticeBox().padding(), (bottom - top - noticeHeight(s.units())) / 2 + t.noticeBox().padding());
        for (Unit unit : s.units()) {
            if (unit instanceof Unit.Text tx) {
                int ld = leading(tx.style());
                int baseline = y + (ld - tx.style().size()) / 2 + LineGrid.baselineOffset(tx.style().size());
                p.items.addAll(LinePainter.paint(tx.line(), tx.style(), tx.style().align(), x, m, baseline,
                        tx.articleId(), tx.block(), tx.offsetBase()));
                y += ld;
            } else {
                y += unit.height() * leading(t.style("noticeBody"));
            }
        }
        line = g.lines();
    }

    private void table(Story s) {
        if (line > 0) nextPage();
        PageBuilder p = here();
        p.opening = true;
        p.fullPage = true;
        claim(s, s.article.id(), g.top());
        List<Item> items = new TableSetter(t, setter).set(s.article, s.section, s.sectionStart);
        p.items.addAll(Shift.all(items, t.textLeft(page), g.top()));
        line = g.lines();
    }

    /**
     * Findings made while composing (missing glyphs) know their block, not yet their page: give them the page
     * where that block's text was set, and drop repeats (a title composed twice to try a break).
     */
    private List<Finding> locate(List<Finding> raw) {
        Map<String, Integer> blockPages = new HashMap<>();
        pages.forEach((f, p) -> p.items.forEach(i -> {
            if (i instanceof Item.GlyphRun r) blockPages.putIfAbsent(r.source().articleId() + "#" + r.source().block(), f);
        }));
        List<Finding> out = new ArrayList<>();
        for (Finding f : raw) {
            Finding located = f.page() != 0 || f.articleId().isEmpty() ? f
                    : f.onPage(blockPages.getOrDefault(f.articleId() + "#" + f.block(),
                            startPages.getOrDefault(f.articleId(), 0)));
            if (!out.contains(located)) out.add(located);
        }
        return out;
    }

    List<Finding> findings() { return findings; }

    private static int columnLines(Story s) {
        if (s == null) return 0;
        int cols = s.grid.columns();
        return switch (s.type) {
            case FLOW -> (s.header == null ? 0 : s.header.lines() * cols) + ColumnFlow.height(s.units(), 0, s.units().size());
            case NOTICE -> (s.fixedLines + 1) * cols;
            case TABLE -> s.grid.lines() * cols;
        };
    }

    private Map<String, Fit> fits() {
        Map<String, Fit> out = new LinkedHashMap<>();
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(startPages.keySet());
        ids.addAll(storyOf.keySet()); // a filler that found no room has a length but no page
        for (String id : ids) {
            int start = startPages.getOrDefault(id, 0);
            int[] over = overs.getOrDefault(id, new int[2]);
            List<LastLine> last = new ArrayList<>();
            List<FigureLines> figs = new ArrayList<>();
            Story s = storyOf.get(id);
            if (s != null && s.type == Story.Type.FLOW) {
                List<Unit> units = s.units();
                for (int i = 0; i < units.size(); i++) {
                    Unit u = units.get(i);
                    if (u instanceof Unit.Text tx && tx.kind() == Unit.Kind.BODY && tx.lastOfPara()
                            && tx.articleId().equals(id) && tx.block() >= 0) {
                        last.add(new LastLine(tx.block(), tx.chars(), tx.paraLines()));
                    } else if (u instanceof Unit.Figure f && f.articleId().equals(id)) {
                        int h = f.lines();
                        for (int k = i + 1; k < units.size() && units.get(k) instanceof Unit.Text c
                                && c.kind() == Unit.Kind.CAPTION; k++) h++;
                        figs.add(new FigureLines(f.block(), h));
                    }
                }
            }
            // written out: Comparator.comparingInt/thenComparing link JDK lambdas on first use (~1 ms on a cold export's main thread)
            last.sort((a, b) -> a.chars() != b.chars() ? Integer.compare(a.chars(), b.chars()) : Integer.compare(a.block(), b.block()));
            out.put(id, new Fit(id, start, endPages.getOrDefault(id, start), columnLines(s), over[0], over[1],
                    frees.getOrDefault(id, 0), last, figs, s == null ? g.lines() : s.grid.lines(),
                    s == null ? g.measureEm() : s.grid.measureEm(), jumpFrom.getOrDefault(id, 0),
                    jumpTargets.getOrDefault(id, 0)));
        }
        return out;
    }
}
