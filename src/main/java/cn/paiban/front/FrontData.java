package cn.paiban.front;

import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import cn.paiban.model.Colophon;
import cn.paiban.model.EditorialBoard;
import cn.paiban.model.Issue;
import cn.paiban.model.Journal;
import cn.paiban.model.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a template can refer to: a tree of maps, lists and strings built from the issue and the resolved
 * page numbers. Fields the issue leaves empty are null here, so the filler shows them as missing.
 * The field names are the templates' vocabulary; templates/shuozhou-jingji/front/README.md lists them.
 */
final class FrontData {
    /** U+3000: printers pad a two-character name to the width of three (王　虎) so names line up. */
    static final String IDEOGRAPHIC_SPACE = "\u3000";

    private FrontData() {}

    /**
     * The whole tree. The start pages enter through {@link #contents} alone: two maps of start pages whose contents
     * agree fill every template the same ({@link FrontMatter#pagesShown} relies on it).
     */
    static Map<String, Object> of(Issue issue, Map<String, Integer> startPages, StrokeOrder strokes) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("journal", journal(issue.journal()));
        root.put("colophon", colophon(issue.journal().colophon()));
        root.put("board", board(issue.board(), strokes));
        root.put("contents", contents(issue, startPages));
        root.put("notice", callForPapers(issue).map(FrontData::notice).orElse(null));
        root.put("cover", cover(issue));
        return root;
    }

    static String padded(String name) {
        String n = name.strip();
        return n.codePointCount(0, n.length()) == 2
                ? n.substring(0, n.offsetByCodePoints(0, 1)) + IDEOGRAPHIC_SPACE + n.substring(n.offsetByCodePoints(0, 1))
                : n;
    }

    private static Map<String, Object> journal(Journal j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", j.name());
        m.put("pinyin", j.pinyin());
        m.put("year", String.valueOf(j.year()));
        m.put("yearHan", ChineseNumbers.yearHan(j.year()));
        m.put("issueNumber", String.valueOf(j.issueNumber()));
        m.put("issueLabel", j.year() + "年" + ChineseNumbers.issueNumber(j.issueNumber()));
        m.put("issueLabelHan", ChineseNumbers.yearHan(j.year()) + ChineseNumbers.issueNumberHan(j.issueNumber()));
        m.put("totalNumber", String.valueOf(j.totalNumber()));
        m.put("totalLabel", "总第" + j.totalNumber() + "期");
        m.put("frequency", j.frequency());
        m.put("date", j.publicationDate() == null ? "" : ChineseNumbers.date(j.publicationDate()));
        m.put("dateHan", j.publicationDate() == null ? "" : ChineseNumbers.dateHan(j.publicationDate()));
        m.put("slogans", List.copyOf(j.slogans()));
        for (int i = 0; i < j.slogans().size(); i++) m.put("slogan" + (i + 1), j.slogans().get(i));
        return m;
    }

    private static Map<String, Object> colophon(Colophon c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("supervisor", c.supervisor());
        m.put("sponsor", c.sponsor());
        m.put("editor", c.editor());
        m.put("audience", c.audience());
        m.put("address", c.address());
        m.put("postcode", c.postcode());
        m.put("phone", c.phone());
        m.put("website", c.website());
        m.put("email", c.email());
        m.put("printer", c.printer());
        m.put("printRun", c.printRun());
        m.put("permit", c.permit());
        m.put("distribution", c.distribution());
        return m;
    }

    private static Map<String, Object> board(EditorialBoard b, StrokeOrder strokes) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> roles = new ArrayList<>();
        Map<String, Object> byTitle = new LinkedHashMap<>();
        // The note (以姓氏笔划为序) belongs under the members' role: the one with the most names.
        EditorialBoard.Role members = b.roles().stream()
                .max(java.util.Comparator.comparingInt(r -> r.names().size())).orElse(null);
        for (EditorialBoard.Role r : b.roles()) {
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("title", r.title());
            role.put("note", r == members ? noteLabel(b.note()) : "");
            role.put("names", names(r.names()));
            // sorted when a template asks: ICU's stroke collation costs a cold export ~0.2 s of CPU to load
            role.put("namesByStroke", TemplateFiller.lazy(() -> names(strokes.sort(r.names()))));
            role.put("joined", String.join(" ", r.names().stream().map(FrontData::padded).toList()));
            roles.add(role);
            byTitle.put(r.title(), role);
        }
        m.put("roles", roles);
        m.put("role", byTitle);
        m.put("note", b.note());
        return m;
    }

    /** 以姓氏笔划为序 → （以姓氏笔划为序）; an empty note stays empty. */
    private static String noteLabel(String note) {
        if (note == null || note.isBlank()) return "";
        String n = note.strip();
        return n.startsWith("（") || n.startsWith("(") ? n : "（" + n + "）";
    }

    private static List<Object> names(List<String> names) {
        List<Object> out = new ArrayList<>();
        for (String n : names) out.add(Map.of("name", n, "padded", padded(n)));
        return out;
    }

    /**
     * The 目录: sections in printed order, each article with its start page. Fillers and notices are not
     * listed; a section of short news items is listed by its own first page (调查信息 (47)), not item by item.
     * An article that jumps lists only its start page (GB/T 13417).
     */
    static Map<String, Object> contents(Issue issue, Map<String, Integer> startPages) {
        List<Object> sections = new ArrayList<>();
        for (Section s : issue.sections()) {
            List<Article> listed = s.articles().stream()
                    .filter(a -> a.kind() != ArticleKind.FILLER && a.kind() != ArticleKind.NOTICE).toList();
            if (listed.isEmpty()) continue;
            Map<String, Object> sec = new LinkedHashMap<>();
            sec.put("title", s.title());
            boolean newsOnly = listed.stream().allMatch(a -> a.kind() == ArticleKind.NEWS);
            List<Object> entries = new ArrayList<>();
            if (newsOnly) {
                Integer first = listed.stream().map(a -> startPages.get(a.id()))
                        .filter(p -> p != null).min(Integer::compare).orElse(null);
                sec.put("page", first == null ? null : String.valueOf(first));
                sec.put("pageLabel", first == null ? null : "(" + first + ")");
            } else {
                sec.put("page", "");
                sec.put("pageLabel", "");
                for (Article a : listed) entries.add(entry(a, startPages.get(a.id())));
            }
            sec.put("entries", entries);
            sections.add(sec);
        }
        return new LinkedHashMap<>(Map.of("sections", sections));
    }

    private static Map<String, Object> entry(Article a, Integer page) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", a.id());
        e.put("title", a.title());
        e.put("authors", authors(a.authors()));
        e.put("page", page == null ? null : String.valueOf(page));
        e.put("pageLabel", page == null ? null : "(" + page + ")");
        return e;
    }

    private static String authors(List<Author> authors) {
        return String.join(IDEOGRAPHIC_SPACE, authors.stream().map(a -> padded(a.name())).toList());
    }

    private static Optional<Article> callForPapers(Issue issue) {
        List<Article> notices = issue.allArticles().stream().filter(a -> a.kind() == ArticleKind.NOTICE).toList();
        return notices.stream().filter(a -> a.title().contains("征稿")).findFirst()
                .or(() -> notices.stream().findFirst());
    }

    private static Map<String, Object> notice(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", a.title());
        List<Object> paragraphs = new ArrayList<>();
        for (Block b : a.body()) {
            // Tables and images have no place in a notice's text.
            if (b instanceof Block.Paragraph p) paragraphs.add(p.text());
            else if (b instanceof Block.Quotation q) paragraphs.add(q.text());
            else if (b instanceof Block.Subheading h) paragraphs.add(String.join("", h.lines()));
            else if (b instanceof Block.ListBlock l) paragraphs.addAll(l.items());
        }
        m.put("paragraphs", paragraphs);
        m.put("signature", a.signature());
        return m;
    }

    /** The cover lines: the first section's title (本期特稿) and its feature titles, as a cover announces them. */
    private static Map<String, Object> cover(Issue issue) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> headlines = new ArrayList<>();
        Section first = issue.sections().stream()
                .filter(s -> s.articles().stream().anyMatch(a -> a.kind() == ArticleKind.FEATURE)).findFirst().orElse(null);
        if (first != null) {
            first.articles().stream().filter(a -> a.kind() == ArticleKind.FEATURE)
                    .forEach(a -> headlines.add(Map.of("title", a.title())));
        }
        m.put("section", first == null ? null : first.title());
        m.put("headlines", headlines);
        return m;
    }
}
