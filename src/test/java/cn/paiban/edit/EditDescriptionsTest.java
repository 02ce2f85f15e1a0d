package cn.paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueFixtures;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the undo/redo menu says of each edit, in the language in use: 撤销 删除文章《…》 in Chinese, Undo Delete article
 * "…" in English. Only the issue's own words (titles, found text) stay Chinese in the English menu.
 */
class EditDescriptionsTest {
    private final Issue start = IssueFixtures.rich();

    @AfterEach
    void back() { Msg.use("zh"); }

    private record Case(Supplier<EditCommand> edit, String zh, String en) {}

    private static final Article FRESH = new Article("a05-new", ArticleKind.FEATURE, null, "新文章", null, List.of(), null,
            List.of(new Block.Paragraph("正文。")), null, null);

    private static final Article FRESH2 = new Article("a06-new", ArticleKind.FEATURE, null, "又一篇", null, List.of(), null,
            List.of(new Block.Paragraph("正文。")), null, null);

    private static final List<Case> CASES = List.of(
            new Case(() -> new DeleteArticle("a03-nongmu"), "删除文章《农牧融合发展 盐碱地变了样》",
                    "Delete article \"农牧融合发展 盐碱地变了样\""),
            new Case(() -> new DeleteSection("benqi-tegao"), "删除栏目“本期特稿”及其 2 篇文章",
                    "Delete section \"本期特稿\" and its 2 articles"),
            new Case(() -> new DeleteSection("tongji"), "删除栏目“统计数据”及其 1 篇文章",
                    "Delete section \"统计数据\" and its article"),
            new Case(() -> new DeleteSection("kong"), "删除栏目“空栏目”", "Delete section \"空栏目\""),
            new Case(() -> new MoveArticle("a03-nongmu", ArticleList.section("kong"), 0),
                    "移动文章《农牧融合发展 盐碱地变了样》到栏目“空栏目”",
                    "Move article \"农牧融合发展 盐碱地变了样\" to section \"空栏目\""),
            new Case(() -> new MoveArticle("a03-nongmu", ArticleList.section("benqi-tegao"), 0),
                    "移动文章《农牧融合发展 盐碱地变了样》", "Move article \"农牧融合发展 盐碱地变了样\""),
            new Case(() -> new MoveArticle("a01-juanshouyu", ArticleList.SHORT_ITEMS, 0), "移动文章《卷首语》到补白与短讯",
                    "Move article \"卷首语\" to fillers and news"),
            new Case(() -> new MoveArticle("a01-juanshouyu", ArticleList.NOTICES, 0), "移动文章《卷首语》到启事",
                    "Move article \"卷首语\" to notices"),
            new Case(() -> new RenameSection("benqi-tegao", "特稿"), "栏目“本期特稿”改名为“特稿”",
                    "Rename section \"本期特稿\" to \"特稿\""),
            new Case(() -> BodyEdit.replace("a03-nongmu", 0, new Block.Paragraph("新。")), "修改《农牧融合发展 盐碱地变了样》正文第 1 段",
                    "Edit paragraph 1 of \"农牧融合发展 盐碱地变了样\""),
            new Case(() -> BodyEdit.insert("a03-nongmu", 1, new Block.Paragraph("新。")), "插入《农牧融合发展 盐碱地变了样》正文第 2 段",
                    "Insert paragraph 2 into \"农牧融合发展 盐碱地变了样\""),
            new Case(() -> BodyEdit.delete("a03-nongmu", 1), "删除《农牧融合发展 盐碱地变了样》正文第 2 段",
                    "Delete paragraph 2 of \"农牧融合发展 盐碱地变了样\""),
            new Case(() -> BodyEdit.move("a03-nongmu", 0, 1), "移动《农牧融合发展 盐碱地变了样》正文第 1 段",
                    "Move paragraph 1 of \"农牧融合发展 盐碱地变了样\""),
            new Case(() -> new SetAuthors("a03-nongmu", List.of(new Author("李四"))), "修改《农牧融合发展 盐碱地变了样》的作者",
                    "Edit the authors of \"农牧融合发展 盐碱地变了样\""),
            new Case(() -> new AddArticle(ArticleList.section("kong"), 0, FRESH), "新建文章《新文章》", "New article \"新文章\""),
            new Case(() -> new AddArticles("kong", "kong", List.of(FRESH)), "导入稿件《新文章》", "Import manuscript \"新文章\""),
            new Case(() -> new AddArticles("kong", "kong", List.of(FRESH, FRESH2)), "导入稿件 2 篇",
                    "Import 2 manuscripts"),
            new Case(() -> new SetPlanEntry("a03-nongmu", 17, 44), "《农牧融合发展 盐碱地变了样》从第 17 页起，下转第 44 页",
                    "\"农牧融合发展 盐碱地变了样\" from page 17, continued on page 44"),
            new Case(() -> new SetPlanEntry("a03-nongmu", 17, null), "《农牧融合发展 盐碱地变了样》从第 17 页起",
                    "\"农牧融合发展 盐碱地变了样\" from page 17"),
            new Case(() -> new SetPlanEntry("a03-nongmu", null, 44), "《农牧融合发展 盐碱地变了样》，下转第 44 页",
                    "\"农牧融合发展 盐碱地变了样\", continued on page 44"),
            new Case(() -> new SetPlanEntry("a03-nongmu", null, null), "取消《农牧融合发展 盐碱地变了样》的页码计划",
                    "Unplan \"农牧融合发展 盐碱地变了样\""),
            new Case(() -> new AddSection(0, "xin", "新栏目"), "新建栏目“新栏目”", "New section \"新栏目\""),
            new Case(() -> new MoveSection("tongji", 0), "移动栏目“统计数据”", "Move section \"统计数据\""),
            new Case(() -> new SetArticleKind("n01-diaocha", ArticleKind.FILLER), "修改《调查信息》的类型",
                    "Change the kind of \"调查信息\""),
            new Case(() -> ReplaceText.all("盐碱", "盐渍"), "全部替换“盐碱”为“盐渍”", "Replace all \"盐碱\" with \"盐渍\""),
            new Case(() -> new EditArticleText("a03-nongmu", ArticleField.KICKER, "引"), "修改《农牧融合发展 盐碱地变了样》的引题",
                    "Edit the kicker of \"农牧融合发展 盐碱地变了样\""),
            new Case(() -> new EditArticleText("a03-nongmu", ArticleField.SOURCE, "源"), "修改《农牧融合发展 盐碱地变了样》的文章来源",
                    "Edit the source line of \"农牧融合发展 盐碱地变了样\""));

