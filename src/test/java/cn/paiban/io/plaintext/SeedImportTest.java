package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.Article;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the importer makes of the real seed, place by place (the places the issue and the brief name). */
class SeedImportTest {
    static Issue issue;
    static ImportReport report;

    @BeforeAll
    static void importSeed() throws Exception {
        PlainTextImporter.Result r = PlainTextImporter.importFile(NoTextLostTest.SEED);
        issue = r.issue();
        report = r.report();
    }

    static Article titled(String title) {
        return issue.allArticles().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow(() -> new AssertionError(title));
    }

    static List<String> paragraphs(Article a) {
        return a.body().stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text()).toList();
    }

    @Test
    void titlesKeepTheirDeliberateSpaceAndHeadsAreRead() {
        Article a = titled("以新气象新作为 推动高质量发展取得新成效");
        assertEquals("——从中央政治局会议看2023年下半年经济工作新动向", a.subtitle());
        assertEquals("新华社北京电", a.source());
        assertEquals(new Block.Subheading(1, List.of("经济总体回升向好", "坚持稳中求进工作总基调")), a.body().get(1));
        assertTrue(paragraphs(a).contains("会议对当前我国经济形势作出重要分析判断，这是做好下半年经济工作的首要前提。"));
        assertTrue(paragraphs(a).get(0).startsWith("2023年是全面贯彻落实党的二十大精神的开局之年"));
        assertEquals("山西朔州持续科学改良、因地制宜治理——", titled("农牧融合发展 盐碱地变了样").kicker());
        assertEquals("坚持绿色发展主基调", titled("山西朔州构建招商引资“强磁场”").kicker());
        assertEquals(List.of(new Author("赵福军", "国务院发展研究中心对外经济研究部综合研究室主任、研究员")),
                titled("加快发展县域经济 促进区域协调发展").authors());
        assertTrue(titled("加快发展县域经济 促进区域协调发展").lead().startsWith("区域协调发展不仅包括东中西部地区协调发展"));
        assertEquals("周慧芳", titled("奋楫开新局 逐梦向未来").signature());
    }

    @Test
    void theJumpedArticleIsWholeAndEndsWithItsSource() {
        Article a = titled("农牧融合发展 盐碱地变了样");
        assertTrue(paragraphs(a).stream().anyMatch(p -> p.endsWith("生态环境大为改善，老石扩种的底气更足了。")));
        assertEquals("《人民日报》", a.source());
        assertTrue(paragraphs(a).get(paragraphs(a).size() - 1).startsWith("虽然每天都在稻田里忙"));
        assertFalse(paragraphs(titled("厚植生态优势 涵养文化绿洲")).stream().anyMatch(p -> p.contains("老石")),
                "the continuation is not left in the article printed before it");
    }

    @Test
    void noPageFurnitureOrMarkersSurvive() {
        for (Article a : issue.allArticles()) {
            for (String p : paragraphs(a)) {
                assertFalse(p.contains("下转") || p.contains("上接") || p.contains("·本期特稿·") || p.contains("·党建园地·"), p);
                assertFalse(p.matches(".*\\p{IsHan} +\\d.*|.*\\d +\\p{IsHan}.*"), "space between Han and digits: " + p);
                assertFalse(p.matches(".*\\p{IsHan}[,:;?]\\S.*"), "ASCII punctuation in Chinese text: " + p);
            }
        }
    }

    @Test
    void tableNoticeNewsBoardAndColophon() {
        Article t = titled("2023年朔州市1—7月主要经济指标");
        Block.Table table = (Block.Table) t.body().get(0);
        assertEquals("朔州市统计局", table.issuer());
        assertEquals(2, table.header().size());
        assertEquals(15, table.rows().size());
        assertTrue(table.rows().stream().allMatch(r -> r.size() == 17));
        assertEquals(List.of("居民消费价格指数（%）", "100.4", "0.4"), table.rows().get(14).subList(0, 3));
        assertTrue(table.note().startsWith("注：按照省统计局要求"));
        Article notice = issue.notices().get(0);
        assertEquals("刊物信息网络室", notice.signature());
        assertTrue(paragraphs(notice).contains("联系电话：0349-2022519"));
        assertTrue(paragraphs(notice).contains("邮箱：szjj2022519@163.com"));
        assertEquals(List.of("祁贵"), issue.board().roles().stream().filter(r -> r.title().equals("主编")).findFirst().orElseThrow().names());
        var c = issue.journal().colophon();
        assertEquals("朔州市政府A楼208室", c.address());
        assertEquals("http://www.shuozhou.gov.cn/fzzx", c.website());
        assertEquals("(0349)2022519", c.phone());
        assertEquals("内部资料 免费交流", c.distribution());
    }

    @Test
    void theReportAsksAboutEveryGuess() {
        List<Integer> asked = report.of(ImportReport.Kind.AMBIGUOUS).stream().map(ImportReport.Finding::line).toList();
        // the band lines (fragments or headings), the unlisted items and the one-line piece on page 33
        for (int line : List.of(184, 360, 400, 466, 600, 602, 876, 1020, 1022, 306)) assertTrue(asked.contains(line), "line " + line + " in " + asked);
        // certain cases are not asked about: page breaks, numbered and two-line headings, open quotes
        for (int line : List.of(178, 222, 576, 806, 848)) assertFalse(asked.contains(line), "line " + line);
    }
}
