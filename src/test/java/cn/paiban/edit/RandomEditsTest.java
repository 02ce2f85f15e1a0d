package cn.paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueFixtures;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import cn.paiban.model.Section;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The property: any sequence of edits, valid or not, leaves an issue that saves and loads back
 * equal; undoing all of them gives the start back, redoing all gives the end back.
 */
class RandomEditsTest {
    @TempDir Path dir;

    @Test
    void randomEditSequencesUndoRedoAndSave() throws Exception {
        Random r = new Random(171);
        int applied = 0;
        int refused = 0;
        for (int round = 0; round < 20; round++) {
            Issue start = round % 2 == 0 ? IssueFixtures.rich() : IssueFixtures.random(r);
            CommandStack stack = new CommandStack(start);
            for (int step = 0; step < 40; step++) {
                Issue before = stack.current();
                try {
                    if (stack.execute(randomCommand(r, before, step)) != before) applied++;
                } catch (IllegalArgumentException e) {
                    refused++;
                    assertSame(before, stack.current(), "a refused edit changes nothing");
                }
            }
            Path saved = dir.resolve("round" + round);
            IssueStore.save(stack.current(), saved);
            assertEquals(stack.current(), IssueStore.load(saved), "round " + round);
            Issue end = stack.current();
            while (stack.canUndo()) stack.undo();
            assertSame(start, stack.current(), "round " + round);
            assertFalse(stack.isDirty());
            while (stack.canRedo()) stack.redo();
            assertSame(end, stack.current(), "round " + round);
        }
        // Both kinds must really happen, or the property says little.
        assertTrue(applied > 300 && refused > 100, applied + " applied, " + refused + " refused");
    }

    private static EditCommand randomCommand(Random r, Issue issue, int step) {
        List<Section> sections = issue.sections();
        String sectionId = r.nextInt(10) == 0 ? "nope" : sections.get(r.nextInt(sections.size())).id();
        List<Article> all = issue.allArticles();
        String articleId = all.isEmpty() || r.nextInt(10) == 0 ? "nope" : all.get(r.nextInt(all.size())).id();
        int body = all.isEmpty() ? 0 : issue.article(articleId).map(a -> a.body().size()).orElse(0);
        ArticleList list = switch (r.nextInt(4)) {
            case 0 -> ArticleList.SHORT_ITEMS;
            case 1 -> ArticleList.NOTICES;
            default -> ArticleList.section(sectionId);
        };
        int index = r.nextInt(4) - 1;
        Block block = new Block.Paragraph("第" + step + "段");
        return switch (r.nextInt(13)) {
            case 0 -> new AddSection(r.nextInt(sections.size() + 2), "sec-new" + step, "新栏目" + step);
            case 1 -> new RenameSection(sectionId, r.nextBoolean() ? "栏目" + step : "栏目");
            case 2 -> new DeleteSection(sectionId);
            case 3 -> new MoveSection(sectionId, r.nextInt(sections.size() + 1));
            case 4 -> new AddArticle(list, index, new Article("new" + step, ArticleKind.FEATURE, null, "新文章" + step, null,
                    List.of(new Author("作者")), null, List.of(block), null, null));
            case 5 -> new DeleteArticle(articleId);
            case 6 -> new MoveArticle(articleId, list, index);
            case 7 -> new EditArticleText(articleId, ArticleField.values()[r.nextInt(ArticleField.values().length)],
                    r.nextInt(5) == 0 ? "" : "文字" + r.nextInt(3));
            case 8 -> new SetAuthors(articleId, r.nextBoolean() ? List.of() : List.of(new Author("甲", "乙单位")));
            case 9 -> BodyEdit.replace(articleId, r.nextInt(body + 1), block);
            case 10 -> BodyEdit.insert(articleId, r.nextInt(body + 2), block);
            case 11 -> BodyEdit.delete(articleId, r.nextInt(body + 1));
            default -> {
                Integer start = r.nextInt(4) == 0 ? null : 1 + r.nextInt(48);
                Integer cont = r.nextInt(3) == 0 ? 1 + r.nextInt(48) : null;
                yield new SetPlanEntry(articleId, start, cont);
            }
        };
    }
}
