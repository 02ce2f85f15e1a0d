package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.paiban.display.Document;
import cn.paiban.display.Page;
import cn.paiban.edit.BodyEdit;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.typeset.Typesetter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the preview shows of a keystroke before the whole issue is typeset again ({@link PagesAhead}: the pages through
 * the last one in view typeset alone, over the pages shown before) is what the whole layout then shows on those pages:
 * seeded random edits of the sample (characters typed or deleted, paragraphs added or removed, so that text runs on to
 * the next pages), each seen from a random page, each after the one before as in a session.
 */
class PagesAheadTest {
    private static final Path SAMPLE = Path.of("samples", "shuozhou-jingji-2023-04");
    private static final String TYPED = "排版的字一二三，。“”、——abc 2023年1500";

    @Test
    void thePagesInViewAreTheWholeLayoutsPages() throws Exception {
        Typesetter typesetter = new Typesetter(FontBook.standard(), Path.of("templates", "shuozhou-jingji"));
        Issue issue = IssueStore.load(SAMPLE);
        Document shown = typesetter.typeset(issue, SAMPLE).document();
        Random random = new Random(2024);
        int checked = 0;
        for (int edit = 0; edit < 40; edit++) {
            issue = randomEdit(issue, random);
            int last = shown.pages().get(random.nextInt(shown.pages().size())).folio();
            Document ahead = typesetter.typesetThrough(issue, SAMPLE, last);
            Document merged = PagesAhead.merge(shown, ahead, last);
            Document whole = typesetter.typeset(issue, SAMPLE).document();
            assertEquals(shown.pages().size(), merged.pages().size(), "the pages shown stay in number");
            for (int i = 0; i < merged.pages().size(); i++) {
                Page p = merged.pages().get(i);
                if (p.folio() > last) {
                    assertSame(shown.pages().get(i), p, "a page after the view waits for the whole layout");
                    continue;
                }
                if (isTemplate(issue, p.folio())) continue;   // the front matter comes with the whole layout
                Page expected = whole.pages().stream().filter(w -> w.folio() == p.folio()).findFirst().orElseThrow();
                assertEquals(expected, p, "edit " + edit + ", through page " + last + ": page " + p.folio());
                checked++;
            }
            shown = whole;
        }
        assertEquals(true, checked > 200, "pages compared: " + checked);
    }

    /** A keystroke's worth of change or more in a random paragraph of a random article. */
    static Issue randomEdit(Issue issue, Random random) {
        List<Article> withText = new ArrayList<>();
        for (Article a : issue.allArticles()) {
            if (a.body().stream().anyMatch(b -> b instanceof Block.Paragraph)) withText.add(a);
        }
        Article a = withText.get(random.nextInt(withText.size()));
        List<Integer> paragraphs = new ArrayList<>();
        for (int i = 0; i < a.body().size(); i++) if (a.body().get(i) instanceof Block.Paragraph) paragraphs.add(i);
        int at = paragraphs.get(random.nextInt(paragraphs.size()));
        String text = ((Block.Paragraph) a.body().get(at)).text();
        int kind = random.nextInt(10);
        if (kind == 0) return BodyEdit.insert(a.id(), at, new Block.Paragraph(typed(random, 20 + random.nextInt(200)))).apply(issue);
        if (kind == 1 && paragraphs.size() > 1) return BodyEdit.delete(a.id(), at).apply(issue);
        int from = random.nextInt(text.length() + 1);
        String changed = kind < 6
                ? text.substring(0, from) + typed(random, 1 + random.nextInt(kind < 4 ? 2 : 40)) + text.substring(from)
                : text.substring(0, from) + text.substring(Math.min(text.length(), from + 1 + random.nextInt(kind < 8 ? 2 : 60)));
        return BodyEdit.replace(a.id(), at, new Block.Paragraph(changed.isEmpty() ? "字" : changed)).apply(issue);
    }

    private static String typed(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(TYPED.charAt(random.nextInt(TYPED.length())));
        return sb.toString();
    }

    private static boolean isTemplate(Issue issue, int folio) {
        return issue.plan().templatePages().stream().anyMatch(tp -> tp.page() == folio);
    }
}
