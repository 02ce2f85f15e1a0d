package cn.paiban.front;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.PageFormat;
import cn.paiban.font.FontBook;
import cn.paiban.geom.Mpt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample's front matter, rendered from the real templates, read back from the PDF Flying Saucer wrote. */
class FrontMatterTest {
    static final Path TEMPLATES = Path.of("templates/shuozhou-jingji");
    static final PageFormat FORMAT = new PageFormat(Mpt.mm(210), Mpt.mm(285), Mpt.mm(3));

    static List<Page> pages;
    static final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void render() throws IOException {
        pages = new FrontMatter(TEMPLATES, FontBook.standard())
                .render(SampleFrontIssue.issue(), SampleFrontIssue.START_PAGES, FORMAT, warnings);
        for (Page p : pages) {
            Item.ForeignPage fp = (Item.ForeignPage) p.items().get(0);
            dump(fp.template(), fp.pdf(), fp.png());
        }
    }

    static Item.ForeignPage foreign(int folio) {
        Page p = pages.stream().filter(x -> x.folio() == folio).findFirst().orElseThrow();
        assertEquals(1, p.items().size());
        return (Item.ForeignPage) p.items().get(0);
    }

    /** The PDF's text with all spacing removed: Flying Saucer and the seed space Han and Latin differently. */
    static String text(Item.ForeignPage fp) throws IOException {
        try (PDDocument d = Loader.loadPDF(fp.pdf())) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return squeeze(stripper.getText(d));
        }
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\u3000]+", "").replace('(', '（').replace(')', '）').replace(':', '：');
    }

    static void assertInOrder(String text, List<String> parts) {
        int at = 0;
        for (String p : parts) {
            int i = text.indexOf(squeeze(p), at);
            assertTrue(i >= 0, "missing or out of order: '" + p + "' after position " + at + " in\n" + text);
            at = i + squeeze(p).length();
        }
    }

    @Test
    void planPagesBecomeForeignPagesAtTheirFolios() throws IOException {
        assertEquals(List.of(2, 3), pages.stream().map(Page::folio).toList());
        for (Page p : pages) {
            Item.ForeignPage fp = (Item.ForeignPage) p.items().get(0);
            assertEquals(FORMAT.trimWidth(), fp.rect().width());
            assertEquals(FORMAT.trimHeight(), fp.rect().height());
            assertEquals(0, fp.pageIndex());
            try (PDDocument d = Loader.loadPDF(fp.pdf())) {
                assertEquals(1, d.getNumberOfPages(), fp.template() + " fits one page");
                var box = d.getPage(0).getMediaBox();
                assertEquals(Mpt.toPt(FORMAT.trimWidth()), box.getWidth(), 0.5);
                assertEquals(Mpt.toPt(FORMAT.trimHeight()), box.getHeight(), 0.5);
            }
            var img = ImageIO.read(new ByteArrayInputStream(fp.png()));
            assertNotNull(img, "PNG decodes");
            assertEquals(210 / 25.4 * TemplateRenderer.RASTER_DPI, img.getWidth(), 1.0);
        }
        assertTrue(warnings.isEmpty(), "no warnings for the complete sample: " + warnings);
    }

    @Test
    void boardNamesInPrintedOrder() throws IOException {
        String t = text(foreign(2));
        List<String> expected = new ArrayList<>(List.of("Shuo Zhou Jing Ji", "朔州经济", "编辑委员会", "主任：武跃飞",
                "副主任：刘宏武 祁 贵", "委员：", "（以姓氏笔划为序）"));
        expected.addAll(SampleFrontIssue.MEMBERS);
        expected.addAll(List.of("主编：祁 贵", "副主编：戎建仁", "执行编辑：乔静波"));
        assertInOrder(t, expected);
    }

    @Test
    void colophonHasEveryField() throws IOException {
        String t = text(foreign(2));
        // Each field on its own (the imprint column beside the table interleaves with it when read by position).
        for (String field : List.of("主 管：朔州市人民政府", "主 办：朔州市人民政府发展研究中心", "编 辑：刊物信息网络室",
                "发送对象：全市党政机关、事业单位、企业", "地 址：朔州市政府 A 楼 208 室", "邮 编：036002",
                "电 话：(0349)2022519", "网 址：http://www.shuozhou.gov.cn/fzzx", "Email：szjj2022519@163.com",
                "印 刷：朔州市朔城区尼彩印刷有限公司", "印 数：1500", "山西省内部资料准印证第 K163 号", "内部资料 免费交流",
                "2023 年 8 月 25 日出版")) {
            assertTrue(t.contains(squeeze(field)), "colophon lacks '" + field + "' in\n" + t);
        }
    }

    @Test
    void contentsListsEveryEntryWithItsStartPage() throws IOException {
        String t = text(foreign(3));
        for (String head : List.of("朔州经济", "Shuo Zhou Jing Ji", "2023年第4期", "总第 171 期(双月出版)", "目录")) {
            assertTrue(t.indexOf(squeeze(head)) < t.indexOf("◆"), head + " heads the page: " + t);
        }
        assertInOrder(t, List.of("·探讨经济新问题·关注社会新热点·宣传开放新政策·", "◆ 卷首语", "奋楫开新局 逐梦向未来 (1)",
                "◆ 本期特稿", "以新气象新作为推动高质量发展取得新成效 (4)",
                "加快发展县域经济 促进区域协调发展 赵福军(9)", "打通县域商业体系消费脉络 漆云兰(13)",
                "◆ 经济社会", "农牧融合发展 盐碱地变了样 刘鑫焱 付明丽(15)", "山西朔州构建招商引资“强磁场” 王 爽 任颢昕(18)",
                "书写工业固废综合利用高质量发展新篇章 刘淑花 武跃林(23)", "风华五年谱华章 城市嬗变展新篇 王 荣 王晓丽 唐 丽(28)",
                "七十余载向绿而行 好生态催生新业态 段思齐(33)",
                "◆ 党建园地", "党建引领网格治理 实现服务群众“零距离” 张翼翔(36)",
                "◆ 法制建设", "“数字大脑”揪出“车牌硕鼠” 姜东良 梁平妮(39)",
                "◆ 借鉴参考", "厚植生态优势 涵养文化绿洲 辛 泰 刘晓峰(44)",
                "◆ 调查信息 (47)",
                "◆ 数字朔州", "2023 年朔州市 1—7 月主要经济指标 (48)",
                "·倡导学术新观点·交流发展新经验·融汇经济新信息·"));
        // The first feature jumps to page 46: the contents give only its start page.
        assertFalse(t.contains("46"), t);
        // News items are listed by their section; fillers and notices not at all.
        assertFalse(t.contains("朔州市上半年经济运行情况"), t);
        assertFalse(t.contains("补白"), t);
        assertFalse(t.contains("征稿"), t);
    }

    @Test
    void contentsFollowTheResolvedPages() throws IOException {
        var moved = new java.util.LinkedHashMap<>(SampleFrontIssue.START_PAGES);
        moved.put("feature-2", 10);
        List<String> w = new ArrayList<>();
        Page p = new FrontMatter(TEMPLATES, FontBook.standard())
                .page("contents", 3, SampleFrontIssue.issue(), moved, FORMAT, w);
        String t = text((Item.ForeignPage) p.items().get(0));
        assertTrue(t.contains(squeeze("赵福军(10)")), t);
        assertFalse(t.contains(squeeze("赵福军(9)")), t);
    }

    @Test
    void callForPapersIsTheNoticeOnAPageOfItsOwn() throws IOException {
        List<String> w = new ArrayList<>();
        Page p = new FrontMatter(TEMPLATES, FontBook.standard())
                .page("call-for-papers", 8, SampleFrontIssue.issue(), SampleFrontIssue.START_PAGES, FORMAT, w);
        Item.ForeignPage fp = (Item.ForeignPage) p.items().get(0);
        dump("call-for-papers", fp.pdf(), fp.png());
        assertInOrder(text(fp), List.of("关于《朔州经济》的征稿启事", "朔州市人民政府发展研究中心是朔州市人民政府的直属机构",
                "广泛征集有利于朔州经济社会发展的建议性稿件", "联系人：乔静波", "联系电话：0349-2022519",
                "邮箱：szjj2022519@163.com", "刊物信息网络室"));
        assertEquals(List.of(), w);
    }

    @Test
    void coverIsAPdfOfItsOwn() throws IOException {
        List<String> w = new ArrayList<>();
        byte[] pdf = new FrontMatter(TEMPLATES, FontBook.standard()).coverPdf(SampleFrontIssue.issue(), FORMAT, w);
        dump("cover", pdf, null);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals(1, d.getNumberOfPages());
            var page = d.getPage(0);
            double b = Mpt.toPt(FORMAT.bleed());
            assertEquals(Mpt.toPt(FORMAT.trimWidth()) + 2 * b, page.getMediaBox().getWidth(), 0.5, "media = trim + bleed");
            assertEquals(b, page.getTrimBox().getLowerLeftX(), 0.5);
            assertEquals(Mpt.toPt(FORMAT.trimHeight()), page.getTrimBox().getHeight(), 0.5);
            assertEquals(page.getMediaBox().getWidth(), page.getBleedBox().getWidth(), 0.5);
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            assertInOrder(squeeze(stripper.getText(d)), List.of("朔州经济", "Shuo Zhou Jing Ji", "2023年第4期", "总第171期",
                    "本期特稿", "以新气象新作为 推动高质量发展取得新成效", "加快发展县域经济 促进区域协调发展",
                    "打通县域商业体系消费脉络"));
        }
        assertEquals(List.of(), w);
    }

    static void dump(String name, byte[] pdf, byte[] png) throws IOException {
        String dump = System.getProperty("paiban.front.dump");
        if (dump == null) return;
        Files.createDirectories(Path.of(dump));
        Files.write(Path.of(dump, name + ".pdf"), pdf);
        if (png != null) Files.write(Path.of(dump, name + ".png"), png);
    }

    @Test
    void inksAreCmykWithBlackTextInKOnly() throws IOException {
        for (Page p : pages) {
            try (PDDocument d = Loader.loadPDF(((Item.ForeignPage) p.items().get(0)).pdf())) {
                var parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(d.getPage(0));
                List<Object> operands = new ArrayList<>();
                int cmykFills = 0;
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op) {
                        String name = op.getName();
                        assertFalse(List.of("rg", "RG", "g", "G", "sc", "scn", "SC", "SCN").contains(name),
                                "non-CMYK colour operator " + name + " on page " + p.folio());
                        if (name.equals("k") && operands.size() == 4) cmykFills++;
                        operands.clear();
                    } else {
                        operands.add(token);
                    }
                }
                assertTrue(cmykFills > 0, "text is painted with k");
            }
        }
        assertEquals(new org.xhtmlrenderer.css.parser.FSCMYKColor(0, 0, 0, 1).toString(),
                CmykOutputDevice.toCmyk(new org.xhtmlrenderer.css.parser.FSRGBColor(0, 0, 0)).toString(), "#000 is K100");
    }

    @Test
    void fontsAreTheBodysAndEmbeddedAsSubsets() throws IOException {
        try (PDDocument d = Loader.loadPDF(foreign(3).pdf())) {
            List<String> names = new ArrayList<>();
            for (var name : d.getPage(0).getResources().getFontNames()) {
                var f = d.getPage(0).getResources().getFont(name);
                names.add(f.getName());
                assertTrue(f.isEmbedded(), f.getName() + " embedded");
                assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), f.getName() + " is a subset");
            }
            String all = String.join(" ", names);
            assertTrue(all.contains("NotoSerifCJKsc"), all);
            assertTrue(all.contains("NotoSansCJKsc-Bold"), all);
            assertTrue(all.contains("LXGWWenKai"), all);
        }
    }

    /**
     * Pages made a moment ago for other start pages are taken where the template fills the same (the board and
     * colophon), and made again where it does not (the contents, which then shows the new page).
     */
    @Test
    void pagesThatFillTheSameAreTakenFromTheEarlierMaking() throws IOException {
        FrontMatter front = new FrontMatter(TEMPLATES, FontBook.standard());
        var issue = SampleFrontIssue.issue();
        List<String> first = new ArrayList<>();
        FrontMatter.Made earlier = front.make(issue, SampleFrontIssue.START_PAGES, FORMAT, first, null);
        var moved = new java.util.LinkedHashMap<>(SampleFrontIssue.START_PAGES);
        moved.put("feature-2", 10);
        List<String> second = new ArrayList<>();
        FrontMatter.Made again = front.make(issue, moved, FORMAT, second, earlier);
        assertEquals(first, second, "the same warnings");
        int contents = -1;
        for (int i = 0; i < again.pages().size(); i++) {
            Item.ForeignPage fp = (Item.ForeignPage) again.pages().get(i).items().get(0);
            if (fp.template().equals("contents")) {
                contents = i;
                org.junit.jupiter.api.Assertions.assertNotSame(earlier.pages().get(i), again.pages().get(i));
                assertTrue(text(fp).contains("（10）"), text(fp));
                assertFalse(text(fp).contains("（9）"), text(fp));
            } else {
                org.junit.jupiter.api.Assertions.assertSame(earlier.pages().get(i), again.pages().get(i), fp.template());
            }
        }
        assertTrue(contents >= 0, "the sample has a contents page");
        assertEquals(2, again.pages().size());
    }

    /**
     * The pages made ahead are keyed by the start pages as the templates show them: the contents lists a section of
     * news items by its first page, so where its second item starts shows nowhere, and pages made with one of two
     * such maps are the pages of the other, taken whole; where the first item or an article starts does show.
     */
    @Test
    void startPagesTheContentsDoesNotShowLeaveThePagesAsTheyAre() throws IOException {
        FrontMatter front = new FrontMatter(TEMPLATES, FontBook.standard());
        var issue = SampleFrontIssue.issue();
        var secondNewsMoved = new java.util.LinkedHashMap<>(SampleFrontIssue.START_PAGES);
        secondNewsMoved.put("news-2", 48);
        var firstNewsMoved = new java.util.LinkedHashMap<>(SampleFrontIssue.START_PAGES);
        firstNewsMoved.put("news-1", 46);
        var articleMoved = new java.util.LinkedHashMap<>(SampleFrontIssue.START_PAGES);
        articleMoved.put("econ-3", 24);
        Object shown = FrontMatter.pagesShown(issue, SampleFrontIssue.START_PAGES);
        assertEquals(shown, FrontMatter.pagesShown(issue, secondNewsMoved));
        assertFalse(shown.equals(FrontMatter.pagesShown(issue, firstNewsMoved)));
        assertFalse(shown.equals(FrontMatter.pagesShown(issue, articleMoved)));
        assertEquals(front.printedText(issue, SampleFrontIssue.START_PAGES), front.printedText(issue, secondNewsMoved));
        assertFalse(front.printedText(issue, SampleFrontIssue.START_PAGES).equals(front.printedText(issue, firstNewsMoved)));

        FrontMatter.Made earlier = front.make(issue, SampleFrontIssue.START_PAGES, FORMAT, new ArrayList<>(), null);
        FrontMatter.Made again = front.make(issue, secondNewsMoved, FORMAT, new ArrayList<>(), earlier);
        for (int i = 0; i < again.pages().size(); i++) {
            org.junit.jupiter.api.Assertions.assertSame(earlier.pages().get(i), again.pages().get(i));
        }
    }

    /**
     * Each template is parsed once while its file is unchanged, and each filling gets a copy of its own: the copy is
     * the parse (elements, attributes, text, source lines), filling one leaves the next untouched, and an edited file
     * is read again.
     */
    @Test
    void templatesAreParsedOnceAndCopiedForEachFilling(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.xhtml");
        Files.writeString(file, "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh\">\n<head><title>甲</title></head>\n"
                + "<body>\n  <p class=\"x\" xml:lang=\"en\">乙 ${journal.name}</p>\n</body></html>\n");
        var parsed = XhtmlParser.parse(file);
        var first = XhtmlParser.parseTemplate(file);
        assertEquals(FrontMatter.Made.snapshot(parsed), FrontMatter.Made.snapshot(first));
        var p = (org.w3c.dom.Element) first.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "p").item(0);
        assertEquals(4, XhtmlParser.lineOf(p));
        assertEquals("en", p.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        p.setTextContent("改过");
        var second = XhtmlParser.parseTemplate(file);
        assertEquals(FrontMatter.Made.snapshot(parsed), FrontMatter.Made.snapshot(second), "the first filling changed only its copy");

        Files.writeString(file, "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>丙丁</p></body></html>");
        var edited = XhtmlParser.parseTemplate(file);
        assertEquals("丙丁", edited.getDocumentElement().getTextContent());

        // an edit of the same length within the clock's tick (a FAT stick keeps times to 2 s): still seen
        var time = Files.getLastModifiedTime(file);
        Files.writeString(file, "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>戊己</p></body></html>");
        Files.setLastModifiedTime(file, time);
        assertEquals("戊己", XhtmlParser.parseTemplate(file).getDocumentElement().getTextContent());
    }
}
