package cn.paiban.app;

import cn.paiban.display.Document;
import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.PageFormat;
import cn.paiban.display.SourceRef;
import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import cn.paiban.geom.Mpt;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A stand-in for the layout in window tests: one page per article, the title and then each block's first
 * 20 characters as one run on its own line, 1 em per character, each run pointing at its source. An
 * article titled with "溢出" gets an overset warning, so the preflight panel has something to show.
 */
final class FakeTypesetter implements Function<Issue, LayoutResult> {
    static final PageFormat FORMAT = new PageFormat(Mpt.mm(185), Mpt.mm(260), Mpt.mm(3));
    static final int SIZE = 10_500;
    static final int LEFT = Mpt.mm(20);
    static final int TOP = Mpt.mm(25);
    static final int LEADING = 15_750;
    private final Face face = FontBook.standard().primary(FontBook.SONG);
    int calls;

    @Override
    public LayoutResult apply(Issue issue) {
        calls++;
        List<Page> pages = new ArrayList<>();
        Map<String, Integer> starts = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        int folio = 1;
        for (Article a : issue.allArticles()) {
            List<Item> items = new ArrayList<>();
            items.add(run(a.title(), TOP, new SourceRef(a.id(), -1, 0)));
            for (int b = 0; b < a.body().size(); b++) {
                String text = String.join(" ", a.body().get(b) == null ? List.<String>of()
                        : cn.paiban.edit.TextSearch.pieces(a.body().get(b)).stream().filter(java.util.Objects::nonNull).toList());
                if (text.isEmpty()) text = "□";
                items.add(run(text.substring(0, Math.min(20, text.length())), TOP + (b + 2) * LEADING, new SourceRef(a.id(), b, 0)));
            }
            items.add(run(String.valueOf(folio), FORMAT.trimHeight() - Mpt.mm(10), SourceRef.PAGE));
            starts.put(a.id(), folio);
            if (a.title().contains("溢出")) findings.add(new Finding(Finding.Severity.WARNING, a.id(), 0, folio, "溢出 2 行"));
            pages.add(new Page(folio++, FORMAT, items, false));
        }
        return new LayoutResult(new Document(issue.journal().name(), "", pages), findings, starts);
    }

    /** A run of {@code text}, one em per code point, from the left margin. */
    Item.GlyphRun run(String text, int baseline, SourceRef src) {
        int n = text.codePointCount(0, text.length());
        int[] xs = new int[n];
        for (int i = 0; i < n; i++) xs[i] = i * SIZE;
        return new Item.GlyphRun(LEFT, baseline, face, SIZE, text, xs, Ink.BLACK, src);
    }
}
