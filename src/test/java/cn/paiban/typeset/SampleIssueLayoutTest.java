package cn.paiban.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.layout.LineGrid;
import cn.paiban.layout.Template;
import cn.paiban.layout.TemplateLoader;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance sample, 朔州经济 2023年第4期, typeset with the real composer and checked against the printed
 * issue: start pages from its printed contents, the jump 17 → 46, the shared grid, keeps, nothing lost.
 */
class SampleIssueLayoutTest {
    private static final Path SAMPLE = Path.of("samples", "shuozhou-jingji-2023-04");
    private static final Path TEMPLATE_DIR = Path.of("templates", "shuozhou-jingji");
    private static Issue issue;
    private static LayoutResult result;
    private static Template template;

    /** First pages as the printed contents give them, by title. */
    private static final Map<String, Integer> PRINTED = new LinkedHashMap<>();

    static {
        PRINTED.put("奋楫开新局 逐梦向未来", 1);
        PRINTED.put("以新气象新作为 推动高质量发展取得新成效", 4);
        PRINTED.put("加快发展县域经济 促进区域协调发展", 9);
        PRINTED.put("打通县域商业体系消费脉络", 13);
        PRINTED.put("农牧融合发展 盐碱地变了样", 15);
        PRINTED.put("山西朔州构建招商引资“强磁场”", 18);
        PRINTED.put("书写工业固废综合利用 高质量发展新篇章", 23);
        PRINTED.put("风华五年谱华章 城市嬗变展新篇", 28);
        PRINTED.put("七十余载向绿而行 好生态催生新业态", 33);
        PRINTED.put("党建引领网格治理 实现服务群众“零距离”", 36);
        PRINTED.put("“数字大脑”揪出“车牌硕鼠”", 39);
        PRINTED.put("厚植生态优势 涵养文化绿洲", 44);
        PRINTED.put("我市上半年市场主体净增率全省第一", 47);
        PRINTED.put("2023年朔州市1—7月主要经济指标", 48);
    }

    @BeforeAll
    static void typeset() throws Exception {
        issue = IssueStore.load(SAMPLE);
        template = TemplateLoader.load(TEMPLATE_DIR);
        result = new Typesetter(FontBook.standard(), TEMPLATE_DIR).typeset(issue);
    }

    private static Page page(int folio) {
        return result.document().pages().stream().filter(p -> p.folio() == folio).findFirst().orElseThrow();
    }

    private static List<Item.GlyphRun> runs(Page p) {
        return p.items().stream().filter(Item.GlyphRun.class::isInstance).map(Item.GlyphRun.class::cast).toList();
    }

    private static String text(Page p) { return runs(p).stream().map(Item.GlyphRun::text).collect(Collectors.joining()); }

    @Test
    void fortyEightPagesNumberedAsPrinted() {
        List<Page> pages = result.document().pages();
        assertEquals(48, pages.size());
        for (int i = 0; i < pages.size(); i++) assertEquals(i + 1, pages.get(i).folio());
    }

