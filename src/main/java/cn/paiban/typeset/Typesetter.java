package cn.paiban.typeset;

import cn.paiban.display.Document;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import cn.paiban.front.FrontMatter;
import cn.paiban.front.TemplateException;
import cn.paiban.layout.CachingComposer;
import cn.paiban.layout.Finding;
import cn.paiban.layout.ImageSizes;
import cn.paiban.layout.IssueLayout;
import cn.paiban.layout.LayoutResult;
import cn.paiban.layout.LineComposer;
import cn.paiban.layout.PageAssembler;
import cn.paiban.layout.Template;
import cn.paiban.layout.TemplateLoader;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import cn.paiban.trace.StartTrace;
import cn.paiban.text.ParagraphComposer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The whole issue from model to display list: body layout, front-matter pages, and page references
 * (contents, 下转/上接, folios) resolved by repeating until nothing changes. The CLI export, the preview
 * and the benchmarks all go through this one entry point.
 */
public final class Typesetter {
    /** Passes before giving up on page references that keep moving. */
    static final int MAX_PASSES = 6;

    private final FontBook fonts;
    private final Path templateDir;
    private final LineComposer composer;

    /** {@code templateDir} is e.g. templates/shuozhou-jingji (page template + front-matter XHTML). */
    public Typesetter(FontBook fonts, Path templateDir) {
        this(fonts, templateDir, new ParagraphComposer(fonts)::compose, true);
    }

    /** With another composer (tests, experiments); the default is {@link ParagraphComposer}. */
    public Typesetter(FontBook fonts, Path templateDir, LineComposer composer) {
        this(fonts, templateDir, composer, false);
    }

    private Typesetter(FontBook fonts, Path templateDir, LineComposer composer, boolean paragraphComposer) {
        this.fonts = fonts;
        this.templateDir = templateDir;
        this.composer = new CachingComposer(composer);
        this.paragraphComposer = paragraphComposer;
    }

    /** The fonts and composer of one issue folder: the template's own fonts ({@link TemplateFonts}) where it names any. */
    private record Setup(FontBook fonts, LineComposer composer, List<Finding> findings) {}

    private final boolean paragraphComposer;
    private final Map<String, Setup> setups = new java.util.concurrent.ConcurrentHashMap<>();

    private Setup setup(Path issueDir) {
        var requests = paragraphComposer ? TemplateFonts.requests(templateDir) : Map.<String, List<String>>of();
        if (requests.isEmpty()) return new Setup(fonts, composer, List.of());
        return setups.computeIfAbsent(issueDir + "|" + requests, k -> {
            TemplateFonts.Resolved r = TemplateFonts.resolve(fonts, templateDir, issueDir);
            return new Setup(r.fonts(), new CachingComposer(new ParagraphComposer(r.fonts())::compose), r.findings());
        });
    }

    public FontBook fonts() { return fonts; }

    public Path templateDir() { return templateDir; }

    public LayoutResult typeset(Issue issue) {
        return typeset(issue, null);
    }

    /** {@code issueDir}: the folder the issue's image paths are relative to (null: as they are). */
    public LayoutResult typeset(Issue issue, Path issueDir) {
        ImageSizes images = new ImageSizes(issueDir);
        Setup setup = setup(issueDir);
        LineComposer composer = setup.composer();
        Template t = template(setup.fonts());
        // the start pages the first pass has placed so far, for the front pages made ahead
        Map<String, Integer> placed = new java.util.concurrent.ConcurrentHashMap<>();
        FrontWork ahead = frontAhead(issue, t, placed);
        // start from the plan's pages: when the layout agrees, one pass is enough
        Map<String, Integer> targets = new HashMap<>();
        for (PagePlan.Entry e : issue.plan().entries()) {
            if (e.continuesOn() != null) targets.put(e.articleId(), e.continuesOn());
        }
        IssueLayout.Flowed flowed = null;
        int pass = 0;
        boolean settled = false;
        boolean flowedAll = false;
        try {
            while (pass < MAX_PASSES) {
                pass++;
                IssueLayout layout = new IssueLayout(t, composer, images);
                if (pass == 1) layout.onStart(placed::put);
                flowed = layout.layout(issue, targets);
                StartTrace.mark("flow pass " + pass + " done");
                // 下转 numbers of this pass came from the last one (or the plan); done when the continuations stayed put
                if (flowed.jumpTargets().equals(targets)) {
                    settled = true;
                    break;
                }
                targets = new HashMap<>(flowed.jumpTargets());
            }
            flowedAll = true;
        } finally {
            if (!flowedAll && ahead != null) ahead.drop();
        }
        List<Finding> findings = new ArrayList<>(setup.findings());
        findings.addAll(flowed.findings());
        if (issue.journal().publicationDate() == null) {
            // a new issue (paiban new) has no date until the editor sets one: the colophon prints none
            findings.add(Finding.warning("", -1, 0, "import.new.noDate"));
        }
        if (!settled) {
            findings.add(Finding.error("", -1, 0, "findings.jumps.unsettled", MAX_PASSES,
                    flowed.jumpTargets().toString()));
        }
        Map<Integer, Page> front = frontPages(issue, t, flowed.startPages(), findings, ahead);
        List<Page> pages = new PageAssembler(t, composer).assemble(issue, flowed, front, findings);
        var j = issue.journal();
        Document doc = new Document(j.name() + " " + j.year() + "年第" + j.issueNumber() + "期",
                j.name() + " 总第" + j.totalNumber() + "期", pages);
        return new LayoutResult(doc, findings, flowed.startPages(), flowed.fits());
    }

