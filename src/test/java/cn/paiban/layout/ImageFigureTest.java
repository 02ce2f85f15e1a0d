package cn.paiban.layout;

import static cn.paiban.layout.LayoutFixture.page;
import static cn.paiban.layout.LayoutFixture.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.geom.Rect;
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
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images in the column flow: column width, whole grid lines, caption below, kept whole, missing files reported. */
class ImageFigureTest {
    private static final Typesetter TYPESETTER = new Typesetter(LayoutFixture.FONTS, LayoutFixture.TEMPLATE_DIR,
            LayoutFixture.COMPOSER);
    private static final LineGrid G = LayoutFixture.TEMPLATE.gridFor("feature");
    private static final String CAPTION = "图为朔州市某产业园区的生产车间";

    @TempDir
    Path dir;

    private void png(String name, int w, int h) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new java.awt.Color(40, 110, 170));
        g.fillRect(0, 0, w, h);
        g.setColor(java.awt.Color.ORANGE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        assertTrue(ImageIO.write(img, "png", f.toFile()));
    }

    /** A feature: a paragraph of {@code firstChars}, the image (block 1), then {@code after} paragraphs. */
    private static Article article(int firstChars, String path, int after) {
        Random r = new Random(11);
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph(TestIssues.text(r, firstChars)));
        body.add(new Block.Image(path, CAPTION));
        for (int i = 0; i < after; i++) body.add(new Block.Paragraph(TestIssues.text(r, 150)));
        return new Article("a", ArticleKind.FEATURE, null, "图文稿件 推动发展", null, List.of(new Author("王爽")),
                null, body, null, null);
    }

    private LayoutResult set(Article a) {
        var issue = TestIssues.issue(List.of(new Section("s1", "本期特稿", List.of(a))), List.of(), List.of(),
                new PagePlan(1, List.of(TestIssues.pin("a", 1, null)), List.of()));
        return TYPESETTER.typeset(issue, dir);
    }

    private static List<Item.Image> images(Page p) {
        return p.items().stream().filter(Item.Image.class::isInstance).map(Item.Image.class::cast).toList();
    }

    /** The column (0 or 1) whose measure holds [x, right], or -1. */
    private static int column(int folio, int x, int right) {
        int left = LayoutFixture.TEMPLATE.textLeft(folio, G);
        for (int c = 0; c < G.columns(); c++) {
            int cx = G.columnX(left, c);
            if (x >= cx && right <= cx + G.measure()) return c;
        }
        return -1;
    }

    private static int columnOf(int folio, Item.GlyphRun r) {
        int right = r.x() + r.xs()[r.xs().length - 1] + r.size();
        return column(folio, r.x(), right);
    }

    private static void assertOnGrid(Item.GlyphRun r) {
        assertEquals(0, Math.floorMod(r.baseline() - G.baseline(0), G.leading()),
                "baseline of \"" + r.text() + "\" at " + r.baseline() + " is off the body grid");
    }

    @Test
    void anImageTakesTheColumnWidthAndWholeGridLinesWithItsCaptionBelow() throws Exception {
        png("img/fig.png", 400, 300);
        var r = set(article(120, "img/fig.png", 8));
        assertFalse(r.hasErrors(), r.findings().toString());
        Page p1 = page(r.document().pages(), 1);
        List<Item.Image> imgs = images(p1);
        assertEquals(1, imgs.size(), "one image on page 1");
        Item.Image im = imgs.get(0);
        Rect box = im.rect();
        assertEquals("img/fig.png", im.path(), "the path as the renderers resolve it, relative to the issue folder");
        assertEquals("a", im.source().articleId());
        assertEquals(1, im.source().block());
        int col = column(1, box.x(), box.right());
        assertTrue(col >= 0, "image " + box + " lies within a column");
        assertEquals(G.measure(), box.width(), "scaled to the column width");
        assertEquals(0.75, (double) box.height() / box.width(), 0.005, "aspect ratio kept");
        assertEquals(0, Math.floorMod(box.y() - G.top(), G.leading()), "its top is the top of a grid line");
        int lines = BodyUnits.linesFor(G, box.height());
        assertTrue(BodyUnits.slotHeight(G, lines) >= box.height() && BodyUnits.slotHeight(G, lines - 1) < box.height(),
                "the image takes the fewest whole grid lines that hold it");

        List<Item.GlyphRun> all = runs(p1).filter(g -> g.source().articleId().equals("a") && g.source().block() >= 0).toList();
        // every body and caption line of both columns sits on the one grid
        all.forEach(ImageFigureTest::assertOnGrid);
        assertTrue(all.stream().anyMatch(g -> columnOf(1, g) == 1), "the right column has text");
        assertTrue(all.stream().anyMatch(g -> columnOf(1, g) == 0 && g.source().block() >= 2), "the left column has text");
        // nothing in the image's column overlaps it; the caption is under it, centred
        int slotFoot = box.y() + BodyUnits.slotHeight(G, lines);
        for (Item.GlyphRun g : all) {
            if (columnOf(1, g) != col) continue;
            int emTop = g.baseline() - LineGrid.baselineOffset(g.size());
            assertTrue(g.baseline() <= box.y() || emTop >= slotFoot, "\"" + g.text() + "\" overlaps the image");
        }
        List<Item.GlyphRun> caption = all.stream().filter(g -> g.source().block() == 1).toList();
        assertEquals(CAPTION, caption.stream().map(Item.GlyphRun::text).collect(Collectors.joining()));
        Item.GlyphRun c0 = caption.get(0);
        assertEquals(col, columnOf(1, c0), "caption in the image's column");
        assertEquals(G.baseline(0) + (BodyUnits.linesFor(G, box.height())) * G.leading()
                + (box.y() - G.lineTop(0)), c0.baseline(), "caption on the grid line right under the image");
        int colX = G.columnX(LayoutFixture.TEMPLATE.textLeft(1, G), col);
        int left = c0.x() - colX;
        int right = colX + G.measure() - (c0.x() + c0.xs()[c0.xs().length - 1] + c0.size());
        assertTrue(Math.abs(left - right) <= c0.size(), "caption centred: " + left + " vs " + right);
        assertTrue(c0.size() < G.bodySize(), "caption smaller than the body");
        // body text follows the caption after one blank grid line
        int firstAfter = all.stream().filter(g -> columnOf(1, g) == col && g.source().block() == 2)
                .mapToInt(Item.GlyphRun::baseline).min().orElse(Integer.MAX_VALUE);
        if (firstAfter != Integer.MAX_VALUE) assertEquals(c0.baseline() + 2 * G.leading(), firstAfter);
    }

    @Test
    void aTallImageMovesToTheNextColumnWholeWithItsCaption() throws Exception {
        png("tall.png", 300, 300); // a square: about 11 grid lines at the column width
        // the first paragraph leaves fewer free lines in the left column than the image needs
        int perLine = G.measureEm();
        Article a = article(perLine * 16, "tall.png", 10);
        var r = set(a);
        assertFalse(r.hasErrors(), r.findings().toString());
        Page p1 = page(r.document().pages(), 1);
        Item.Image im = images(p1).get(0);
        assertEquals(1, column(1, im.rect().x(), im.rect().right()), "the image went to the right column");
        List<Item.GlyphRun> all = runs(p1).filter(g -> g.source().articleId().equals("a")).toList();
        int firstRight = all.stream().filter(g -> columnOf(1, g) == 1).mapToInt(Item.GlyphRun::baseline).min().orElseThrow();
        assertTrue(im.rect().y() < firstRight, "the image heads the right column");
        List<Item.GlyphRun> caption = all.stream().filter(g -> g.source().block() == 1).toList();
        assertFalse(caption.isEmpty());
        caption.forEach(g -> assertEquals(1, columnOf(1, g), "caption with its image"));
        assertTrue(all.stream().filter(g -> g.source().block() == 0).allMatch(g -> columnOf(1, g) == 0),
                "the paragraph before stays in the left column");
        all.stream().filter(g -> g.source().block() >= 0).forEach(ImageFigureTest::assertOnGrid);
    }

    @Test
    void aMissingImageIsAnErrorWithItsPathAndAPlaceholderKeepsTheFlow() {
        var r = set(article(120, "img/nowhere.png", 6));
        var errors = r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        assertEquals(1, errors.size(), r.findings().toString());
        Finding f = errors.get(0);
        assertEquals("a", f.articleId());
        assertEquals(1, f.block());
        assertTrue(f.message().contains("img/nowhere.png") && f.message().contains("图文稿件"), f.message());
        assertEquals(1, f.page(), "located on the page where the image would be");
        Page p1 = page(r.document().pages(), 1);
        assertTrue(images(p1).isEmpty(), "no image item for a file that is not there");
        List<Item.Box> boxes = p1.items().stream().filter(Item.Box.class::isInstance).map(Item.Box.class::cast)
                .filter(b -> b.rect().width() == G.measure()).toList();
        assertEquals(1, boxes.size(), "one placeholder frame, column wide");
        assertEquals(BodyUnits.slotHeight(G, BodyUnits.PLACEHOLDER_LINES), boxes.get(0).rect().height());
        runs(p1).filter(g -> g.source().articleId().equals("a") && g.source().block() >= 0)
                .forEach(ImageFigureTest::assertOnGrid);
        assertTrue(runs(p1).anyMatch(g -> g.source().block() == 1), "the caption is still set");
    }
}
