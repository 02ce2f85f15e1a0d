package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.Block;
import java.util.ArrayList;
import java.util.List;
import cn.paiban.i18n.Msg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParagraphJoinerTest {
    /** The cases quote the importer's English texts; ImportTextCommandTest reads the Chinese report. */
    @BeforeAll
    static void english() { Msg.use("en"); }

    @AfterAll
    static void back() { Msg.use("zh"); }


    /** Units from dump-like lines: blank-separated, with running heads and jump markers as the dump has them. */
    static List<Unit> units(String... lines) {
        List<SourceLine> src = new ArrayList<>();
        int n = 1;
        for (String l : lines) {
            src.add(new SourceLine(n++, l));
            src.add(new SourceLine(n++, ""));
        }
        return UnitReader.units(src);
    }

    private static List<Block> blocks(ImportReport report, String... lines) {
        return new ParagraphJoiner(report).blocks(units(lines));
    }

    @Test
    void aParagraphBrokenAtAColumnEndIsJoinedAndReported() {
        ImportReport r = new ImportReport();
        List<Block> b = blocks(r, "会议对当前我国经济形势作出重要", "分析判断，这是做好下半年经济工作的首要前提。");
        assertEquals(List.of(new Block.Paragraph("会议对当前我国经济形势作出重要分析判断，这是做好下半年经济工作的首要前提。")), b);
        assertEquals(1, r.of(ImportReport.Kind.AMBIGUOUS).size());
    }

    @Test
    void aParagraphRunsOnAcrossARunningHeadAndAWordSplitAtTheBreakIsRejoined() {
        ImportReport r = new ImportReport();
        List<Block> b = blocks(r, "要充分发挥各类经济集聚的载体在县域经济发展中的重要作用。如果能够将主导产业链的上下游环节在园区内集聚发展，则集", "·本期特稿·",
                "聚发展,充分发挥产业集聚效应。");
        assertEquals(1, b.size());
        assertTrue(((Block.Paragraph) b.get(0)).text().endsWith("则集聚发展，充分发挥产业集聚效应。"));
        assertEquals(List.of(), r.of(ImportReport.Kind.AMBIGUOUS), "a long unterminated line before a page break is certain");
    }

    @Test
    void twoShortLinesAreOneSubheadingOfTwoLines() {
        List<Block> b = blocks(new ImportReport(), "经济总体回升向好", "坚持稳中求进工作总基调", "此次会议指出，今年以来，国民经济持续恢复。");
        assertEquals(new Block.Subheading(1, List.of("经济总体回升向好", "坚持稳中求进工作总基调")), b.get(0));
        assertEquals(2, b.size());
    }

    @Test
    void aJumpJoinsTheParagraphAcrossTheMarkers() {
        ImportReport r = new ImportReport();
        List<Block> b = blocks(r, "河畅水清，生态环境大为改善，老（下转第46页）", "(上接第 17 页)石扩种的底气更足了。");
        assertEquals(List.of(new Block.Paragraph("河畅水清，生态环境大为改善，老石扩种的底气更足了。")), b);
    }

    @Test
    void aDoubledOpeningQuoteAtABreakIsDroppedAndReported() {
        ImportReport r = new ImportReport();
        List<Block> b = blocks(r, "就在7月19日，2023“右玉风·西口", "“情”生态文化旅游季系列活动正式拉开帷幕。");
        assertEquals(List.of(new Block.Paragraph("就在7月19日，2023“右玉风·西口情”生态文化旅游季系列活动正式拉开帷幕。")), b);
        assertEquals(1, r.of(ImportReport.Kind.CHANGED).size());
    }

    @Test
    void aSingleShortLineBetweenTwoBreaksDoesNotRunOnAndIsReported() {
        ImportReport r = new ImportReport();
        List<Block> b = blocks(r, "作为工业固废的煤矸石，在山西晋坤", "矿产品股份有限公司,就变成了工业资源", "涂料、橡胶帽、纺织染料……甚至是日常使用的化妆品。");
        assertEquals(2, b.size());
        assertEquals(new Block.Paragraph("作为工业固废的煤矸石，在山西晋坤矿产品股份有限公司，就变成了工业资源"), b.get(0));
        assertTrue(r.of(ImportReport.Kind.AMBIGUOUS).stream().anyMatch(f -> f.message().contains("kept as a new paragraph")));
    }

    @Test
    void contactLinesStayOneAParagraph() {
        List<Block> b = blocks(new ImportReport(), "联系人:乔静波", "联系电话:0349-2022519", "邮箱:szjj2022519@163.com");
        assertEquals(List.of(new Block.Paragraph("联系人：乔静波"), new Block.Paragraph("联系电话：0349-2022519"),
                new Block.Paragraph("邮箱：szjj2022519@163.com")), b);
    }

    @Test
    void aDecisionOverridesTheGuessAndIsNoted() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("decisions", ".txt");
        java.nio.file.Files.writeString(f, "1 subheading  # checked in print\n");
        ImportDecisions d = ImportDecisions.read(f);
        ImportReport r = new ImportReport();
        List<Block> b = new ParagraphJoiner(r, d).blocks(units("打造县域经济“点、线、面”发展格局", "2003年6月，时任浙江省委书记的习近平同志在浙江推动实施“千万工程”。"));
        assertEquals(new Block.Subheading(1, List.of("打造县域经济“点、线、面”发展格局")), b.get(0));
        assertEquals(List.of(), r.of(ImportReport.Kind.AMBIGUOUS));
        d.checkAllUsed();
        java.nio.file.Files.delete(f);
    }
}
