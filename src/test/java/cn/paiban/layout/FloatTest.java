package cn.paiban.layout;

import static cn.paiban.layout.LayoutFixture.page;
import static cn.paiban.layout.LayoutFixture.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import cn.paiban.typeset.Typesetter;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table or an image that does not fit in what is left of a column floats to the top of the next column, and the
 * text that follows it in the manuscript fills the column it left: the column does not end in blank grid lines.
 */
class FloatTest {
    private static final Typesetter TYPESETTER = new Typesetter(LayoutFixture.FONTS, LayoutFixture.TEMPLATE_DIR,
            LayoutFixture.COMPOSER);
    private static final LineGrid G = LayoutFixture.TEMPLATE.gridFor("feature");

    @TempDir
    Path dir;

    static Block.Table table(int rows) {
        List<List<String>> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) body.add(List.of("第" + i + "区", String.valueOf(1000 + i * 37), i + ".5"));
        return new Block.Table("表1　各县区网格数", null, List.of(List.of("地区", "网格数", "增长%")), body, "注：数据截至六月。");
    }

    /** A feature: a paragraph of {@code firstChars}, then {@code middle} (block 1), then {@code after} paragraphs. */
    private static Article article(int firstChars, Block middle, int after) {
        Random r = new Random(17);
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph(TestIssues.text(r, firstChars)));
        body.add(middle);
        for (int i = 0; i < after; i++) body.add(new Block.Paragraph(TestIssues.text(r, 150)));
        return new Article("a", ArticleKind.FEATURE, null, "浮动稿件 推动发展", null, List.of(new Author("王爽")),
                null, body, null, null);
    }

    private LayoutResult set(Article a) {
        var issue = TestIssues.issue(List.of(new Section("s1", "本期特稿", List.of(a))), List.of(), List.of(),
                new PagePlan(1, List.of(TestIssues.pin("a", 1, null)), List.of()));
        return TYPESETTER.typeset(issue, dir);
    }

    /** The column (0, 1) of an x on page {@code folio}. */
    static int column(int folio, int x) {
        int left = LayoutFixture.TEMPLATE.textLeft(folio, G);
        for (int c = G.columns() - 1; c >= 0; c--) if (x >= G.columnX(left, c)) return c;
        return -1;
    }

    /** The grid line of a baseline, or -1 when it is off the grid. */
    static int gridLine(int baseline) {
        int d = baseline - G.baseline(0);
        return Math.floorMod(d, G.leading()) == 0 ? d / G.leading() : -1;
    }

    /** The body runs (paragraphs) of article a in column {@code c} of a page, top to bottom. */
    private static List<Item.GlyphRun> bodyRuns(Page p, Article a, int c) {
        return runs(p).filter(g -> g.source().articleId().equals("a") && g.source().block() >= 0
                && a.body().get(g.source().block()) instanceof Block.Paragraph && column(p.folio(), g.x()) == c)
                .sorted(java.util.Comparator.comparingInt(Item.GlyphRun::baseline)).toList();
    }

    /** First paragraph of about {@code lines} lines of the column measure (the last one short). */
    private static int chars(int lines) { return G.measureEm() * lines - 6; }

    @Test
    void aTableAtAColumnFootGoesToTheNextColumnsTopAndTheTextAfterItFillsTheColumn() {
        Article a = article(chars(14), table(12), 8);
        var r = set(a);
        assertFalse(r.hasErrors(), r.findings().toString());
        Page p1 = page(r.document().pages(), 1);
        // the table: its caption and header in the right column, and nothing of it in the left
        List<Item.GlyphRun> cells = runs(p1).filter(g -> g.source().articleId().equals("a") && g.source().block() == 1).toList();
        assertTrue(cells.stream().anyMatch(g -> g.text().contains("表1")), "caption set on page 1: " + cells);
        assertTrue(cells.stream().anyMatch(g -> g.text().equals("地区")), "header set on page 1");
        cells.forEach(g -> assertEquals(1, column(1, g.x()), "\"" + g.text() + "\" in the right column"));
        List<Item.Rule> rules = p1.items().stream().filter(Item.Rule.class::isInstance).map(Item.Rule.class::cast)
                .filter(x -> x.y1() > G.top() && x.y1() < G.bottom()).toList();
        assertEquals(3, rules.size(), "one three-line table on page 1: " + rules);
        rules.forEach(x -> assertEquals(1, column(1, x.x1()), "rule in the right column"));
        // at the top of the right column: nothing of the article above its caption there
        int captionBase = cells.stream().filter(g -> g.text().contains("表1")).mapToInt(Item.GlyphRun::baseline).min().orElseThrow();
        List<Item.GlyphRun> right = bodyRuns(p1, a, 1);
        assertTrue(right.stream().allMatch(g -> g.baseline() > captionBase), "the table heads the right column");
        int firstLeft = bodyRuns(p1, a, 0).get(0).baseline();
        assertTrue(captionBase - G.bodySize() <= firstLeft, "the caption on the first line of the column, as the left column's text");
        // the left column: the first paragraph, then the text after the table, down to its last grid line
        List<Item.GlyphRun> left = bodyRuns(p1, a, 0);
        assertEquals(G.lines() - 1, gridLine(left.get(left.size() - 1).baseline()), "no blank grid lines at the left column's foot");
        assertEquals(0, left.get(0).source().block(), "the first paragraph opens the column");
        assertTrue(left.stream().anyMatch(g -> g.source().block() == 2), "the text after the table fills the left column");
        // reading order: block 0 then block 2 in the left column; the right column goes on after the table
        int lastOfFirst = left.stream().filter(g -> g.source().block() == 0).mapToInt(Item.GlyphRun::baseline).max().orElseThrow();
        assertTrue(left.stream().filter(g -> g.source().block() == 2).allMatch(g -> g.baseline() > lastOfFirst));
        assertEquals(0, left.stream().filter(g -> g.source().block() > 2).count(), "only the paragraph right after the table");
        assertTrue(right.stream().allMatch(g -> g.source().block() >= 2), "the right column goes on after the table");
        for (Page p : r.document().pages()) {
            runs(p).filter(g -> g.source().articleId().equals("a") && g.source().block() >= 0
                    && a.body().get(g.source().block()) instanceof Block.Paragraph)
                    .forEach(g -> assertTrue(gridLine(g.baseline()) >= 0, "\"" + g.text() + "\" off the grid"));
        }
        assertParagraphsInOrder(r, a);
    }

    @Test
    void aTableThatFitsStaysWhereItIs() {
        Article a = article(chars(3), table(4), 8);
        var r = set(a);
        Page p1 = page(r.document().pages(), 1);
        List<Item.GlyphRun> left = bodyRuns(p1, a, 0);
        int lastOfFirst = left.stream().filter(g -> g.source().block() == 0).mapToInt(Item.GlyphRun::baseline).max().orElseThrow();
        List<Item.GlyphRun> cells = runs(p1).filter(g -> g.source().block() == 1 && g.source().articleId().equals("a")).toList();
        cells.forEach(g -> assertEquals(0, column(1, g.x()), "\"" + g.text() + "\" under the paragraph before it"));
        assertTrue(cells.stream().allMatch(g -> g.baseline() > lastOfFirst));
        int captionTop = cells.stream().mapToInt(Item.GlyphRun::baseline).min().orElseThrow();
        int tableFoot = cells.stream().mapToInt(Item.GlyphRun::baseline).max().orElseThrow();
        assertTrue(left.stream().filter(g -> g.source().block() == 2).allMatch(g -> g.baseline() > tableFoot),
                "the text after the table stays after it");
        assertTrue(captionTop > lastOfFirst);
        assertParagraphsInOrder(r, a);
    }

    @Test
    void aTableTooTallForTheColumnsUnderTheTitleStartsUnderItsParagraphAndGoesOnAs续表() {
        // page 1's columns are short under the title band: a table of some 22 grid lines fits neither of them
        Article a = article(chars(4), table(40), 8);
        var r = set(a);
        assertFalse(r.hasErrors(), r.findings().toString());
        Page p1 = page(r.document().pages(), 1);
        List<Item.GlyphRun> cells = runs(p1).filter(g -> g.source().articleId().equals("a") && g.source().block() == 1).toList();
        List<Item.GlyphRun> left = bodyRuns(p1, a, 0);
        int lastOfFirst = left.stream().filter(g -> g.source().block() == 0).mapToInt(Item.GlyphRun::baseline).max().orElseThrow();
        List<Item.GlyphRun> leftCells = cells.stream().filter(g -> column(1, g.x()) == 0).toList();
        List<Item.GlyphRun> rightCells = cells.stream().filter(g -> column(1, g.x()) == 1).toList();
        assertTrue(leftCells.stream().anyMatch(g -> g.text().contains("表1")), "the table starts under its paragraph: " + cells);
        assertTrue(leftCells.stream().allMatch(g -> g.baseline() > lastOfFirst));
        assertTrue(leftCells.stream().filter(g -> g.text().startsWith("第")).count() >= 2, "at least two rows in the first part");
        assertTrue(rightCells.stream().anyMatch(g -> g.text().contains("续")), "the right column goes on with 续表: " + rightCells);
        assertTrue(rightCells.stream().anyMatch(g -> g.text().equals("地区")), "with the header repeated");
        assertTrue(rightCells.stream().filter(g -> g.text().startsWith("第")).count() >= 2, "at least two rows in the 续表");
        int lastCell = leftCells.stream().mapToInt(Item.GlyphRun::baseline).max().orElseThrow();
        assertTrue(lastCell > G.baseline(G.lines() - 3), "the first part reaches the column's foot");
        for (int i = 1; i <= 40; i++) {
            String h = "第" + i + "区";
            assertEquals(1, r.document().pages().stream().flatMap(LayoutFixture::runs).filter(g -> g.text().equals(h)).count(), h);
        }
        assertTrue(bodyRuns(p1, a, 1).stream().anyMatch(g -> g.source().block() == 2), "the text after the table follows it in the right column");
        assertParagraphsInOrder(r, a);
    }

    private void png(String name, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new java.awt.Color(40, 110, 170));
        g.fillRect(0, 0, w, h);
        g.dispose();
        assertTrue(ImageIO.write(img, "png", dir.resolve(name).toFile()));
    }

    @Test
    void anImageAtAColumnFootGoesToTheNextColumnsTopWithItsCaptionAndTheTextAfterItFillsTheColumn() throws Exception {
        png("square.png", 300, 300); // about 11 grid lines at the column width
        Article a = article(chars(12), new Block.Image("square.png", "图1　产业园区"), 8);
        var r = set(a);
        assertFalse(r.hasErrors(), r.findings().toString());
        Page p1 = page(r.document().pages(), 1);
        List<Item.Image> images = p1.items().stream().filter(Item.Image.class::isInstance).map(Item.Image.class::cast).toList();
        assertEquals(1, images.size());
        Item.Image im = images.get(0);
        assertEquals(1, column(1, im.rect().x()), "the image in the right column");
        List<Item.GlyphRun> right = bodyRuns(p1, a, 1);
        assertTrue(right.stream().allMatch(g -> g.baseline() > im.rect().y()), "the image heads the right column");
        assertEquals(bodyRuns(p1, a, 0).get(0).baseline() - LineGrid.baselineOffset(G.bodySize()), im.rect().y(),
                "its top on the em box of the column's first line");
        List<Item.GlyphRun> caption = runs(p1).filter(g -> g.source().articleId().equals("a") && g.source().block() == 1).toList();
        assertFalse(caption.isEmpty());
        caption.forEach(g -> {
            assertEquals(1, column(1, g.x()), "the caption with its image");
            assertTrue(g.baseline() > im.rect().y() + im.rect().height(), "the caption under it");
        });
        List<Item.GlyphRun> left = bodyRuns(p1, a, 0);
        assertEquals(G.lines() - 1, gridLine(left.get(left.size() - 1).baseline()), "no blank grid lines at the left column's foot");
        assertTrue(left.stream().anyMatch(g -> g.source().block() == 2), "the text after the image fills the left column");
        assertParagraphsInOrder(r, a);
    }

    /** Every paragraph's characters set once, in the manuscript's order, reading column by column. */
    static void assertParagraphsInOrder(LayoutResult r, Article a) {
        StringBuilder want = new StringBuilder();
        for (Block b : a.body()) if (b instanceof Block.Paragraph p) want.append(p.text());
        StringBuilder got = new StringBuilder();
        for (Page p : r.document().pages()) {
            runs(p).filter(g -> g.source().articleId().equals(a.id()) && g.source().block() >= 0
                            && a.body().get(g.source().block()) instanceof Block.Paragraph)
                    .sorted(java.util.Comparator.<Item.GlyphRun>comparingInt(g -> column(p.folio(), g.x()))
                            .thenComparingInt(Item.GlyphRun::baseline).thenComparingInt(Item.GlyphRun::x))
                    .forEach(g -> got.append(g.text()));
        }
        assertEquals(want.toString(), got.toString().replace(" ", ""));
    }
}
