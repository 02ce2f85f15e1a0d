package cn.paiban.model;

import java.util.List;
import java.util.Objects;

/**
 * One article. {@code title} keeps the deliberate space between its two halves
 * (以新气象新作为 推动高质量发展取得新成效); {@code subtitle} includes its leading ——.
 * {@code lead} is the 核心阅读 box text, {@code source} the text inside （文章来源：…）,
 * {@code signature} a closing name such as 周慧芳 under the 卷首语. Optional parts are null.
 */
public record Article(
        String id,
        ArticleKind kind,
        String kicker,
        String title,
        String subtitle,
        List<Author> authors,
        String lead,
        List<Block> body,
        String source,
        String signature) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        body = List.copyOf(body);
    }

    public Article withBody(List<Block> newBody) {
        return new Article(id, kind, kicker, title, subtitle, authors, lead, newBody, source, signature);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, kind, kicker, newTitle, subtitle, authors, lead, body, source, signature);
    }

    public Article withBlock(int index, Block block) {
        var copy = new java.util.ArrayList<>(body);
        copy.set(index, block);
        return withBody(copy);
    }
}