    private List<String> described() {
        return CASES.stream().map(c -> {
            EditCommand e = c.edit().get();
            e.apply(start);
            return e.description();
        }).toList();
    }

    @Test
    void chineseByDefault() {
        assertEquals(CASES.stream().map(Case::zh).toList(), described());
    }

    @Test
    void englishAfterSwitchingTheLanguage() {
        Msg.use("en");
        List<String> en = described();
        assertEquals(CASES.stream().map(Case::en).toList(), en);
        for (String d : en) {
            // the issue's words are quoted; nothing else may be Chinese
            String outside = d.replaceAll("\"[^\"]*\"", "");
            assertFalse(outside.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    "Chinese in the English description: " + d);
        }
    }

    @Test
    void theUndoAndRedoMenuSpeakTheLanguageInUseAndSoDoesTheDescriptionBeforeTheEdit() {
        Msg.use("en");
        CommandStack stack = new CommandStack(start);
        stack.execute(new RenameSection("benqi-tegao", "特稿"));
        stack.execute(new DeleteArticle("a03-nongmu"));
        stack.undo();
        assertEquals(Optional.of("Rename section \"本期特稿\" to \"特稿\""), stack.undoDescription());
        assertEquals(Optional.of("Delete article \"农牧融合发展 盐碱地变了样\""), stack.redoDescription());
        assertEquals(List.of("Delete article", "Delete section", "Move article", "Rename section to \"特稿\"", "Edit text",
                        "Edit authors", "Edit page plan", "Move section", "Change article kind", "Replace", "Edit title"),
                List.of(new DeleteArticle("x").description(), new DeleteSection("x").description(),
                        new MoveArticle("x", ArticleList.NOTICES, 0).description(), new RenameSection("x", "特稿").description(),
                        BodyEdit.replace("x", 0, new Block.Paragraph("新。")).description(),
                        new SetAuthors("x", List.of()).description(), new SetPlanEntry("x", 1, null).description(),
                        new MoveSection("x", 0).description(), new SetArticleKind("x", ArticleKind.NEWS).description(),
                        ReplaceText.all("a", "b").description(), new EditArticleText("x", ArticleField.TITLE, "t").description()));
    }
}
