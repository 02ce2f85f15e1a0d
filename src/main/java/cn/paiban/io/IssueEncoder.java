package cn.paiban.io;

import cn.paiban.model.Article;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import cn.paiban.model.Colophon;
import cn.paiban.model.EditorialBoard;
import cn.paiban.model.Ids;
import cn.paiban.model.Issue;
import cn.paiban.model.Journal;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an Issue into the JSON texts of its folder, keys in a fixed order, absent optional fields
 * left out. Refuses (IllegalArgumentException naming the field) an issue that loading would reject,
 * so that Paiban never writes a folder it cannot read back.
 */
final class IssueEncoder {
    /** The texts of one issue folder: issue.json and, in printed order, each article file by id. */
    record Texts(String issueJson, Map<String, String> articles) {}

    private IssueEncoder() {}

    static Texts encode(Issue issue) {
        Map<String, String> articles = new LinkedHashMap<>();
        Map<String, String> lowerIds = new HashMap<>();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", Migrations.CURRENT);
        root.put("journal", journal(issue.journal()));
        root.put("board", board(issue.board()));
        if (issue.sections().isEmpty()) throw invalid("sections", "the issue has no sections");
        List<Object> sections = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        for (int i = 0; i < issue.sections().size(); i++) {
            Section s = issue.sections().get(i);
            String path = "sections[" + i + "]";
            Map<String, Object> so = new LinkedHashMap<>();
            so.put("id", id(s.id(), path + ".id"));
            if (!sectionIds.add(Ids.key(s.id()))) throw invalid(path + ".id", "duplicate section id " + s.id());
            so.put("title", nonBlank(s.title(), path + ".title"));
            so.put("articles", articleIds(s.articles(), path + ".articles", articles, lowerIds));
            sections.add(so);
        }
        root.put("sections", sections);
        root.put("shortItems", articleIds(issue.shortItems(), "shortItems", articles, lowerIds));
        root.put("notices", articleIds(issue.notices(), "notices", articles, lowerIds));
        root.put("plan", plan(issue.plan(), articles.keySet()));
        return new Texts(JsonPrinter.print(root), articles);
    }

