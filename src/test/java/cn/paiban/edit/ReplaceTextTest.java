package cn.paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueFixtures;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Find in every text of the issue, replace one occurrence exactly where it was found, replace all as one step. */
class ReplaceTextTest {

    @Test
    void everyHitPointsAtTheQueryAndReplacingOneChangesOnlyIt() throws Exception {
        for (long seed = 1; seed <= 40; seed++) {
            Issue issue = IssueFixtures.random(new Random(seed));
            for (String q : List.of("朔州", "，", "经")) {
                List<TextSearch.Hit> hits = TextSearch.find(issue, q);
                for (TextSearch.Hit h : hits) assertEquals(q, textAt(issue, h, q.length()), "seed " + seed + " " + h);
                if (hits.isEmpty()) continue;
                TextSearch.Hit h = hits.get(new Random(seed).nextInt(hits.size()));
                Issue after = new CommandStack(issue).execute(ReplaceText.one(h, q, "【X】"));
                assertEquals("【X】", textAt(after, h, 3));
                assertEquals(hits.size() - 1, TextSearch.find(after, q).size(), "only the one occurrence went");
            }
        }
    }

    private static String textAt(Issue issue, TextSearch.Hit h, int len) {
        Article a = issue.article(h.articleId()).orElseThrow();
        String text = h.inBody() ? TextSearch.pieces(a.body().get(h.block())).get(h.piece()) : h.field().get(a);
        return text.substring(h.offset(), h.offset() + len);
    }

    @Test
    void replaceAllReachesTablesListsNotesAndFieldsAsOneUndoStep() throws Exception {
        Issue issue = IssueFixtures.rich();
        String q = "朔州";
        int n = TextSearch.find(issue, q).size();
        assertTrue(n > 0);
        ReplaceText all = ReplaceText.all(q, "忻州");
        Issue after = EditTesting.roundTrip(issue, all);
        assertEquals(n, all.count());
        assertEquals(List.of(), TextSearch.find(after, q));
        assertEquals(n, TextSearch.find(after, "忻州").size() - TextSearch.find(issue, "忻州").size());
    }

    @Test
    void aTableCellAndANoteAreReplacedInPlace() {
        Block.Table t = new Block.Table("表一 朔州", null, List.of(List.of("指标", "朔州")), List.of(List.of("GDP", "朔州 12")), "注：朔州");
        Block.Notes notes = new Block.Notes(List.of("①朔州", "②大同"));
        Block.Table t2 = (Block.Table) TextSearch.withPieces(t, TextSearch.pieces(t).stream().map(s -> s == null ? null : s.replace("朔州", "X")).toList());
        assertEquals(new Block.Table("表一 X", null, List.of(List.of("指标", "X")), List.of(List.of("GDP", "X 12")), "注：X"), t2);
        assertEquals(new Block.Notes(List.of("①X", "②大同")),
                TextSearch.withPieces(notes, TextSearch.pieces(notes).stream().map(s -> s.replace("朔州", "X")).toList()));
    }

    @Test
    void aStaleHitOrABlankTitleIsRefusedAndChangesNothing() {
        Issue issue = IssueFixtures.rich();
        Article a = issue.allArticles().get(0);
        CommandStack stack = new CommandStack(issue);
        var stale = new TextSearch.Hit(a.id(), ArticleField.TITLE, -1, -1, 0, 0);
        String notThere = "不在这里的字";
        assertThrows(IllegalArgumentException.class, () -> stack.execute(ReplaceText.one(stale, notThere, "x")));
        assertThrows(IllegalArgumentException.class, () -> stack.execute(ReplaceText.all(a.title(), "")));
        assertSame(issue, stack.current());
        assertEquals(false, stack.canUndo());
    }
}
