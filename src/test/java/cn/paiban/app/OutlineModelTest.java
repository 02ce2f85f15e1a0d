package cn.paiban.app;

import cn.paiban.edit.EditArticleText;
import cn.paiban.edit.ArticleField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueFixtures;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutlineModelTest {
    private EditorSession session;
    private OutlineModel outline;

    @BeforeEach
    void open() {
        session = new EditorSession();
        session.open(IssueFixtures.rich(), null);
        outline = new OutlineModel(session);
    }

    private List<String> order(String sectionId) {
        Issue i = session.issue();
        return IssueEdits.groups(i).stream().filter(g -> g.id().equals(sectionId)).findFirst().orElseThrow()
                .articles().stream().map(Article::id).toList();
    }

    @Test
    void altUpAndDownMoveWithinASectionAndAcrossItsEdge() {
        outline.shift("a03-nongmu", -1);
        assertEquals(List.of("a03-nongmu", "a02-xinqixiang"), order("benqi-tegao"));
        outline.shift("a03-nongmu", -1);
        assertEquals(List.of("a01-juanshouyu", "a03-nongmu"), order("juanshouyu"), "crossed into the section above, at its end");
        session.undo();
        session.undo();
        assertEquals(IssueFixtures.rich(), session.issue());
    }

    @Test
    void aDragGoesThroughTheGuardLikeAltDownAndTheStartPagesFollowTheArticles() {
        List<Object> seen = new java.util.ArrayList<>();
        OutlineModel.Guard recorded = new OutlineModel.Guard() {
            @Override
            public boolean move(cn.paiban.edit.MoveArticle move) { seen.add(move.articleId()); return false; }

            @Override
            public boolean move(cn.paiban.edit.MoveSection move) { seen.add(move.sectionId()); return false; }

            @Override
            public boolean edit(cn.paiban.edit.EditCommand command) { seen.add(command.description()); return false; }
        };
        outline.setGuard(recorded);
        outline.drop("a03-nongmu", "a02-xinqixiang");
        outline.shift("a03-nongmu", -1);
        outline.drop("tongji", "benqi-tegao");
        assertEquals(List.of("a03-nongmu", "a03-nongmu", "tongji"), seen);
        assertEquals(IssueFixtures.rich(), session.issue(), "the guard said no: nothing moved");

        // without a window: the pinned pages 4 and 15 are dealt out in the new order, the jump stays with its article
        open();
        assertTrue(outline.drop("a03-nongmu", "a02-xinqixiang"));
        assertEquals(List.of("a03-nongmu", "a02-xinqixiang"), order("benqi-tegao"));
        PagePlan plan = session.issue().plan();
        assertEquals(4, plan.entry("a03-nongmu").orElseThrow().startPage());
        assertEquals(46, plan.entry("a03-nongmu").orElseThrow().continuesOn());
        session.undo();
        assertEquals(IssueFixtures.rich(), session.issue(), "order and plan in one undo step");
    }

    @Test
    void sectionsMoveAsAWhole() {
        outline.shift("tongji", -1);
        assertEquals(List.of("juanshouyu", "tongji", "benqi-tegao", "kong"),
                session.issue().sections().stream().map(Section::id).toList());
        assertEquals(List.of("a04-tongji"), order("tongji"));
    }

    @Test
    void dropPutsAnArticleBeforeTheTargetOrAtTheEndOfASection() {
        assertTrue(outline.drop("a04-tongji", "a02-xinqixiang"));
        assertEquals(List.of("a04-tongji", "a02-xinqixiang", "a03-nongmu"), order("benqi-tegao"));
        assertTrue(outline.drop("a02-xinqixiang", "kong"));
        assertEquals(List.of("a02-xinqixiang"), order("kong"));
        assertTrue(outline.drop("a04-tongji", "a03-nongmu"), "dropping down onto the next one");
        assertEquals(List.of("a04-tongji", "a03-nongmu"), order("benqi-tegao"));
        assertTrue(outline.drop("kong", "juanshouyu"));
        assertEquals("kong", session.issue().sections().get(0).id());
    }

    @Test
    void deleteTakesThePlanEntriesWithItAndUndoBringsBoth() {
        outline.delete("benqi-tegao");
        assertTrue(session.issue().article("a03-nongmu").isEmpty());
        assertTrue(session.issue().plan().entry("a03-nongmu").isEmpty());
        session.undo();
        assertEquals(new PagePlan.Entry("a03-nongmu", 15, 46), session.issue().plan().entry("a03-nongmu").orElseThrow());
    }

    @Test
    void addRenameAndPlan() {
        outline.selectedProperty().set("a02-xinqixiang");
        outline.addArticle("新文章");
        String id = outline.selectedProperty().get();
        assertEquals(List.of("a02-xinqixiang", id, "a03-nongmu"), order("benqi-tegao"));
        outline.rename(id, "改名");
        assertEquals("改名", session.issue().article(id).orElseThrow().title());
        outline.setPlan(id, 7, 40);
        assertEquals(new PagePlan.Entry(id, 7, 40), session.issue().plan().entry(id).orElseThrow());
        outline.setPlan(id, null, null);
        assertTrue(session.issue().plan().entry(id).isEmpty());
        outline.addSection("新栏目");
        assertEquals("新栏目", session.issue().sections().get(2).title(), "after the selected article's section");
    }

    @Test
    void rowsShowTheLaidOutPageAndTheProblemsOfEachArticle() {
        session.execute(new EditArticleText("a03-nongmu", ArticleField.TITLE, "溢出的文章"));
        var result = new FakeTypesetter().apply(session.issue());
        var rows = outline.rows(result);
        var nongmu = rows.get(1).children().get(1);
        assertEquals("a03-nongmu", nongmu.id());
        assertEquals(3, nongmu.laidOutPage());
        assertEquals(46, nongmu.continuesOn());
        assertEquals(List.of("溢出 2 行"), nongmu.problems());
        assertEquals(Messages.get("outline.shortItems"), rows.get(rows.size() - 2).label());
    }

    @Test
    void manuscriptsDroppedOnASectionAreOneUndoableStep(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        var b = new cn.paiban.io.word.DocxBuilder();
        b.styled("Title", "农牧融合发展");
        b.para("正文。");
        var ok = b.save(tmp.resolve("稿.docx"));
        var bad = java.nio.file.Files.write(tmp.resolve("坏.wps"), new byte[] {1});
        Issue before = session.issue();
        var batch = outline.importManuscripts(List.of(ok, bad), "a04-tongji");
        assertEquals(1, batch.results().size());
        assertEquals(1, batch.refused().size());
        String id = batch.results().get(0).article().id();
        assertEquals(List.of("a04-tongji", id), order("tongji"), "appended to the section of the row it was dropped on");
        assertEquals(id, outline.selectedProperty().get());
        session.undo();
        assertEquals(before, session.issue());
    }

    @Test
    void importWithNoSectionChosenIsRefusedAsPaibanAddRefusesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        var b = new cn.paiban.io.word.DocxBuilder();
        b.styled("Title", "农牧融合发展");
        b.para("正文。");
        var ok = b.save(tmp.resolve("稿.docx"));
        Issue before = session.issue();
        assertTrue(before.sections().size() > 1);
        outline.selectedProperty().set(null);
        var e = org.junit.jupiter.api.Assertions.assertThrows(cn.paiban.manuscript.ManuscriptBatch.SectionNotChosen.class,
                () -> outline.importManuscripts(List.of(ok), null));
        assertEquals(before.sections().stream().map(Section::title).toList(), e.sections());
        assertTrue(e.getMessage().contains("“" + before.sections().get(0).title() + "”"), e.getMessage());
        assertEquals(before, session.issue(), "nothing added");
        assertTrue(!session.canUndoProperty().get(), "no step to undo");

        outline.selectedProperty().set("a03-nongmu");
        var batch = outline.importManuscripts(List.of(ok), null);
        assertEquals(List.of("a02-xinqixiang", "a03-nongmu", batch.results().get(0).article().id()), order("benqi-tegao"),
                "the selected article's section");
    }

    /** A manuscript with an article's title: the editor's answer decides, as paiban add --replace / --keep-both. */
    @Test
    void aRevisedManuscriptReplacesItsArticleInOneUndoableStep(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        var b = new cn.paiban.io.word.DocxBuilder();
        b.styled("Title", "农牧融合发展　盐碱地变了样");
        b.para("修改稿的正文。");
        var revised = b.save(tmp.resolve("修改稿.docx"));
        Issue before = session.issue();
        int[] asked = {0};
        assertEquals(null, outline.importManuscripts(List.of(revised), "a04-tongji", batch -> {
            asked[0]++;
            assertEquals("a03-nongmu", batch.revisions().get(0).existing().id());
            return OutlineModel.RevisionChoice.CANCEL;
        }));
        assertEquals(1, asked[0]);
        assertEquals(before, session.issue(), "cancelled: nothing");

        var batch = outline.importManuscripts(List.of(revised), "a04-tongji", x -> OutlineModel.RevisionChoice.REPLACE);
        assertEquals(List.of("a02-xinqixiang", "a03-nongmu"), order("benqi-tegao"), "in its own section and place, not the row's");
        var a = session.issue().allArticles().stream().filter(x -> x.id().equals("a03-nongmu")).findFirst().orElseThrow();
        assertEquals(List.of(new cn.paiban.model.Block.Paragraph("修改稿的正文。")), a.body());
        assertEquals(before.plan(), session.issue().plan(), "the page plan keeps it");
        assertEquals("a03-nongmu", outline.selectedProperty().get());
        assertTrue(batch.report().contains("修改稿，替换 a03-nongmu"), batch.report());
        session.undo();
        assertEquals(before, session.issue());

        var kept = outline.importManuscripts(List.of(revised), "a04-tongji", x -> OutlineModel.RevisionChoice.KEEP_BOTH);
        assertEquals(List.of("a04-tongji", kept.results().get(0).article().id()), order("tongji"), "kept both: appended to the row's section");
        assertEquals(List.of("a02-xinqixiang", "a03-nongmu"), order("benqi-tegao"));
    }

    /** A revision keeps its article's kind (a 短讯 stays one): the report says so instead of the importer's guess 文章. */
    @Test
    void aRevisedShortItemStaysOneAndTheReportSaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        session.execute(new cn.paiban.edit.SetArticleKind("a03-nongmu", cn.paiban.model.ArticleKind.NEWS));
        var b = new cn.paiban.io.word.DocxBuilder();
        b.styled("Title", "农牧融合发展　盐碱地变了样");
        b.para("修改稿的正文。");
        var revised = b.save(tmp.resolve("修改稿.docx"));
        var batch = outline.importManuscripts(List.of(revised), "a04-tongji", x -> OutlineModel.RevisionChoice.REPLACE);
        assertEquals(cn.paiban.model.ArticleKind.NEWS, session.issue().article("a03-nongmu").orElseThrow().kind());
        assertTrue(batch.report().contains("文章类型沿用原文的“短讯”") && !batch.report().contains("文章类型定为"), batch.report());
    }
}