    /**
     * The pages up to {@code lastFolio} as {@link #typeset} sets them in its first pass, before the rest of the issue:
     * what the editor shows while the whole issue is still being typeset. Front-matter pages (Flying Saucer, the
     * slowest part) are not among them, nor is a page the flow did not finish; a later pass can still move a
     * （下转第N页） number. The document has only the finished pages, in folio order.
     */
    public Document typesetThrough(Issue issue, Path issueDir, int lastFolio) {
        Setup setup = setup(issueDir);
        Template t = template(setup.fonts());
        Map<String, Integer> targets = new HashMap<>();
        for (PagePlan.Entry e : issue.plan().entries()) {
            if (e.continuesOn() != null) targets.put(e.articleId(), e.continuesOn());
        }
        IssueLayout.Flowed flowed = new IssueLayout(t, setup.composer(), new ImageSizes(issueDir)).layoutThrough(issue, targets, lastFolio);
        Map<Integer, Page> front = new HashMap<>();
        for (PagePlan.TemplatePage tp : issue.plan().templatePages()) front.put(tp.page(), new Page(tp.page(), t.format(), List.of(), true));
        List<Page> ready = new ArrayList<>();
        for (Page p : new PageAssembler(t, setup.composer()).assemble(issue, flowed, front, new ArrayList<>())) {
            if (p.folio() <= lastFolio && !front.containsKey(p.folio())) ready.add(p);
        }
        var j = issue.journal();
        return new Document(j.name() + " " + j.year() + "年第" + j.issueNumber() + "期", j.name() + " 总第" + j.totalNumber() + "期", ready);
    }

    /** The template, its font fields checked against the font roles there are (a typo names its field). */
    private Template template(FontBook fonts) {
        Template t = TemplateLoader.load(templateDir);
        Map<String, String> unknown = t.unknownFonts(fonts.roleNames());
        if (!unknown.isEmpty()) {
            var first = unknown.entrySet().iterator().next();
            throw new cn.paiban.layout.TemplateException(templateDir.resolve(TemplateLoader.FILE) + ": " + first.getKey() + ": "
                    + cn.paiban.i18n.Msg.get("limits.template.font-role", first.getValue(), String.join(", ", new java.util.TreeSet<>(fonts.roleNames()))));
        }
        return t;
    }

    /** The issue's stories measured for page planning (no pages laid out, no front matter). */
    public List<cn.paiban.layout.StoryLength> measure(Issue issue, Path issueDir) {
        Setup setup = setup(issueDir);
        Template t = template(setup.fonts());
        return new IssueLayout(t, setup.composer(), new ImageSizes(issueDir)).measure(issue);
    }

    /**
     * What the front-matter pages are made from: the issue without article bodies (the board, colophon and
     * contents show titles, authors and pages, not text), the notices whole, and the start pages.
     */
    private record FrontKey(Object journal, Object board, List<Object> articles, Object notices, Object plan,
                            Object pagesShown) {
        /** {@code pagesShown}: the start pages as the templates show them ({@link FrontMatter#pagesShown}), not all of them. */
        static FrontKey of(Issue issue, Map<String, Integer> startPages) {
            List<Object> heads = new ArrayList<>();
            for (Section s : issue.sections()) {
                heads.add(s.title());
                for (Article a : s.articles()) heads.add(a.withBody(List.of()));
            }
            for (Article a : issue.shortItems()) heads.add(a.withBody(List.of()));
            return new FrontKey(issue.journal(), issue.board(), heads, issue.notices(), issue.plan(),
                    FrontMatter.pagesShown(issue, startPages));
        }

        /** The same issue heads, whatever the pages. */
        boolean sameHeads(FrontKey o) {
            return journal.equals(o.journal) && java.util.Objects.equals(board, o.board) && articles.equals(o.articles)
                    && java.util.Objects.equals(notices, o.notices) && plan.equals(o.plan);
        }
    }

