package cn.paiban.app;

import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.List;

/** Find (Ctrl+F): every occurrence of a string in titles and body blocks, in printed order. */
public final class FindModel {
    private FindModel() {}

    /** An occurrence: article, block (-1 for the title), char offset in that text, and a snippet around it. */
    public record Hit(String articleId, int block, int offset, String snippet) {}

    public static List<Hit> search(Issue issue, String query) {
        List<Hit> hits = new ArrayList<>();
        if (issue == null || query == null || query.isEmpty()) return hits;
        for (Article a : issue.allArticles()) {
            collect(hits, a.id(), -1, a.title(), query);
            for (int b = 0; b < a.body().size(); b++) collect(hits, a.id(), b, textOf(a.body().get(b)), query);
        }
        return hits;
    }

    /** The searchable text of a block, in the order the body text shows it. */
    static String textOf(Block b) {
        if (b instanceof Block.Paragraph p) return p.text();
        if (b instanceof Block.Quotation q) return q.text();
        if (b instanceof Block.Subheading h) return String.join(" // ", h.lines());
        if (b instanceof Block.ListBlock l) return String.join("\n", l.items());
        if (b instanceof Block.Image i) return i.caption() == null ? "" : i.caption();
        if (b instanceof Block.Notes n) return String.join("\n", n.items());
        if (b instanceof Block.Table t) {
            StringBuilder sb = new StringBuilder(t.caption() == null ? "" : t.caption());
            t.header().forEach(r -> sb.append('\n').append(String.join(" ", r)));
            t.rows().forEach(r -> sb.append('\n').append(String.join(" ", r)));
            if (t.note() != null) sb.append('\n').append(t.note());
            return sb.toString();
        }
        return "";
    }

    private static void collect(List<Hit> hits, String id, int block, String text, String q) {
        for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length())) {
            int from = Math.max(0, at - 8);
            int to = Math.min(text.length(), at + q.length() + 8);
            hits.add(new Hit(id, block, at, text.substring(from, to).replace('\n', ' ')));
        }
    }
}
