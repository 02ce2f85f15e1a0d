package cn.paiban.io;

import cn.paiban.model.Article;
import cn.paiban.model.Colophon;
import cn.paiban.model.EditorialBoard;
import cn.paiban.model.Ids;
import cn.paiban.model.Issue;
import cn.paiban.model.Journal;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.io.IOException;
import cn.paiban.files.FolderFiles;
import cn.paiban.i18n.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an upgraded issue.json (and the article files it names) into an Issue, checking what JSON
 * alone cannot: ids unique and usable as file names, every listed article present, the plan naming
 * only articles of the issue.
 */
final class IssueDecoder {
    private final Path dir;
    private final IssueDocument doc;
    /** Article ids seen so far, lower-cased (two files differing only in case collide on macOS and Windows). */
    private final Map<String, Located> articleIds = new HashMap<>();

    private IssueDecoder(Path dir, IssueDocument doc) {
        this.dir = dir;
        this.doc = doc;
    }

    static Issue decode(Path dir, IssueDocument doc) throws IssueFormatException, IOException {
        return new IssueDecoder(dir, doc).issue();
    }

    private Issue issue() throws IssueFormatException, IOException {
        Located.Fields f = doc.root().fields("schemaVersion", "journal", "board", "sections", "shortItems", "notices", "plan");
        Journal journal = journal(f.require("journal"));
        EditorialBoard board = board(f.require("board"));
        Located sectionsAt = f.require("sections");
        List<Located> sectionItems = sectionsAt.items();
        if (sectionItems.isEmpty()) {
            throw sectionsAt.error(Msg.get("io.issue.no-sections"));
        }
        List<Section> sections = new ArrayList<>();
        Map<String, Located> sectionIds = new HashMap<>();
        for (Located s : sectionItems) sections.add(section(s, sectionIds));
        List<Article> shortItems = articles(f.list("shortItems"));
        List<Article> notices = articles(f.list("notices"));
        Set<String> ids = new HashSet<>();
        sections.forEach(s -> s.articles().forEach(a -> ids.add(a.id())));
        shortItems.forEach(a -> ids.add(a.id()));
        notices.forEach(a -> ids.add(a.id()));
        PagePlan plan = plan(f.require("plan"), ids);
        return new Issue(journal, board, sections, shortItems, notices, plan);
    }

    private Journal journal(Located at) throws IssueFormatException {
        Located.Fields f = at.fields("name", "pinyin", "year", "issueNumber", "totalNumber", "frequency",
                "publicationDate", "colophon", "slogans");
        return new Journal(f.string("name"), f.optString("pinyin"), f.integer("year"), f.integer("issueNumber"),
                f.integer("totalNumber"), f.optString("frequency"), f.get("publicationDate") == null ? null : f.get("publicationDate").date(),
                colophon(f.require("colophon")), f.strings("slogans"));
    }

    private Colophon colophon(Located at) throws IssueFormatException {
        Located.Fields f = at.fields("supervisor", "sponsor", "editor", "audience", "address", "postcode", "phone",
                "website", "email", "printer", "printRun", "permit", "distribution");
        return new Colophon(f.optString("supervisor"), f.optString("sponsor"), f.optString("editor"),
                f.optString("audience"), f.optString("address"), f.optString("postcode"), f.optString("phone"),
                f.optString("website"), f.optString("email"), f.optString("printer"), f.optString("printRun"),
                f.optString("permit"), f.optString("distribution"));
    }

    private EditorialBoard board(Located at) throws IssueFormatException {
        Located.Fields f = at.fields("roles", "note");
        List<EditorialBoard.Role> roles = new ArrayList<>();
        for (Located r : f.list("roles")) {
            Located.Fields rf = r.fields("title", "names");
            roles.add(new EditorialBoard.Role(rf.string("title"), rf.strings("names")));
        }
        return new EditorialBoard(roles, f.optString("note"));
    }

    private Section section(Located at, Map<String, Located> seen) throws IssueFormatException, IOException {
        Located.Fields f = at.fields("id", "title", "articles");
        Located idAt = f.require("id");
        String id = checkedId(idAt, "io.issue.what.section");
        Located first = seen.putIfAbsent(Ids.key(id), idAt);
        if (first != null) throw idAt.error(Msg.get("io.issue.duplicate-section", id, first.path()));
        Located titleAt = f.require("title");
        if (titleAt.string().isBlank()) throw titleAt.error(Msg.get("io.issue.section-title-empty"));
        return new Section(id, titleAt.string(), articles(f.list("articles")));
    }

    private List<Article> articles(List<Located> refs) throws IssueFormatException, IOException {
        List<Article> out = new ArrayList<>();
        for (Located ref : refs) out.add(article(ref));
        return out;
    }

