package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableParserTest {

    @Test
    void captionIssuerHeaderRowsAndNote() {
        List<Unit> units = ParagraphJoinerTest.units("2023 年朔州市 1—7 月主要经济指标", "朔州市统计局", "·数字朔州·", "·48·",
                "主要经济指标名称\t全市\t\t朔城区\t", "\t累计完成\t同比增长(%)\t累计完成\t同比增长(%)",
                "第一产业(亿元)\t29.0\t4.1\t5.0\t7.4", "规模以上工业增加值(亿元)\t\t-2.8\t\t-3.2", "注:按照省统计局要求,规上工业增加值绝对量不予以公布。");
        assertTrue(TableParser.isTable(units));
        ImportReport r = new ImportReport();
        Block.Table t = TableParser.parse(units, r);
        assertEquals("2023年朔州市1—7月主要经济指标", t.caption());
        assertEquals("朔州市统计局", t.issuer());
        assertEquals(List.of(List.of("主要经济指标名称", "全市", "", "朔城区", ""), List.of("", "累计完成", "同比增长（%）", "累计完成", "同比增长（%）")), t.header());
        assertEquals(List.of(List.of("第一产业（亿元）", "29.0", "4.1", "5.0", "7.4"), List.of("规模以上工业增加值（亿元）", "", "-2.8", "", "-3.2")), t.rows());
        assertEquals("注：按照省统计局要求，规上工业增加值绝对量不予以公布。", t.note());
        assertEquals(List.of(), r.findings());
    }
}
