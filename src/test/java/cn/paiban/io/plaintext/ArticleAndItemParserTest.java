package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.paiban.model.Author;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAndItemParserTest {

    @Test
    void bylineWithAffiliationLeadAndSource() {
        List<Unit> u = ParagraphJoinerTest.units("加快发展县域经济 促进区域协调发展", "国务院发展研究中心对外经济研究部综合研究室主任、研究员 赵福军",
                "核心阅读", "区域协调发展不仅包括东中西部地区协调发展。", "党的二十大报告提出“促进区域协调发展”。", "(文章来源:《湖南日报》)", "关于《朔州经济》的征稿启事");
        ArticleParser.Parsed p = ArticleParser.parse(u, 0, List.of("赵福军"), new ImportReport());
        assertEquals(List.of(new Author("赵福军", "国务院发展研究中心对外经济研究部综合研究室主任、研究员")), p.draft().authors);
        assertEquals("区域协调发展不仅包括东中西部地区协调发展。", p.draft().lead);
        assertEquals("《湖南日报》", p.draft().source);
        assertEquals(1, p.draft().body.size());
        assertEquals(1, p.rest().size(), "what follows the source line is not this article's");
    }

    @Test
    void kickerSubtitleWithoutDashAndPaddedNames() {
        List<Unit> u = ParagraphJoinerTest.units("坚持绿色发展主基调", "“数字大脑”揪出“车牌硕鼠”", "山东检察从“小切口”入手构建大数据法律监督模型", "王 爽 任颢昕", "正文第一段。");
        ImportReport r = new ImportReport();
        ArticleParser.Parsed p = ArticleParser.parse(u, 1, List.of("王爽", "任颢昕"), r);
        assertEquals("坚持绿色发展主基调", p.draft().kicker);
        assertEquals("山东检察从“小切口”入手构建大数据法律监督模型", p.draft().subtitle);
        assertEquals(List.of(new Author("王爽"), new Author("任颢昕")), p.draft().authors);
        assertEquals(1, r.of(ImportReport.Kind.AMBIGUOUS).size(), "a subtitle without —— is reported");
    }

    @Test
    void aMissingBylineFallsBackToTheContentsAndIsReported() {
        List<Unit> u = ParagraphJoinerTest.units("打通县域商业体系消费脉络", "县域商业体系为我国超 7 亿县域常住群众的生产生活和就业提供服务。");
        ImportReport r = new ImportReport();
        ArticleParser.Parsed p = ArticleParser.parse(u, 0, List.of("漆云兰"), r);
        assertEquals(List.of(new Author("漆云兰")), p.draft().authors);
        assertEquals(1, r.of(ImportReport.Kind.AMBIGUOUS).size());
    }

    @Test
    void unlistedItemsSplitAtATitleAfterAFinishedParagraph() {
        List<Unit> u = ParagraphJoinerTest.units("我市上半年市场主体净增率全省第一", "据省优化营商环境促进市场主体倍增工作专班通报，1至6月，我市市场主体累计净增率全省第一。",
                "让红山荞麦“红”起来", "“云遇中国”直播示范基地落户平鲁区", "8月8日，直播示范基地正式落户我市平鲁区。",
                "红山荞麦是平鲁区特产、中国地理标", "志产品，也是山西小杂粮的优秀代表。");
        ImportReport r = new ImportReport();
        List<List<Unit>> items = ItemParser.split(u, r);
        assertEquals(2, items.size());
        Draft second = ItemParser.parse(items.get(1), r);
        assertEquals("让红山荞麦“红”起来", second.title);
        assertEquals("“云遇中国”直播示范基地落户平鲁区", second.subtitle);
        assertEquals(3, second.body.size(), "the line that fills a column is not a new item");
        assertNull(second.signature);
    }

    @Test
    void aNoticeEndsWithItsSignature() {
        List<Unit> u = ParagraphJoinerTest.units("关于《朔州经济》的征稿启事", "现向各单位、社会各界广泛征集建议性稿件。", "联系人:乔静波", "刊物信息网络室");
        Draft d = ItemParser.parse(u, new ImportReport());
        assertEquals("刊物信息网络室", d.signature);
        assertEquals(2, d.body.size());
    }
}
