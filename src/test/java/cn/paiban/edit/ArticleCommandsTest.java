package cn.paiban.edit;

import static cn.paiban.edit.EditTesting.roundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueFixtures;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCommandsTest {
    private final Issue start = IssueFixtures.rich();
    private final Article fresh = new Article("a05-new", ArticleKind.FEATURE, null, "新文章", null, List.of(), null,
            List.of(new Block.Paragraph("正文。")), null, null);

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(Article::id).toList();
    }

    @Test
    void addArticleToASection() throws Exception {
        Issue after = roundTrip(start, new AddArticle(ArticleList.section("benqi-tegao"), 1, fresh));
        assertEquals(List.of("a02-xinqixiang", "a05-new", "a03-nongmu"), ids(after.sections().get(1).articles()));
    }

    @Test
    void addArticleToShortItemsAndNotices() throws Exception {
        assertEquals(List.of("n01-diaocha", "a05-new"), ids(roundTrip(start, new AddArticle(ArticleList.SHORT_ITEMS, 1, fresh)).shortItems()));
        assertEquals(List.of("a05-new", "z01-zhenggao"), ids(roundTrip(start, new AddArticle(ArticleList.NOTICES, 0, fresh)).notices()));
    }

    @Test
    void addArticleRefusesATakenIdAndBadIndexes() {
        Article clash = new Article("A02-XINQIXIANG", ArticleKind.FEATURE, null, "题", null, List.of(), null, List.of(), null, null);
        assertThrows(IllegalArgumentException.class, () -> new AddArticle(ArticleList.NOTICES, 0, clash).apply(start));
        assertThrows(IllegalArgumentException.class, () -> new AddArticle(ArticleList.section("benqi-tegao"), 3, fresh).apply(start));
        assertThrows(IllegalArgumentException.class, () -> new AddArticle(ArticleList.section("nope"), 0, fresh).apply(start));
    }

    @Test
    void deleteArticleTakesItsPlanEntry() throws Exception {
        Issue after = roundTrip(start, new DeleteArticle("a03-nongmu"));
        assertEquals(List.of("a02-xinqixiang"), ids(after.sections().get(1).articles()));
        assertTrue(after.plan().entry("a03-nongmu").isEmpty());
        assertEquals(start.plan().entries().size() - 1, after.plan().entries().size());
        assertEquals(List.of(), roundTrip(start, new DeleteArticle("z01-zhenggao")).notices());
    }

    @Test
    void moveArticleWithinASection() throws Exception {
        Issue after = roundTrip(start, new MoveArticle("a02-xinqixiang", ArticleList.section("benqi-tegao"), 1));
        assertEquals(List.of("a03-nongmu", "a02-xinqixiang"), ids(after.sections().get(1).articles()));
        assertEquals(start.plan(), after.plan(), "the plan follows ids, not positions");
        assertThrows(IllegalArgumentException.class,
                () -> new MoveArticle("a02-xinqixiang", ArticleList.section("benqi-tegao"), 2).apply(start));
        assertSame(start, new MoveArticle("a02-xinqixiang", ArticleList.section("benqi-tegao"), 0).apply(start));
    }

    @Test
    void moveArticleAcrossSectionsAndIntoShortItems() throws Exception {
        MoveArticle move = new MoveArticle("a03-nongmu", ArticleList.section("kong"), 0);
        Issue after = roundTrip(start, move);
        assertEquals(List.of("a02-xinqixiang"), ids(after.sections().get(1).articles()));
        assertEquals(List.of("a03-nongmu"), ids(after.sections().get(3).articles()));
        assertEquals("移动文章《农牧融合发展 盐碱地变了样》到栏目“空栏目”", move.description());
        Issue filler = roundTrip(start, new MoveArticle("a01-juanshouyu", ArticleList.SHORT_ITEMS, 0));
        assertEquals(List.of("a01-juanshouyu", "n01-diaocha"), ids(filler.shortItems()));
        assertEquals(List.of(), filler.sections().get(0).articles());
    }

    @Test
    void editArticleFields() throws Exception {
        Issue after = roundTrip(start, new EditArticleText("a03-nongmu", ArticleField.KICKER, "坚持绿色发展主基调"));
        after = roundTrip(after, new EditArticleText("a03-nongmu", ArticleField.SUBTITLE, "——朔州盐碱地治理纪实"));
        after = roundTrip(after, new EditArticleText("a03-nongmu", ArticleField.LEAD, "核心阅读"));
        after = roundTrip(after, new EditArticleText("a03-nongmu", ArticleField.SOURCE, "《山西日报》"));
        after = roundTrip(after, new EditArticleText("a03-nongmu", ArticleField.TITLE, "盐碱地变了样"));
        Article a = after.article("a03-nongmu").orElseThrow();
        assertEquals(List.of("坚持绿色发展主基调", "盐碱地变了样", "——朔州盐碱地治理纪实", "核心阅读", "《山西日报》"),
                List.of(a.kicker(), a.title(), a.subtitle(), a.lead(), a.source()));
        assertEquals(start.article("a03-nongmu").orElseThrow().body(), a.body());
    }

    @Test
    void aBlankOptionalFieldRemovesItButATitleCannotBeBlank() throws Exception {
        Issue after = roundTrip(start, new EditArticleText("a02-xinqixiang", ArticleField.SOURCE, " "));
        assertNull(after.article("a02-xinqixiang").orElseThrow().source());
        assertThrows(IllegalArgumentException.class, () -> new EditArticleText("a02-xinqixiang", ArticleField.TITLE, "").apply(start));
    }

    @Test
    void setArticleKind() throws Exception {
        assertEquals(ArticleKind.FILLER, roundTrip(start, new SetArticleKind("n01-diaocha", ArticleKind.FILLER))
                .article("n01-diaocha").orElseThrow().kind());
        assertSame(start, new SetArticleKind("n01-diaocha", ArticleKind.NEWS).apply(start));
    }

    @Test
    void setJournalAndBoard() throws Exception {
        var j = start.journal();
        var journal = new cn.paiban.model.Journal(j.name(), j.pinyin(), j.year(), 5, 172, j.frequency(),
                java.time.LocalDate.of(2023, 10, 28), j.colophon(), List.of());
        assertEquals(journal, roundTrip(start, SetFrontMatter.journal(journal)).journal());
        var board = new cn.paiban.model.EditorialBoard(List.of(new cn.paiban.model.EditorialBoard.Role("主编", List.of("周慧芳"))), null);
        assertEquals(board, roundTrip(start, SetFrontMatter.board(board)).board());
        var blankName = new cn.paiban.model.Journal(" ", j.pinyin(), j.year(), 5, 172, j.frequency(), j.publicationDate(),
                j.colophon(), List.of());
        assertThrows(IllegalArgumentException.class, () -> SetFrontMatter.journal(blankName).apply(start));
        CommandStack stack = new CommandStack(start);
        stack.execute(SetFrontMatter.journal(journal));
        stack.execute(SetFrontMatter.journal(new cn.paiban.model.Journal(j.name(), j.pinyin(), j.year(), 6, 173, j.frequency(),
                j.publicationDate(), j.colophon(), List.of())));
        assertSame(start, stack.undo(), "editing the form field by field is one step");
    }

    @Test
    void setAuthors() throws Exception {
        List<Author> authors = List.of(new Author("赵六", "朔州市统计局"), new Author("钱七"));
        assertEquals(authors, roundTrip(start, new SetAuthors("a03-nongmu", authors)).article("a03-nongmu").orElseThrow().authors());
        assertThrows(IllegalArgumentException.class, () -> new SetAuthors("a03-nongmu", List.of(new Author(" "))).apply(start));
    }
}
