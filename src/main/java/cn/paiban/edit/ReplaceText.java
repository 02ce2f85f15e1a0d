package cn.paiban.edit;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Replace (Ctrl+H): one occurrence {@link TextSearch} found, or every occurrence in the issue as one undo step.
 * Replacing one checks that the text found is still where it was; a title that would become blank is refused.
 */
public final class ReplaceText extends IssueEdit {
    private final String query;
    private final String replacement;
    /** The one occurrence to replace, or null for all. */
    private final TextSearch.Hit only;
    private int count;

    private ReplaceText(String query, String replacement, TextSearch.Hit only) {
        super(Msg.get("edit.step.replace.any"));
        if (query == null || query.isEmpty()) throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.nothing-to-find"));
        this.query = query;
        this.replacement = Objects.requireNonNull(replacement, "replacement");
        this.only = only;
    }

    /** Every occurrence of {@code query} in the issue. */
    public static ReplaceText all(String query, String replacement) {
        return new ReplaceText(query, replacement, null);
    }

    /** The occurrence {@code hit} of {@code query}. */
    public static ReplaceText one(TextSearch.Hit hit, String query, String replacement) {
        return new ReplaceText(query, replacement, Objects.requireNonNull(hit));
    }

    /** How many occurrences the last {@link #apply} replaced. */
    public int count() { return count; }

    @Override
    Issue edit(Issue issue) {
        count = 0;
        if (query.equals(replacement)) return issue;
        if (only != null) {
            Article a = Lookup.article(issue, only.articleId());
            Article after = replaceOne(a);
            count = 1;
            return Lookup.replace(issue, after);
        }
        Issue out = issue;
        for (Article a : issue.allArticles()) {
            Article after = replaceAll(a);
            if (after != a) out = Lookup.replace(out, after);
        }
        return out;
    }

    private Article replaceOne(Article a) {
        if (only.inBody()) {
            Lookup.checkIndex(only.block(), a.body().size() - 1, "block index");
            Block b = a.body().get(only.block());
            List<String> pieces = new ArrayList<>(TextSearch.pieces(b));
            Lookup.checkIndex(only.piece(), pieces.size() - 1, "piece index");
            pieces.set(only.piece(), spliced(pieces.get(only.piece()), only.offset()));
            List<Block> body = new ArrayList<>(a.body());
            body.set(only.block(), TextSearch.withPieces(b, pieces));
            return a.withBody(body);
        }
        return withField(a, only.field(), spliced(only.field().get(a), only.offset()));
    }

    private String spliced(String text, int at) {
        if (text == null || at < 0 || !text.startsWith(query, at)) {
            throw new IllegalArgumentException(cn.paiban.i18n.Msg.get("edit.moved", query));
        }
        return text.substring(0, at) + replacement + text.substring(at + query.length());
    }

    private Article replaceAll(Article a) {
        Article out = a;
        for (ArticleField f : ArticleField.values()) {
            String text = f.get(out);
            if (text != null && text.contains(query)) {
                count += occurrences(text);
                out = withField(out, f, text.replace(query, replacement));
            }
        }
        List<Block> body = new ArrayList<>(out.body());
        boolean changed = false;
        for (int b = 0; b < body.size(); b++) {
            List<String> pieces = new ArrayList<>(TextSearch.pieces(body.get(b)));
            boolean hit = false;
            for (int p = 0; p < pieces.size(); p++) {
                String text = pieces.get(p);
                if (text != null && text.contains(query)) {
                    count += occurrences(text);
                    pieces.set(p, text.replace(query, replacement));
                    hit = true;
                }
            }
            if (hit) {
                body.set(b, TextSearch.withPieces(body.get(b), pieces));
                changed = true;
            }
        }
        return changed ? out.withBody(body) : out;
    }

    private int occurrences(String text) {
        int n = 0;
        for (int at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length())) n++;
        return n;
    }

    private static Article withField(Article a, ArticleField f, String value) {
        if (f == ArticleField.TITLE) Lookup.requireTitle(value, "article-title");
        return f.set(a, value == null || value.isBlank() ? null : value);
    }

    @Override
    String describe(Issue before) {
        return Msg.get(only == null ? "edit.step.replace-all" : "edit.step.replace", query, replacement);
    }
}