    /** {@code startPages}: the start pages the pages were made with, the guess for the next layout's. */
    private record FrontPages(FrontKey key, Map<String, Integer> startPages, Map<Integer, Page> pages, List<Finding> findings,
                              FrontMatter.Made made) {}

    /** Flying Saucer takes seconds; an edit in an article body does not change these pages, so keep the last ones. */
    private FrontPages lastFront;

    /** Front pages made ahead, while the body is laid out: a second core renders Flying Saucer's pages meanwhile. */
    private static final ExecutorService AHEAD = Executors.newCachedThreadPool(r -> {
        Thread th = new Thread(r, "paiban-front-ahead");
        th.setDaemon(true);
        return th;
    });

    /**
     * When the front pages must be made anew (the first layout of an issue, or its heads changed), starts making them
     * now on another thread, while the body is laid out (it needs no front page): each template page is filled with the
     * start pages known when it is begun, the plan's pins (or the last layout's pages) overlaid with those the first
     * pass has {@code placed} so far. {@link #frontPages} finishes the work with the layout's pages. Null when there is
     * nothing to make ahead.
     */
    private FrontWork frontAhead(Issue issue, Template t, Map<String, Integer> placed) {
        if (issue.plan().templatePages().isEmpty()) return null;
        Map<String, Integer> guess = new HashMap<>();
        for (PagePlan.Entry e : issue.plan().entries()) {
            if (e.startPage() != null) guess.put(e.articleId(), e.startPage());
        }
        FrontPages cached;
        synchronized (this) {
            cached = lastFront;
        }
        if (cached != null) {
            if (cached.key().sameHeads(FrontKey.of(issue, Map.of()))) return null;   // only the pages can differ
            guess = cached.startPages();
        }
        Map<String, Integer> pinned = guess;
        FrontWork work = new FrontWork(issue, t, () -> {
            Map<String, Integer> known = new HashMap<>(pinned);
            known.putAll(placed);
            return known;
        }, cached == null ? null : cached.made());
        AHEAD.execute(work::ahead);
        return work;
    }

    private Map<Integer, Page> frontPages(Issue issue, Template t, Map<String, Integer> startPages, List<Finding> findings,
            FrontWork ahead) {
        FrontKey key = FrontKey.of(issue, startPages);
        FrontPages cached;
        synchronized (this) {
            cached = lastFront;
        }
        if (ahead != null) {
            cached = ahead.finish(key, startPages);
            synchronized (this) {
                lastFront = cached;
            }
        } else if (cached == null || !cached.key().equals(key)) {
            // pages made a moment ago from the same files for other start pages: what fills the same (the board, the
            // colophon) is taken from them, the contents made again
            cached = renderFront(key, issue, t, startPages, cached == null ? null : cached.made());
            synchronized (this) {
                lastFront = cached;
            }
        }
        findings.addAll(cached.findings());
        return cached.pages();
    }

    /**
     * Template pages from FrontMatter, with the body's fonts (not a second FontBook). A malformed template is
     * an ERROR finding naming its file and line, and its pages stay blank: preflight lists it with the rest.
     */
    private FrontPages renderFront(FrontKey key, Issue issue, Template t, Map<String, Integer> startPages,
            FrontMatter.Made earlier) {
        return new FrontWork(issue, t, () -> startPages, earlier).finish(key, startPages);
    }

    /**
     * The template pages of one layout, each a piece of work done by the first thread that takes it: the thread making
     * them ahead takes them in the plan's order, and the thread that laid out the body, once done, takes those not
     * begun yet rather than wait ({@link #finish}).
     */
    private final class FrontWork {
        private final Issue issue;
        private final Template t;
        private final java.util.function.Supplier<Map<String, Integer>> known;
        private final FrontMatter.Made earlier;
        private final FrontMatter maker = new FrontMatter(templateDir, fonts);
        private final List<Piece> pieces = new ArrayList<>();

        /**
         * {@code known}: the start pages known when a page is begun ahead; {@code earlier}: pages made before from the
         * same files (may be null), taken where a template fills the same.
         */
        FrontWork(Issue issue, Template t, java.util.function.Supplier<Map<String, Integer>> known, FrontMatter.Made earlier) {
            this.issue = issue;
            this.t = t;
            this.known = known;
            this.earlier = earlier;
            for (PagePlan.TemplatePage tp : issue.plan().templatePages()) pieces.add(new Piece(tp));
        }