    private static List<Object> articleIds(List<Article> list, String path, Map<String, String> texts,
            Map<String, String> lowerIds) {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Article a = list.get(i);
            String at = path + "[" + i + "]";
            id(a.id(), at + ".id");
            String clash = lowerIds.putIfAbsent(Ids.key(a.id()), at);
            if (clash != null) throw invalid(at + ".id", "duplicate article id " + a.id() + " (also at " + clash + ")");
            texts.put(a.id(), JsonPrinter.print(article(a, at)));
            ids.add(a.id());
        }
        return ids;
    }

    static Map<String, Object> article(Article a, String path) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("schemaVersion", Migrations.CURRENT);
        o.put("id", a.id());
        o.put("kind", ArticleDecoder.kindName(a.kind()));
        put(o, "kicker", a.kicker());
        o.put("title", nonBlank(a.title(), path + ".title"));
        put(o, "subtitle", a.subtitle());
        List<Object> authors = new ArrayList<>();
        for (int i = 0; i < a.authors().size(); i++) {
            Author au = a.authors().get(i);
            Map<String, Object> ao = new LinkedHashMap<>();
            ao.put("name", nonBlank(au.name(), path + ".authors[" + i + "].name"));
            put(ao, "affiliation", au.affiliation());
            authors.add(ao);
        }
        o.put("authors", authors);
        put(o, "lead", a.lead());
        List<Object> body = new ArrayList<>();
        for (int i = 0; i < a.body().size(); i++) body.add(block(a.body().get(i), path + ".body[" + i + "]"));
        o.put("body", body);
        put(o, "source", a.source());
        put(o, "signature", a.signature());
        return o;
    }

    private static Map<String, Object> block(Block b, String path) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (b instanceof Block.Paragraph p) {
            o.put("type", "paragraph");
            o.put("text", required(p.text(), path + ".text"));
        } else if (b instanceof Block.Subheading s) {
            o.put("type", "subheading");
            if (s.level() > 6) throw invalid(path + ".level", "subheading level " + s.level() + " is above 6");
            o.put("level", s.level());
            if (s.lines().isEmpty()) throw invalid(path + ".lines", "a subheading needs at least one line");
            o.put("lines", new ArrayList<Object>(s.lines()));
        } else if (b instanceof Block.Quotation q) {
            o.put("type", "quotation");
            o.put("text", required(q.text(), path + ".text"));
        } else if (b instanceof Block.ListBlock l) {
            o.put("type", "list");
            o.put("ordered", l.ordered());
            o.put("items", new ArrayList<Object>(l.items()));
        } else if (b instanceof Block.Table t) {
            o.put("type", "table");
            put(o, "caption", t.caption());
            put(o, "issuer", t.issuer());
            o.put("header", rows(t.header()));
            o.put("rows", rows(t.rows()));
            put(o, "note", t.note());
            int width = -1;
            for (List<String> row : concat(t.header(), t.rows())) {
                if (width >= 0 && row.size() != width) throw invalid(path, "table rows differ in their number of cells");
                width = row.size();
            }
        } else if (b instanceof Block.Image im) {
            o.put("type", "image");
            String problem = ArticleDecoder.imagePathProblem(required(im.path(), path + ".path"));
            if (problem != null) throw invalid(path + ".path", problem);
            o.put("path", im.path());
            put(o, "caption", im.caption());
        } else if (b instanceof Block.Notes n) {
            o.put("type", "notes");
            o.put("items", new ArrayList<Object>(n.items()));
        } else {
            throw invalid(path, "unknown block " + b.getClass().getSimpleName());
        }
        return o;
    }

    private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
        List<List<String>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<Object> rows(List<List<String>> rows) {
        List<Object> out = new ArrayList<>();
        for (List<String> r : rows) out.add(new JsonPrinter.Inline(r));
        return out;
    }

    private static Map<String, Object> journal(Journal j) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", j.name());
        put(o, "pinyin", j.pinyin());
        o.put("year", j.year());
        o.put("issueNumber", j.issueNumber());
        o.put("totalNumber", j.totalNumber());
        put(o, "frequency", j.frequency());
        if (j.publicationDate() != null) o.put("publicationDate", j.publicationDate().toString());
        o.put("colophon", colophon(j.colophon()));
        o.put("slogans", new ArrayList<Object>(j.slogans()));
        return o;
    }

    private static Map<String, Object> colophon(Colophon c) {
        Map<String, Object> o = new LinkedHashMap<>();
        put(o, "supervisor", c.supervisor());
        put(o, "sponsor", c.sponsor());
        put(o, "editor", c.editor());
        put(o, "audience", c.audience());
        put(o, "address", c.address());
        put(o, "postcode", c.postcode());
        put(o, "phone", c.phone());
        put(o, "website", c.website());
        put(o, "email", c.email());
        put(o, "printer", c.printer());
        put(o, "printRun", c.printRun());
        put(o, "permit", c.permit());
        put(o, "distribution", c.distribution());
        return o;
    }

    private static Map<String, Object> board(EditorialBoard b) {
        Map<String, Object> o = new LinkedHashMap<>();
        List<Object> roles = new ArrayList<>();
        for (int i = 0; i < b.roles().size(); i++) {
            EditorialBoard.Role r = b.roles().get(i);
            Map<String, Object> ro = new LinkedHashMap<>();
            ro.put("title", required(r.title(), "board.roles[" + i + "].title"));
            ro.put("names", new JsonPrinter.Inline(r.names()));
            roles.add(ro);
        }
        o.put("roles", roles);
        put(o, "note", b.note());
        return o;
    }

    private static Map<String, Object> plan(PagePlan p, Set<String> articleIds) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (p.firstPage() < 1) throw invalid("plan.firstPage", "must be 1 or more");
        o.put("firstPage", p.firstPage());
        List<Object> entries = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        for (int i = 0; i < p.entries().size(); i++) {
            PagePlan.Entry e = p.entries().get(i);
            String path = "plan.entries[" + i + "]";
            if (!articleIds.contains(e.articleId())) {
                throw invalid(path + ".article", "the plan names article " + e.articleId() + ", which is not in the issue");
            }
            if (!planned.add(e.articleId())) throw invalid(path + ".article", "article " + e.articleId() + " is planned twice");
            checkPage(e.startPage(), path + ".startPage");
            checkPage(e.continuesOn(), path + ".continuesOn");
            if (e.startPage() != null && e.continuesOn() != null && e.continuesOn() <= e.startPage()) {
                throw invalid(path + ".continuesOn", "continues on page " + e.continuesOn() + ", not after its start page " + e.startPage());
            }
            Map<String, Object> eo = new LinkedHashMap<>();
            eo.put("article", e.articleId());
            put(eo, "startPage", e.startPage());
            put(eo, "continuesOn", e.continuesOn());
            entries.add(eo);
        }
        o.put("entries", entries);
        List<Object> templates = new ArrayList<>();
        for (int i = 0; i < p.templatePages().size(); i++) {
            PagePlan.TemplatePage t = p.templatePages().get(i);
            Map<String, Object> to = new LinkedHashMap<>();
            to.put("template", nonBlank(t.template(), "plan.templatePages[" + i + "].template"));
            checkPage(t.page(), "plan.templatePages[" + i + "].page");
            to.put("page", t.page());
            templates.add(to);
        }
        o.put("templatePages", templates);
        put(o, "pages", p.pages());
        return o;
    }

    private static void checkPage(Integer page, String path) {
        if (page != null && page < 1) throw invalid(path, "page " + page + " must be 1 or more");
    }

    private static void put(Map<String, Object> o, String key, Object value) {
        if (value != null) o.put(key, value);
    }

    private static String id(String id, String path) {
        String problem = IssueLayout.idProblem(id);
        if (problem != null) throw invalid(path, problem);
        return id;
    }

    private static <T> T required(T value, String path) {
        if (value == null) throw invalid(path, "is missing");
        return value;
    }

    private static String nonBlank(String value, String path) {
        if (required(value, path).isBlank()) throw invalid(path, "is empty");
        return value;
    }

    private static IllegalArgumentException invalid(String path, String problem) {
        return new IllegalArgumentException("cannot save the issue: " + path + ": " + problem);
    }
}
