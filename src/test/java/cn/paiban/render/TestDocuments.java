package cn.paiban.render;

import cn.paiban.display.Document;
import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.PageFormat;
import cn.paiban.display.SourceRef;
import cn.paiban.font.Face;
import cn.paiban.font.FaceMetrics;
import cn.paiban.font.FontBook;
import cn.paiban.geom.Mpt;
import cn.paiban.geom.Rect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built display lists for renderer tests, standing in for the layout: 正度16开 pages, a two-column
 * page of justified 宋体 lines on a 15.75 pt grid (the right column on the left's grid), a spanning 黑体
 * title, rules, a box, anchors, a blank padding page.
 */
public final class TestDocuments {
    public static final PageFormat FORMAT = new PageFormat(Mpt.mm(185), Mpt.mm(260), Mpt.mm(3));
    public static final int BODY = 10_500;
    public static final int LEADING = 15_750;
    public static final int MARGIN = Mpt.mm(20);
    public static final int GUTTER = 21_000;
    public static final LocalDate DATE = LocalDate.of(2023, 8, 1);

    public static final String TITLE = "以新气象新作为 推动高质量发展取得新成效";
    public static final List<String> LEFT = List.of(
            "　　今年以来，全市上下坚持以习近平新",
            "时代中国特色社会主义思想为指导，全面",
            "贯彻落实党的二十大精神，牢牢把握高质",
            "量发展，GDP同比增长5.2%。");
    public static final List<String> RIGHT = List.of(
            "　　农牧融合发展，盐碱地变了样。山阴",
            "县坚持“以草定畜、以畜定草”，推动草",
            "畜一体化发展（下转第46页）");

    private TestDocuments() {}

    public static Document sample(FontBook fonts) {
        List<Page> pages = new ArrayList<>();
        pages.add(textPage(fonts, 1));
        pages.add(new Page(2, FORMAT, List.of(), true));
        return new Document("朔州经济 2023年第4期", "探讨经济新问题·关注社会新热点", DATE, pages);
    }

    public static Page textPage(FontBook fonts, int folio) {
        Face song = fonts.primary(FontBook.SONG);
        Face hei = fonts.primary(FontBook.HEI);
        int measure = FORMAT.trimWidth() - 2 * MARGIN;
        int column = (measure - GUTTER) / 2;
        List<Item> items = new ArrayList<>();
        items.add(new Item.Anchor("s1", "本期特稿", 0, MARGIN));
        items.add(new Item.Anchor("a1", TITLE, 1, MARGIN));
        items.add(new Item.Rule(MARGIN, MARGIN - 6000, MARGIN + measure, MARGIN - 6000, 500, Ink.BLACK));
        items.add(centred(fonts, hei, 16_000, TITLE, MARGIN, measure, MARGIN + 20_000, new SourceRef("a1", -1, 0)));
        int top = MARGIN + 2 * LEADING + 20_000;
        for (int i = 0; i < LEFT.size(); i++) {
            items.add(justified(fonts, song, BODY, LEFT.get(i), MARGIN, column, top + i * LEADING,
                    i < LEFT.size() - 1, new SourceRef("a1", 0, i * 25)));
        }
        for (int i = 0; i < RIGHT.size(); i++) {
            items.add(justified(fonts, song, BODY, RIGHT.get(i), MARGIN + column + GUTTER, column, top + i * LEADING,
                    i < RIGHT.size() - 1, new SourceRef("a2", 0, i * 25)));
        }
        int boxTop = top + 6 * LEADING;
        items.add(new Item.Box(new Rect(MARGIN, boxTop, measure, 3 * LEADING), 600, Ink.BLACK, Ink.gray(10)));
        items.add(new Item.Anchor("a2", "农牧融合发展 盐碱地变了样", 1, boxTop));
        items.add(justified(fonts, song, 9000, "核心阅读：本文介绍全市农牧融合发展的新路子。", MARGIN + 9000,
                measure - 18_000, boxTop + LEADING + 3000, false, new SourceRef("a2", -1, 0)));
        items.add(centred(fonts, song, 9000, "·" + folio + "·", MARGIN, measure, FORMAT.trimHeight() - MARGIN / 2,
                SourceRef.PAGE));
        return new Page(folio, FORMAT, items, false);
    }

    /** A line set flush left and right: the slack shared equally between the gaps, as the composer would. */
    public static Item.GlyphRun justified(FontBook fonts, Face face, int size, String text, int x, int width, int baseline,
            boolean justify, SourceRef src) {
        FaceMetrics m = fonts.metrics(face);
        int[] cps = text.codePoints().toArray();
        int[] adv = new int[cps.length];
        int natural = 0;
        for (int i = 0; i < cps.length; i++) {
            adv[i] = m.advance(cps[i], size);
            natural += adv[i];
        }
        int slack = justify && cps.length > 1 ? width - natural : 0;
        int[] xs = new int[cps.length];
        int pen = 0;
        for (int i = 0; i < cps.length; i++) {
            xs[i] = pen + (int) ((long) slack * i / Math.max(1, cps.length - 1)) ;
            pen += adv[i];
        }
        return new Item.GlyphRun(x, baseline, face, size, text, xs, Ink.BLACK, src);
    }

    public static Item.GlyphRun centred(FontBook fonts, Face face, int size, String text, int x, int width, int baseline,
            SourceRef src) {
        Item.GlyphRun r = justified(fonts, face, size, text, 0, width, baseline, false, src);
        int[] xs = r.xs();
        int last = text.codePointBefore(text.length());
        int w = xs[xs.length - 1] + fonts.metrics(face).advance(last, size);
        return new Item.GlyphRun(x + (width - w) / 2, baseline, face, size, text, xs, Ink.BLACK, src);
    }
}