        /** A page made: its part of the pages (null when its template is broken), its warnings, the pages it showed. */
        private record Done(FrontMatter.Made made, TemplateException broken, List<String> warnings, Object shown) {}

        private final class Piece {
            final PagePlan.TemplatePage tp;
            final java.util.concurrent.atomic.AtomicBoolean taken = new java.util.concurrent.atomic.AtomicBoolean();
            final CompletableFuture<Done> done = new CompletableFuture<>();

            Piece(PagePlan.TemplatePage tp) { this.tp = tp; }

            /** Makes the page unless another thread has taken it. */
            void takeAndMake(Map<String, Integer> startPages) {
                if (!taken.compareAndSet(false, true)) return;
                try {
                    done.complete(make(tp, startPages, earlier));
                } catch (Throwable e) {
                    done.completeExceptionally(e);
                }
            }
        }

        private Done make(PagePlan.TemplatePage tp, Map<String, Integer> startPages, FrontMatter.Made earlier) {
            List<String> warnings = new ArrayList<>();
            Object shown = FrontMatter.pagesShown(issue, startPages);
            try {
                return new Done(maker.makePage(issue, tp, startPages, t.format(), warnings, earlier), null, warnings, shown);
            } catch (TemplateException e) {
                return new Done(null, e, warnings, shown);
            }
        }

        /** On the thread making pages ahead. */
        void ahead() {
            maker.parseAhead(issue);
            for (Piece p : pieces) p.takeAndMake(known.get());
        }

        /**
         * The pages for the layout's {@code startPages} ({@code key} made from them): the pages not begun yet are made
         * here; a page made ahead with start pages that show otherwise ({@link FrontMatter#pagesShown}) is made again,
         * laid out again only when its template fills differently; one whose making failed there is made here, and
         * fails here with its message.
         */
        FrontPages finish(FrontKey key, Map<String, Integer> startPages) {
            for (Piece p : pieces) p.takeAndMake(startPages);
            List<Finding> findings = new ArrayList<>();
            Map<Integer, String> byPage = new HashMap<>();
            for (PagePlan.TemplatePage tp : issue.plan().templatePages()) {
                String before = byPage.putIfAbsent(tp.page(), tp.template());
                // the second would silently replace the first on the page
                if (before != null) findings.add(Finding.error("", -1, tp.page(), "limits.template-page-twice", tp.page(), before,
                        tp.template()));
            }
            List<String> warnings = new ArrayList<>();
            List<FrontMatter.Made> parts = new ArrayList<>();
            TemplateException broken = null;
            for (Piece p : pieces) {
                if (!p.done.isDone()) StartTrace.mark("front " + p.tp.template() + ": waiting for the other thread");
                Done d = await(p);
                if (d == null) {
                    d = make(p.tp, startPages, earlier);
                } else if (!d.shown().equals(key.pagesShown())) {
                    StartTrace.mark("front " + p.tp.template() + ": made with other pages, again");
                    d = make(p.tp, startPages, d.made() == null ? earlier : d.made());
                }
                warnings.addAll(d.warnings());
                if (d.broken() != null) {
                    broken = d.broken();
                    break;
                }
                parts.add(d.made());
            }
            Map<Integer, Page> out = new TreeMap<>();
            FrontMatter.Made made = null;
            if (broken != null) {
                findings.add(Finding.error("", -1, 0, "findings.front.broken", broken.getMessage()));
            } else {
                made = FrontMatter.Made.join(parts);
                for (Page p : made.pages()) out.put(p.folio(), p);
            }
            for (String w : warnings) findings.add(new Finding(Finding.Severity.WARNING, "", -1, 0, w));
            for (PagePlan.TemplatePage tp : issue.plan().templatePages()) {
                out.computeIfAbsent(tp.page(), f -> new Page(f, t.format(), List.of(), true));
            }
            return new FrontPages(key, startPages, out, List.copyOf(findings), made);
        }

        /** The page as made on the other thread, or null when making it failed there. */
        private Done await(Piece p) {
            try {
                return p.done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the front pages were made", e);
            } catch (ExecutionException e) {
                return null;
            }
        }

        /** When the layout failed: the pages not begun are not made. */
        void drop() {
            for (Piece p : pieces) {
                if (p.taken.compareAndSet(false, true)) p.done.cancel(false);
            }
        }
    }
}
