package cn.paiban.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.paiban.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BodyTextTest {

    @Test
    void eachBlockKindHasItsReadableForm() {
        List<Block> blocks = List.of(
                new Block.Paragraph("今年以来，全市经济稳中向好。"),
                new Block.Subheading(1, List.of("一、主要指标", "稳中有进")),
                new Block.Quotation("“发展是第一要务。”"),
                new Block.ListBlock(true, List.of("工业", "投资")),
                new Block.ListBlock(false, List.of("来稿请注明作者")),
                new Block.Image("images/a.png", "图1 增长趋势"),
                new Block.Table("主要经济指标", "朔州市统计局", List.of(List.of("指标", "增长%")),
                        List.of(List.of("地区生产总值", "5.2")), "注：部分为1—6月数据。"),
                new Block.Paragraph("# 不是小标题"));
        String text = BodyText.format(blocks).text();
        assertEquals(String.join("\n",
                "今年以来，全市经济稳中向好。", "",
                "# 一、主要指标 // 稳中有进", "",
                "> “发展是第一要务。”", "",
                "1. 工业", "2. 投资", "",
                "- 来稿请注明作者", "",
                "![图1 增长趋势](images/a.png)", "",
                "【表】主要经济指标", "【发布】朔州市统计局", "!| 指标 | 增长% |", "| 地区生产总值 | 5.2 |", "【注】注：部分为1—6月数据。", "",
                "\\# 不是小标题"), text);
        assertEquals(blocks, BodyText.parse(text).blocks());
    }

    @Test
    void linesTypedInOneChunkAreSeparateParagraphsAndBlankLinesDoNotCount() {
        var p = BodyText.parse("\n\n第一段\n第二段\n\n\n## 二级\n");
        assertEquals(List.of(new Block.Paragraph("第一段"), new Block.Paragraph("第二段"), new Block.Subheading(2, List.of("二级"))),
                p.blocks());
        assertEquals(2, p.spans().get(0).start());
        assertEquals(1, p.blockAt(p.spans().get(1).start() + 1));
        assertEquals(2, p.blockAt(p.text().length()));
    }

    @Test
    void spansPointAtEachBlocksOwnText() {
        var p = BodyText.format(List.of(new Block.Paragraph("甲乙丙"), new Block.Quotation("引文内容"), new Block.Paragraph("#号")));
        String t = p.text();
        assertEquals("乙", t.substring(p.textOffset(0, 1), p.textOffset(0, 1) + 1));
        assertEquals("文", t.substring(p.textOffset(1, 1), p.textOffset(1, 1) + 1));
        assertEquals("号", t.substring(p.textOffset(2, 1), p.textOffset(2, 1) + 1), "after the escape");
        assertEquals(1, p.offsetInBlock(1, p.textOffset(1, 1)));
    }

    /** Property: format then parse gives the blocks back, for random bodies with marker-like text. */
    @Test
    void formatAndParseAreInverse() {
        Random r = new Random(20231028);
        for (int round = 0; round < 500; round++) {
            List<Block> blocks = new ArrayList<>();
            int n = 1 + r.nextInt(6);
            for (int i = 0; i < n; i++) blocks.add(randomBlock(r));
            var formatted = BodyText.format(blocks);
            var parsed = BodyText.parse(formatted.text());
            assertEquals(blocks, parsed.blocks(), formatted.text());
            assertEquals(formatted.spans(), parsed.spans(), formatted.text());
        }
    }

    private static Block randomBlock(Random r) {
        switch (r.nextInt(7)) {
            case 0:
            case 1:
                return new Block.Paragraph(word(r, true));
            case 2:
                return new Block.Subheading(1 + r.nextInt(3), List.of(word(r, false), word(r, false)).subList(0, 1 + r.nextInt(2)));
            case 3:
                return new Block.Quotation(word(r, false));
            case 4:
                return new Block.ListBlock(r.nextBoolean(), List.of(word(r, false), word(r, false)));
            case 5:
                return new Block.Image("images/" + r.nextInt(9) + ".png", word(r, false));
            default:
                return new Block.Table(word(r, false), r.nextBoolean() ? null : word(r, false),
                        List.of(List.of(word(r, false), word(r, false))), List.of(List.of(word(r, false), word(r, false))),
                        r.nextBoolean() ? null : word(r, false));
        }
    }

    private static final String[] PREFIXES = {"# ", "## ", "> ", "- ", "1. ", "【表】", "\\", "![a](b)", "#", ">"};
    private static final String CHARS = "经济发展朔州，。、；：“”（）——…… abcXYZ0123456789%·";

    private static String word(Random r, boolean markerLike) {
        StringBuilder sb = new StringBuilder();
        if (markerLike && r.nextInt(3) == 0) sb.append(PREFIXES[r.nextInt(PREFIXES.length)]);
        int len = 1 + r.nextInt(30);
        for (int i = 0; i < len; i++) sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
        String s = sb.toString().strip();
        return s.isEmpty() || s.contains(" // ") ? "字" : s;
    }
}
