package cn.paiban.check;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.edit.ArticleField;
import cn.paiban.edit.TextSearch;
import cn.paiban.front.FrontMatter;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Article;
import cn.paiban.model.Author;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the issue prints, as pieces the rules read: each article's fields and body pieces in the order
 * {@link TextSearch} walks them (so a one-click fix lands where find/replace would), bylines, section titles,
 * the text the front-matter templates fill in, and the running heads of the display list.
 */
public final class PrintedText {
    private PrintedText() {}

    /** The articles' text, bylines and section titles. */
    public static List<Piece> articles(Issue issue) {
        List<Piece> out = new ArrayList<>();
        for (Section s : issue.sections()) {
            if (s.title() != null && !s.title().isBlank()) {
                out.add(new Piece(Piece.Kind.SECTION, "", null, -1, -1, s.title(), 0, s.id()));
            }
        }
        for (Article a : issue.allArticles()) {
            for (ArticleField f : List.of(ArticleField.KICKER, ArticleField.TITLE, ArticleField.SUBTITLE)) add(out, a, f);
            for (Author au : a.authors()) {
                if (au.affiliation() != null && !au.affiliation().isBlank()) {
                    out.add(new Piece(Piece.Kind.BYLINE, a.id(), null, -1, -1, au.affiliation(), 0, "byline"));
                }
                out.add(new Piece(Piece.Kind.BYLINE, a.id(), null, -1, -1, au.name(), 0, "byline"));
            }
            add(out, a, ArticleField.LEAD);
            for (int b = 0; b < a.body().size(); b++) {
                List<String> pieces = TextSearch.pieces(a.body().get(b));
                for (int k = 0; k < pieces.size(); k++) {
                    String t = pieces.get(k);
                    if (t == null || t.isEmpty()) continue;
                    out.add(a.body().get(b) instanceof cn.paiban.model.Block.Subheading ? Piece.subheading(a.id(), b, k, t)
                            : Piece.body(a.id(), b, k, t));
                }
            }
            add(out, a, ArticleField.SOURCE);
            add(out, a, ArticleField.SIGNATURE);
        }
        return out;
    }

    private static void add(List<Piece> out, Article a, ArticleField f) {
        String t = f.get(a);
        if (t != null && !t.isEmpty()) out.add(Piece.field(a.id(), f, t));
    }

    /** The text of the front-matter pages, one piece per block element. */
    public static List<Piece> front(List<FrontMatter.PrintedPage> pages) {
        List<Piece> out = new ArrayList<>();
        for (FrontMatter.PrintedPage p : pages) {
            for (String b : p.blocks()) out.add(new Piece(Piece.Kind.FRONT, "", null, -1, -1, b, p.folio(), p.template()));
        }
        return out;
    }

    /**
     * The running heads and folios of the display list (page furniture), one piece per line of a page; a head that
     * repeats on the section's pages is read once, on its first page.
     */
    public static List<Piece> runningHeads(Document doc) {
        List<Piece> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Page page : doc.pages()) {
            Map<Integer, StringBuilder> lines = new TreeMap<>();
            for (Item item : page.items()) {
                if (item instanceof Item.GlyphRun r && r.source().block() == -2) {
                    lines.computeIfAbsent(r.baseline(), k -> new StringBuilder()).append(r.text());
                }
            }
            for (StringBuilder line : lines.values()) {
                if (seen.add(line.toString())) out.add(new Piece(Piece.Kind.HEAD, "", null, -1, -1, line.toString(), page.folio(), "running-head"));
            }
        }
        return out;
    }

    /**
     * Where the articles print, from the layout's source references: {@link #page} gives the folio of a char offset
     * of a piece (the exact page of a paragraph's offset; the block's first page for a table cell or a list item;
     * the article's first page for its title and byline), 0 when the layout does not show it.
     */
    public static final class Pages {
        private final Map<String, TreeMap<Integer, Integer>> blocks = new HashMap<>();
        private final Map<String, Integer> starts;

        public Pages(LayoutResult layout) {
            starts = layout.startPages();
            for (Page page : layout.document().pages()) {
                for (Item item : page.items()) {
                    if (item instanceof Item.GlyphRun r && r.source().block() >= 0) {
                        blocks.computeIfAbsent(r.source().articleId() + "#" + r.source().block(), k -> new TreeMap<>())
                                .putIfAbsent(r.source().offset(), page.folio());
                    }
                }
            }
        }

        public int page(Piece p, int offset) {
            if (p.page() != 0) return p.page();
            if (p.articleId().isEmpty()) return 0;
            if (p.kind() == Piece.Kind.BODY) {
                TreeMap<Integer, Integer> at = blocks.get(p.articleId() + "#" + p.block());
                if (at != null) {
                    var e = p.piece() == 0 ? at.floorEntry(offset) : null;
                    return (e == null ? at.firstEntry() : e).getValue();
                }
            }
            Integer start = starts.get(p.articleId());
            return start == null ? 0 : start;
        }
    }
}