    /** Resolves one article id listed in issue.json to its file (or its inline object in an old issue). */
    private Article article(Located ref) throws IssueFormatException, IOException {
        String id = checkedId(ref, "io.issue.what.article");
        Located first = articleIds.putIfAbsent(Ids.key(id), ref);
        if (first != null) throw ref.error(Msg.get("io.issue.duplicate-article", id, first.path()));
        Located inline = doc.inlineArticles().get(id);
        if (inline != null) return ArticleDecoder.decode(inline, id);
        Path file = IssueLayout.articleFile(dir, id);
        FolderFiles.Verdict v = FolderFiles.check(dir, file);
        if (v == FolderFiles.Verdict.LINK || v == FolderFiles.Verdict.NOT_REGULAR || v == FolderFiles.Verdict.OUTSIDE) {
            // only regular files inside the issue folder are read: a link could pull in any file of the machine
            throw ref.error(Msg.get("limits.file.not-regular", IssueLayout.ARTICLES + "/" + id + ".json"));
        }
        if (!Files.isRegularFile(file)) {
            throw ref.error(Msg.get("io.issue.article-file-missing", id, IssueLayout.ARTICLES + "/" + id + ".json"));
        }
        Located root = new Located(file, "", JsonTreeReader.read(file));
        Migrations.checkArticleFile(root);
        return ArticleDecoder.decode(root, id);
    }

    /** {@code whatKey}: the text naming what the id is of (栏目, 文章), looked up only for the error. */
    private static String checkedId(Located at, String whatKey) throws IssueFormatException {
        String id = at.string();
        String problem = IssueLayout.idProblem(id);
        if (problem != null) throw at.error(Msg.get("io.issue.bad-id", Msg.get(whatKey), problem));
        return id;
    }

    private PagePlan plan(Located at, Set<String> articleIds) throws IssueFormatException {
        Located.Fields f = at.fields("firstPage", "entries", "templatePages", "pages");
        Located firstAt = f.require("firstPage");
        int firstPage = firstAt.integer();
        if (firstPage < 1) throw firstAt.error(Msg.get("io.plan.page-below-one", firstPage));
        if (firstPage > MAX_PAGE) throw firstAt.error(Msg.get("limits.plan.page-too-large", firstPage, MAX_PAGE));
        List<PagePlan.Entry> entries = new ArrayList<>();
        Map<String, Located> planned = new HashMap<>();
        for (Located e : f.list("entries")) {
            Located.Fields ef = e.fields("article", "startPage", "continuesOn");
            Located idAt = ef.require("article");
            String id = idAt.string();
            if (!articleIds.contains(id)) throw idAt.error(Msg.get("io.plan.unknown-article", id));
            Located dup = planned.putIfAbsent(id, idAt);
            if (dup != null) throw idAt.error(Msg.get("io.plan.planned-twice", id, dup.path()));
            Integer start = page(ef.get("startPage"));
            Integer cont = page(ef.get("continuesOn"));
            if (start != null && cont != null && cont <= start) {
                throw ef.require("continuesOn").error(Msg.get("io.plan.continues-before-start", cont, start));
            }
            entries.add(new PagePlan.Entry(id, start, cont));
        }
        List<PagePlan.TemplatePage> templates = new ArrayList<>();
        for (Located t : f.list("templatePages")) {
            Located.Fields tf = t.fields("template", "page");
            Located templateAt = tf.require("template");
            if (templateAt.string().isBlank()) throw templateAt.error(Msg.get("io.issue.template-empty"));
            templates.add(new PagePlan.TemplatePage(templateAt.string(), page(tf.require("page"))));
        }
        checkGaps(firstPage, pageFields);
        Located pagesAt = f.get("pages");
        Integer pages = null;
        if (pagesAt != null) {
            pages = pagesAt.integer();
            if (pages < 1 || pages > MAX_PAGE) throw pagesAt.error(Msg.get("io.plan.pages-out-of-range", pages, MAX_PAGE));
        }
        return new PagePlan(firstPage, entries, templates, pages);
    }

    /** Page numbers of a journal issue have at most four digits. */
    static final int MAX_PAGE = 9999;
    /** A planned page this far beyond the one before it is a typo (page 100000 gave a 100,000-page PDF). */
    static final int MAX_GAP = 200;

    /** Planned pages in order may not leave a gap of more than {@link #MAX_GAP} pages, counting from firstPage. */
    private static void checkGaps(int firstPage, List<Located> pageFields) throws IssueFormatException {
        List<Located> sorted = new ArrayList<>(pageFields);
        sorted.sort((a, b) -> Integer.compare(((JsonTree.Num) a.node()).value().intValue(), ((JsonTree.Num) b.node()).value().intValue()));
        int before = firstPage;
        for (Located l : sorted) {
            int p = ((JsonTree.Num) l.node()).value().intValue();
            if (p - before > MAX_GAP) throw l.error(Msg.get("limits.plan.gap", p, before, MAX_GAP));
            before = p;
        }
    }

    private List<Located> pageFields = new ArrayList<>();

    private Integer page(Located at) throws IssueFormatException {
        if (at == null) return null;
        int p = at.integer();
        if (p < 1) throw at.error(Msg.get("io.plan.page-below-one", p));
        if (p > MAX_PAGE) throw at.error(Msg.get("limits.plan.page-too-large", p, MAX_PAGE));
        pageFields.add(at);
        return p;
    }
}
