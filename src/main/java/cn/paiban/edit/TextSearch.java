package cn.paiban.edit;

import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * Find in the whole issue: every occurrence of a string in the articles' text fields (kicker, title, subtitle,
 * 核心阅读, source, signature) and body blocks (paragraphs, subheadings, quotations, lists, captions, tables, notes),
 * in printed order. A block's text is a list of pieces (a list's items, a table's cells); a match never spans two
 * pieces, so {@link ReplaceText} can replace exactly what was found.
 */
public final class TextSearch {
    private TextSearch() {}

    /**
     * An occurrence: the article, the field ({@code null} for the body), the body block and piece within it
     * (-1 for a field), the char offset in that piece, and which match of the block (or field) it is, counted
     * from 0 in reading order, which is how the editor finds it in the block's text.
     */
    public record Hit(String articleId, ArticleField field, int block, int piece, int offset, int ordinal) {
        public boolean inBody() { return field == null; }
    }

    /** The fields in the order the article prints them, the body between 核心阅读 and the source. */
    private static final List<ArticleField> BEFORE_BODY = List.of(ArticleField.KICKER, ArticleField.TITLE, ArticleField.SUBTITLE,
            ArticleField.LEAD);
    private static final List<ArticleField> AFTER_BODY = List.of(ArticleField.SOURCE, ArticleField.SIGNATURE);

    public static List<Hit> find(Issue issue, String query) {
        List<Hit> hits = new ArrayList<>();
        if (issue == null || query == null || query.isEmpty()) return hits;
        for (Article a : issue.allArticles()) hits.addAll(find(a, query));
        return hits;
    }

    /** The occurrences in one article, in reading order. */
    public static List<Hit> find(Article a, String query) {
        List<Hit> hits = new ArrayList<>();
        if (query == null || query.isEmpty()) return hits;
        for (ArticleField f : BEFORE_BODY) field(hits, a, f, query);
        for (int b = 0; b < a.body().size(); b++) {
            List<String> pieces = pieces(a.body().get(b));
            int ordinal = 0;
            for (int p = 0; p < pieces.size(); p++) {
                String text = pieces.get(p);
                if (text == null) continue;
                for (int at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length())) {
                    hits.add(new Hit(a.id(), null, b, p, at, ordinal++));
                }
            }
        }
        for (ArticleField f : AFTER_BODY) field(hits, a, f, query);
        return hits;
    }

    private static void field(List<Hit> hits, Article a, ArticleField f, String query) {
        String text = f.get(a);
        if (text == null) return;
        int ordinal = 0;
        for (int at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length())) {
            hits.add(new Hit(a.id(), f, -1, -1, at, ordinal++));
        }
    }

    /** The searchable texts of a block in the order the editor shows them; null where an optional part is absent. */
    public static List<String> pieces(Block block) {
        List<String> out = new ArrayList<>();
        if (block instanceof Block.Paragraph p) out.add(p.text());
        else if (block instanceof Block.Quotation q) out.add(q.text());
        else if (block instanceof Block.Subheading h) out.addAll(h.lines());
        else if (block instanceof Block.ListBlock l) out.addAll(l.items());
        else if (block instanceof Block.Image i) out.add(i.caption());
        else if (block instanceof Block.Notes n) out.addAll(n.items());
        else if (block instanceof Block.Table t) {
            out.add(t.caption());
            out.add(t.issuer());
            t.header().forEach(out::addAll);
            t.rows().forEach(out::addAll);
            out.add(t.note());
        }
        return out;
    }

    /** The block with its pieces replaced by {@code pieces} (as many, in the order of {@link #pieces}). */
    static Block withPieces(Block block, List<String> pieces) {
        if (block instanceof Block.Paragraph) return new Block.Paragraph(pieces.get(0));
        if (block instanceof Block.Quotation) return new Block.Quotation(pieces.get(0));
        if (block instanceof Block.Subheading h) return new Block.Subheading(h.level(), pieces);
        if (block instanceof Block.ListBlock l) return new Block.ListBlock(l.ordered(), pieces);
        if (block instanceof Block.Image i) return new Block.Image(i.path(), pieces.get(0));
        if (block instanceof Block.Notes) return new Block.Notes(pieces);
        if (block instanceof Block.Table t) {
            int k = 0;
            String caption = pieces.get(k++);
            String issuer = pieces.get(k++);
            List<List<String>> header = new ArrayList<>();
            for (List<String> row : t.header()) {
                header.add(List.copyOf(pieces.subList(k, k + row.size())));
                k += row.size();
            }
            List<List<String>> rows = new ArrayList<>();
            for (List<String> row : t.rows()) {
                rows.add(List.copyOf(pieces.subList(k, k + row.size())));
                k += row.size();
            }
            return new Block.Table(caption, issuer, header, rows, pieces.get(k));
        }
        return block;
    }
}
