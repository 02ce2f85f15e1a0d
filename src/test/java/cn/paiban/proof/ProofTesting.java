package cn.paiban.proof;

import cn.paiban.edit.BlockText;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The sample issue and helpers to make marks in it. */
final class ProofTesting {
    static final Path SAMPLE = Path.of("samples/shuozhou-jingji-2023-04");
    /** A long article of the sample (42 blocks over several pages). */
    static final String ARTICLE = "fenghua-wunian";
    static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");

    private static Issue sample;

    private ProofTesting() {}

    static synchronized Issue sample() throws Exception {
        if (sample == null) sample = IssueStore.load(SAMPLE);
        return sample;
    }

    static Article article(Issue issue) { return issue.article(ARTICLE).orElseThrow(); }

    static String text(Issue issue, int block) { return BlockText.of(article(issue).body().get(block)); }

    /** The index of the n-th paragraph (from 0) of the article. */
    static int paragraph(Issue issue, int n) {
        List<Block> body = article(issue).body();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Paragraph && n-- == 0) return i;
        }
        throw new AssertionError("too few paragraphs");
    }

    /** The anchor of {@code quote}'s first occurrence in the block (a point before it when {@code point}). */
    static Anchor anchor(Issue issue, int block, String quote) {
        String t = text(issue, block);
        int at = t.indexOf(quote);
        if (at < 0) throw new AssertionError("no " + quote + " in " + t);
        return Anchor.in(ARTICLE, block, t, at, at + quote.length());
    }

    static Anchor anchorAt(Issue issue, int block, int start, int end) {
        return Anchor.in(ARTICLE, block, text(issue, block), start, end);
    }

    static Mark mark(String id, String reader, MarkKind kind, Anchor a, Anchor second, String text) {
        return Mark.open(id, 1, reader, kind, a, second, text, "#c0392b", T0);
    }

    /** The issue with block {@code block} of the article replaced by a paragraph of {@code text}. */
    static Issue withParagraph(Issue issue, int block, String text) {
        Article a = article(issue);
        List<Block> body = new ArrayList<>(a.body());
        body.set(block, new Block.Paragraph(text));
        return replace(issue, a.withBody(body));
    }

    static Issue withBody(Issue issue, List<Block> body) { return replace(issue, article(issue).withBody(body)); }

    private static Issue replace(Issue issue, Article a) {
        List<cn.paiban.model.Section> sections = new ArrayList<>();
        for (var s : issue.sections()) {
            List<Article> arts = new ArrayList<>(s.articles());
            arts.replaceAll(x -> x.id().equals(a.id()) ? a : x);
            sections.add(s.withArticles(arts));
        }
        return issue.withSections(sections);
    }
}
