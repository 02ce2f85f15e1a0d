package cn.paiban.check;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GB/T 13417 (期刊目次表): the contents page as printed must name each article by its title and the page the title is
 * printed on. Reads the contents page's printed text (the filled template, so a hand-typed or stale row is read as
 * it stands) and finds each row's title among the titles the typeset pages print: a row whose page is not where the
 * title stands, a row whose title no page prints, and an article the contents leave out are findings.
 */
final class ContentsAgainstBody {
    static final String RULE = "issue.contents";
    static final String CLAUSE = "GB/T 13417—2009";
    /** A page label closing the row's last cell: "(13)", "（13）", "13". */
    private static final Pattern PAGE = Pattern.compile("[(（]?\\s*(\\d{1,4})\\s*[)）]?$");

    private record Row(Piece place, String title, int page) {}

    static List<Finding> findings(Issue issue, List<Piece> pieces, Document doc) {
        Found out = new Found();
        new ContentsAgainstBody().check(issue, pieces, doc, out);
        return out.list();
    }

    void check(Issue issue, List<Piece> pieces, Document doc, Found out) {
        List<Row> rows = rows(pieces);
        if (rows.isEmpty()) return;
        Map<String, TreeSet<Integer>> printed = printedTitles(doc);
        List<String> listed = new ArrayList<>();
        for (Row r : rows) {
            String key = plain(r.title());
            listed.add(key);
            TreeSet<Integer> where = new TreeSet<>();
            printed.forEach((text, pages) -> { if (text.contains(key)) where.addAll(pages); });
            if (where.isEmpty()) {
                out.add(RULE, CLAUSE, r.place(), 0, r.title(), null, false, "check.contents.not-in-body", r.title());
            } else if (!where.contains(r.page())) {
                out.add(RULE, CLAUSE, r.place(), 0, r.title(), null, false, "check.contents.wrong-page", r.title(),
                        String.valueOf(r.page()), String.valueOf(where.first()));
            }
        }
        for (Section s : issue.sections()) {
            boolean newsOnly = s.articles().stream().filter(ContentsAgainstBody::isListed)
                    .allMatch(a -> a.kind() == ArticleKind.NEWS);
            for (Article a : s.articles()) {
                if (!isListed(a) || newsOnly) continue;
                String key = plain(a.title());
                if (listed.stream().noneMatch(t -> t.equals(key))) {
                    Piece place = Piece.field(a.id(), cn.paiban.edit.ArticleField.TITLE, a.title());
                    out.add(RULE, CLAUSE, place, 0, a.title(), null, false, "check.contents.unlisted", a.title());
                }
            }
        }
    }

    private static boolean isListed(Article a) {
        return a.kind() != ArticleKind.FILLER && a.kind() != ArticleKind.NOTICE;
    }

    /**
     * The rows of the contents pages: a block ending in a page number closes a row whose title is the block before it
     * (the template's title cell), or, when the block holds more than the number, the text before the number.
     */
    private static List<Row> rows(List<Piece> pieces) {
        List<Row> rows = new ArrayList<>();
        Piece before = null;
        for (Piece p : pieces) {
            if (p.kind() != Piece.Kind.FRONT || !p.label().contains("contents")) continue;
            Matcher m = PAGE.matcher(p.text().strip());
            if (m.find() && before != null && !PAGE.matcher(before.text().strip()).matches()) {
                String title = before.text().strip().replaceFirst("^[◆◇●■□·]\\s*", "");
                if (!title.isEmpty()) rows.add(new Row(before, title, Integer.parseInt(m.group(1))));
            }
            before = p;
        }
        return rows;
    }

    /**
     * The text each page prints as article furniture (titles, bylines) and page furniture (running heads name the
     * section a news page opens), per article and page, without spaces: a two-line title reads as one.
     */
    private static Map<String, TreeSet<Integer>> printedTitles(Document doc) {
        Map<String, TreeSet<Integer>> out = new LinkedHashMap<>();
        for (Page page : doc.pages()) {
            Map<String, StringBuilder> byOwner = new LinkedHashMap<>();
            for (Item item : page.items()) {
                if (item instanceof Item.GlyphRun r && r.source().block() < 0) {
                    byOwner.computeIfAbsent(r.source().articleId() + "/" + r.source().block(), k -> new StringBuilder())
                            .append(r.text());
                }
            }
            for (StringBuilder b : byOwner.values()) out.computeIfAbsent(plain(b.toString()), k -> new TreeSet<>()).add(page.folio());
        }
        return out;
    }

    private static String plain(String s) {
        return s.replaceAll("[\\s\\u3000·]+", "");
    }
}