    @Test
    void everyArticleStartsOnItsPrintedPage() {
        for (var e : PRINTED.entrySet()) {
            Article a = issue.allArticles().stream().filter(x -> x.title().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no article " + e.getKey()));
            assertEquals(e.getValue(), result.startPages().get(a.id()), e.getKey());
        }
    }

    @Test
    void noErrorsAndReferencesSettled() {
        List<Finding> errors = result.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), errors.toString());
        // its 48 pages are all set: no blank page made up to a multiple of four
        assertTrue(result.findings().stream().noneMatch(f -> f.key().startsWith("findings.page.padding")), result.findings().toString());
    }

    @Test
    void nongmuJumpsFromSeventeenToFortySix() {
        String p17 = text(page(17));
        String p46 = text(page(46));
        assertTrue(p17.contains("（下转第46页）"), "page 17 ends its part with the marker");
        assertTrue(p46.contains("（上接第17页）"), "page 46 resumes with the marker");
        for (int f = 1; f <= 48; f++) {
            if (f != 17) assertFalse(text(page(f)).contains("下转"), "no other forward marker, page " + f);
            if (f != 46) assertFalse(text(page(f)).contains("上接"), "no other back marker, page " + f);
        }
    }

    /**
     * Body lines on one grid per page: every body line of a page (both columns) sits on the baselines of one
     * of the template's grids, so the right column never drifts off the left.
     */
    @Test
    void everyBodyLineIsOnOneGridPerPage() {
        List<LineGrid> grids = List.of(template.grid(), template.gridFor("editorial"), template.gridFor("news"));
        int checked = 0;
        for (Page p : result.document().pages()) {
            List<Integer> baselines = new ArrayList<>();
            for (Item.GlyphRun r : runs(p)) {
                if (r.source().block() < 0) continue;
                Article a = issue.article(r.source().articleId()).orElseThrow();
                // the table and the framed notice are set off the grid on purpose
                if (a.body().get(r.source().block()) instanceof Block.Table || a.kind() == ArticleKind.NOTICE) continue;
                baselines.add(r.baseline());
            }
            boolean onOne = grids.stream().anyMatch(g -> {
                Set<Integer> on = new HashSet<>();
                for (int i = 0; i < g.lines(); i++) on.add(g.baseline(i));
                return on.containsAll(baselines);
            });
            assertTrue(onOne, "page " + p.folio() + " has body lines off its grid");
            checked += baselines.size();
        }
        assertTrue(checked > 2000, "checked " + checked);
    }

    @Test
    void noSubheadingEndsAColumn() {
        for (Page p : result.document().pages()) {
            Map<Integer, Item.GlyphRun> lowest = new LinkedHashMap<>();
            for (Item.GlyphRun r : runs(p)) {
                if (r.source().block() < 0) continue;
                int mid = template.textLeft(p.folio()) + template.grid().textWidth() / 2;
                int column = r.x() < mid ? 0 : 1;
                lowest.merge(column, r, (x, y) -> y.baseline() > x.baseline() ? y : x);
            }
            for (Item.GlyphRun r : lowest.values()) {
                Article a = issue.article(r.source().articleId()).orElseThrow();
                assertFalse(a.body().get(r.source().block()) instanceof Block.Subheading,
                        "subheading at a column bottom, page " + p.folio() + ": " + r.text());
            }
        }
    }

    /** Nothing lost or doubled: each paragraph comes back whole, and every run's SourceRef points at its text. */
    @Test
    void everyParagraphComesBackWholeWithTrueSourceRefs() {
        Map<String, StringBuilder> got = new LinkedHashMap<>();
        List<String> wrongRefs = new ArrayList<>();
        for (Page p : result.document().pages()) {
            for (Item.GlyphRun r : runs(p)) {
                if (r.source().block() < 0) continue;
                Article a = issue.article(r.source().articleId()).orElseThrow();
                if (!(a.body().get(r.source().block()) instanceof Block.Paragraph para)) continue;
                got.computeIfAbsent(a.id() + "#" + r.source().block(), k -> new StringBuilder()).append(r.text());
                if (!para.text().startsWith(r.text(), r.source().offset())) wrongRefs.add(p.folio() + ": " + r);
            }
        }
        assertTrue(wrongRefs.isEmpty(), wrongRefs.size() + " runs with wrong offsets, e.g. " + wrongRefs.stream().limit(3).toList());
        int paragraphs = 0;
        for (Article a : issue.allArticles()) {
            for (int b = 0; b < a.body().size(); b++) {
                if (a.body().get(b) instanceof Block.Paragraph para) {
                    String want = para.text().replaceAll("\\s", "");
                    String have = got.getOrDefault(a.id() + "#" + b, new StringBuilder()).toString().replaceAll("\\s", "");
                    assertEquals(want, have, a.id() + " paragraph " + b);
                    paragraphs++;
                }
            }
        }
        assertTrue(paragraphs > 250, "paragraphs " + paragraphs);
    }

    /** No column begins with the last line of a paragraph (widow) or ends with its first (orphan). */
    @Test
    void noWidowsOrOrphansInTheColumns() {
        List<String> found = new ArrayList<>();
        for (Page p : result.document().pages()) {
            int mid = template.textLeft(p.folio()) + template.grid().textWidth() / 2;
            // per column: baseline → [min offset, max end] of one paragraph's line
            Map<Integer, java.util.TreeMap<Integer, int[]>> columns = new LinkedHashMap<>();
            Map<Integer, java.util.TreeMap<Integer, String>> ids = new LinkedHashMap<>();
            for (Item.GlyphRun r : runs(p)) {
                if (r.source().block() < 0) continue;
                Article a = issue.article(r.source().articleId()).orElseThrow();
                if (!(a.body().get(r.source().block()) instanceof Block.Paragraph para) || a.kind() == ArticleKind.NOTICE) continue;
                int col = r.x() < mid ? 0 : 1;
                int end = r.source().offset() + r.text().length();
                columns.computeIfAbsent(col, k -> new java.util.TreeMap<>()).merge(r.baseline(),
                        new int[] {r.source().offset(), end, para.text().length()},
                        (x, y) -> new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1]), x[2]});
                ids.computeIfAbsent(col, k -> new java.util.TreeMap<>()).put(r.baseline(), a.id() + "#" + r.source().block());
            }
            for (var e : columns.entrySet()) {
                int[] top = e.getValue().firstEntry().getValue();
                int[] bottom = e.getValue().lastEntry().getValue();
                if (top[0] > 0 && top[1] >= top[2]) found.add("widow p" + p.folio() + " " + ids.get(e.getKey()).firstEntry().getValue());
                if (bottom[0] == 0 && bottom[1] < bottom[2]) found.add("orphan p" + p.folio() + " " + ids.get(e.getKey()).lastEntry().getValue());
            }
        }
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void outlineAnchorsForSectionsAndArticles() {
        List<Item.Anchor> anchors = result.document().pages().stream().flatMap(p -> p.items().stream())
                .filter(Item.Anchor.class::isInstance).map(Item.Anchor.class::cast).toList();
        assertEquals(issue.sections().stream().map(s -> s.title()).toList(),
                anchors.stream().filter(a -> a.level() == 0).map(Item.Anchor::title).toList());
        assertEquals(issue.allArticles().size(), anchors.stream().filter(a -> a.level() == 1).count(),
                anchors.stream().filter(a -> a.level() == 1).map(Item.Anchor::title).toList().toString());
    }
}
