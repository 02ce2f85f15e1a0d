package cn.paiban.layout;

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table inside running text (as Word manuscripts bring them) is a three-line table at the column measure, kept
 * whole in one column with the body on the grid around it; a table longer than a column goes on as 续表 with its
 * header repeated, and no row is lost.
 */
class ColumnTableTest {
    private static final Typesetter TYPESETTER = new Typesetter(LayoutFixture.FONTS, LayoutFixture.TEMPLATE_DIR,
            LayoutFixture.COMPOSER);
    private static final LineGrid G = LayoutFixture.TEMPLATE.gridFor("feature");

    @TempDir
    Path dir;

    private static final String POOL = "东南西北中上下左右前后里外大小新";

    /** Row {@code i}'s head, all Han so that it is one glyph run: 东南区, 东西区, … */
    private static String head(int i) {
        return "" + POOL.charAt(i / 16 % 16) + POOL.charAt(i % 16) + "区";
    }

    private static Block.Table table(int rows) {
        List<List<String>> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) body.add(List.of(head(i), String.valueOf(1000 + i * 37), i + ".5"));
        return new Block.Table("表一　各县区网格数", null, List.of(List.of("地区", "网格数", "增长%")), body, "注：数据截至六月。");
    }

    private LayoutResult set(Block.Table tb, int paragraphs) {
        Random r = new Random(5);
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph(TestIssues.text(r, 160)));
        body.add(tb);
        for (int i = 0; i < paragraphs; i++) body.add(new Block.Paragraph(TestIssues.text(r, 150)));
        Article a = new Article("a", ArticleKind.FEATURE, null, "表格稿件 推动发展", null, List.of(new Author("王爽")),
                null, body, null, null);
        var issue = TestIssues.issue(List.of(new Section("s1", "本期特稿", List.of(a))), List.of(), List.of(),
                new PagePlan(1, List.of(TestIssues.pin("a", 1, null)), List.of()));
        return TYPESETTER.typeset(issue, dir);
    }

    private static List<Item.Rule> rules(Page p) {
        return p.items().stream().filter(Item.Rule.class::isInstance).map(Item.Rule.class::cast)
                .filter(r -> r.y1() > G.top() && r.y1() < G.bottom()).toList();
    }

    private static List<Item.GlyphRun> tableRuns(Page p) {
        return runs(p).filter(g -> g.source().articleId().equals("a") && g.source().block() == 1).toList();
    }

    @Test
    void aShortTableIsAThreeLineTableInOneColumnWithTheBodyOnTheGridAroundIt() {
        var r = set(table(4), 8);
        assertFalse(r.hasErrors(), r.findings().toString());
        Page p1 = LayoutFixture.page(r.document().pages(), 1);
        List<Item.Rule> rules = rules(p1);
        assertEquals(3, rules.size(), "top rule, rule under the header, bottom rule: " + rules);
        int left = LayoutFixture.TEMPLATE.textLeft(1, G);
        int colX = -1;
        for (int c = 0; c < G.columns(); c++) if (rules.get(0).x1() == G.columnX(left, c)) colX = G.columnX(left, c);
        assertTrue(colX >= 0, "the table starts at a column's left edge: " + rules.get(0));
        for (Item.Rule rule : rules) assertEquals(G.measure(), rule.x2() - rule.x1(), "each rule spans the column measure");
        assertTrue(rules.get(0).width() > rules.get(1).width(), "the top rule is heavier than the one under the header");
        int top = rules.get(0).y1();
        int bottom = rules.get(2).y1();
        // every cell of the table is between the top and bottom rules, in the column; the caption above, the note below
        List<Item.GlyphRun> cells = tableRuns(p1);
        String text = String.join("", cells.stream().map(Item.GlyphRun::text).toList()).replace(" ", "").replace("\u3000", "");
        for (String s : List.of("表一各县区网格数", "地区", "网格数", head(1), "1037", head(4), "1148", "4.5", "注：数据截至六月。")) {
            assertTrue(text.contains(s), s + " in " + text);
        }
        for (Item.GlyphRun g : cells) {
            assertTrue(g.x() >= colX && g.x() < colX + G.measure(), "\"" + g.text() + "\" in the table's column");
            if (g.text().endsWith("区") && !g.text().contains("县") || g.text().matches("[0-9.]+")) {
                assertTrue(g.baseline() > top && g.baseline() < bottom, "\"" + g.text() + "\" between the rules");
            }
        }
        assertTrue(cells.get(0).baseline() < top, "the caption above the top rule");
        // the body around it stays on the grid, and nothing in the table's column overlaps the table
        List<Item.GlyphRun> body = runs(p1).filter(g -> g.source().articleId().equals("a") && g.source().block() != 1
                && g.source().block() >= 0).toList();
        int tableTop = cells.get(0).baseline() - cells.get(0).size();
        int noteFoot = cells.stream().mapToInt(Item.GlyphRun::baseline).max().orElseThrow();
        for (Item.GlyphRun g : body) {
            assertEquals(0, Math.floorMod(g.baseline() - G.baseline(0), G.leading()), "\"" + g.text() + "\" off the grid");
            boolean sameColumn = g.x() >= colX && g.x() < colX + G.measure();
            if (sameColumn) {
                assertTrue(g.baseline() < tableTop || g.baseline() - g.size() > noteFoot, "\"" + g.text() + "\" overlaps the table");
            }
        }
    }

    @Test
    void aTableLongerThanAColumnGoesOnAs续表WithItsHeaderAndLosesNoRow() {
        int n = 90;
        var r = set(table(n), 2);
        assertFalse(r.hasErrors(), r.findings().toString());
        List<String> texts = new ArrayList<>();
        int headers = 0;
        int continued = 0;
        for (Page p : r.document().pages()) {
            for (Item.GlyphRun g : tableRuns(p)) {
                texts.add(g.text());
                if (g.text().equals("网格数")) headers++;
                if (g.text().contains("续")) continued++;
            }
        }
        for (int i = 1; i <= n; i++) {
            String h = head(i);
            assertEquals(1, texts.stream().filter(h::equals).count(), h + " set once");
        }
        assertTrue(headers >= 2, "the header repeated in each part: " + headers);
        assertEquals(headers - 1, continued, "each part after the first is captioned as continued");
        assertEquals(1, texts.stream().filter(t -> t.startsWith("注")).count(), "the note once, under the last part");
        for (Page p : r.document().pages()) {
            for (Item.GlyphRun g : tableRuns(p)) {
                assertTrue(g.baseline() <= G.bottom(), "\"" + g.text() + "\" inside the text area on page " + p.folio());
            }
        }
    }
}
