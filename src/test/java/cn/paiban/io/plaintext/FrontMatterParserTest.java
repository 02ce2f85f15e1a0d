package cn.paiban.io.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.EditorialBoard;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import cn.paiban.i18n.Msg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages 2–3 as a dump holds them, in small: masthead, board, contents with masthead lines mixed in, colophon. */
class FrontMatterParserTest {
    /** The cases quote the importer's English texts; ImportTextCommandTest reads the Chinese report. */
    @BeforeAll
    static void english() { Msg.use("en"); }

    @AfterAll
    static void back() { Msg.use("zh"); }

    static final Path FILE = Path.of("case.txt");

    static List<SourceLine> lines(String text) {
        List<SourceLine> out = new ArrayList<>();
        String[] l = text.split("\n", -1);
        for (int i = 0; i < l.length; i++) out.add(new SourceLine(i + 1, l[i]));
        return out;
    }

    static final String FRONT = """
            Shuo Zhou Jing Ji
            朔州经济
            编辑委员会
            主任:武跃飞
            副主任:刘宏武 祁 贵
            委员:
            (以姓氏笔划为序)
            王晓东 王志福 王 虎
            主编:祁 贵
            朔州经济 2023年第4期
            ◆ 卷首语
            奋楫开新局 逐梦向未来
            (1)
            ◆ 本期特稿
            加快发展县域经济 促进区域协调发展
            赵福军(9)
            ·探讨经济新问题·关注社会新热点·宣传开放新政策·
            总第 171 期(双月出版) 目录
            党建引领网格治理 实现服务群众“零
            距离”
            张翼翔(36)
            ◆ 调查信息
            (47)
            Shuo Zhou Jing Ji
            朔州经济
            主 管:朔州市人民政府
            地 址:朔州市政府 A 楼 208 室
            电 话:(0349)2022519
            网 址:<http://www.shuozhou.gov.cn/fzzx>
            Email:szjj2022519@163.com
            山西省内部资料准印证第 K163 号
            内部资料 免费交流
            2023 年 8 月 25 日出版
            ·倡导学术新观点·交流发展新经验·融汇经济新信息·

            以新气象新作为 推动高质量发展取得新成效
            """;

    @Test
    void readsMastheadBoardContentsAndColophonAndStopsAtTheBody() throws Exception {
        ImportReport r = new ImportReport();
        List<SourceLine> lines = lines(FRONT);
        FrontMatter fm = FrontMatterParser.parse(FILE, lines, 0, r);
        assertEquals("朔州经济", fm.name());
        assertEquals("Shuo Zhou Jing Ji", fm.pinyin());
        assertEquals(2023, fm.year());
        assertEquals(4, fm.issueNumber());
        assertEquals(171, fm.totalNumber());
        assertEquals("双月出版", fm.frequency());
        assertEquals(LocalDate.of(2023, 8, 25), fm.publicationDate());
        assertEquals(List.of(new EditorialBoard.Role("主任", List.of("武跃飞")), new EditorialBoard.Role("副主任", List.of("刘宏武", "祁贵")),
                new EditorialBoard.Role("委员", List.of("王晓东", "王志福", "王虎")), new EditorialBoard.Role("主编", List.of("祁贵"))), fm.board().roles());
        assertEquals("以姓氏笔划为序", fm.board().note());
        assertEquals("朔州市政府 A 楼 208 室", fm.colophon().get("地址"), "raw: the importer normalises when it builds the model");
        assertEquals("(0349)2022519", fm.colophon().get("电话"));
        assertEquals("szjj2022519@163.com", fm.colophon().get("Email"));
        assertEquals("山西省内部资料准印证第 K163 号", fm.colophon().get("准印证号"));
        assertEquals(2, fm.slogans().size());
        assertEquals("以新气象新作为 推动高质量发展取得新成效", lines.get(fm.bodyStart()).text());

        Contents c = fm.contents();
        assertEquals(List.of("卷首语", "本期特稿", "调查信息"), c.sections().stream().map(Contents.Section::title).toList());
        assertEquals(List.of(new Contents.Entry("加快发展县域经济 促进区域协调发展", List.of("赵福军"), 9, 15),
                new Contents.Entry("党建引领网格治理 实现服务群众“零距离”", List.of("张翼翔"), 36, 19)), c.sections().get(1).entries());
        assertEquals(47, c.sections().get(2).page());
        assertTrue(c.sections().get(2).entries().isEmpty());
        assertNull(c.sections().get(0).page());
    }

    @Test
    void aContentsEntryWithoutPageIsAnErrorNamingItsLine() {
        String bad = FRONT.replace("赵福军(9)\n", "");
        ImportException e = assertThrows(ImportException.class, () -> FrontMatterParser.parse(FILE, lines(bad), 0, new ImportReport()));
        assertTrue(e.getMessage().startsWith("case.txt:15: contents entry \"加快发展县域经济 促进区域协调发展\""), e.getMessage());
    }

    @Test
    void anUnknownBoardLineIsAnError() {
        String bad = FRONT.replace("主编:祁 贵\n", "这一行不是编委名单，而是一句话。\n");
        ImportException e = assertThrows(ImportException.class, () -> FrontMatterParser.parse(FILE, lines(bad), 0, new ImportReport()));
        assertTrue(e.getMessage().contains(":9: editorial board line not understood"), e.getMessage());
    }
}
