package cn.paiban.front;

import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import cn.paiban.model.Colophon;
import cn.paiban.model.EditorialBoard;
import cn.paiban.model.Issue;
import cn.paiban.model.Journal;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front-matter facts of 朔州经济 2023年第4期 as the seed prints them (lines 27–170), typed in by hand
 * from the seed so that tests do not depend on the importer. Bodies are one line: the contents need titles.
 */
final class SampleFrontIssue {
    private SampleFrontIssue() {}

    /** Start pages as printed in the contents. */
    static final Map<String, Integer> START_PAGES = new LinkedHashMap<>();

    static {
        START_PAGES.put("editorial", 1);
        START_PAGES.put("feature-1", 4);
        START_PAGES.put("feature-2", 9);
        START_PAGES.put("feature-3", 13);
        START_PAGES.put("econ-1", 15);
        START_PAGES.put("econ-2", 18);
        START_PAGES.put("econ-3", 23);
        START_PAGES.put("econ-4", 28);
        START_PAGES.put("econ-5", 33);
        START_PAGES.put("party-1", 36);
        START_PAGES.put("law-1", 39);
        START_PAGES.put("ref-1", 44);
        START_PAGES.put("news-1", 47);
        START_PAGES.put("news-2", 47);
        START_PAGES.put("table-1", 48);
        START_PAGES.put("notice-1", 8);
    }

    static Issue issue() {
        Colophon colophon = new Colophon("朔州市人民政府", "朔州市人民政府发展研究中心", "刊物信息网络室",
                "全市党政机关、事业单位、企业", "朔州市政府A楼208室", "036002", "(0349)2022519",
                "http://www.shuozhou.gov.cn/fzzx", "szjj2022519@163.com", "朔州市朔城区尼彩印刷有限公司", "1500",
                "山西省内部资料准印证第K163号", "内部资料　免费交流");
        Journal journal = new Journal("朔州经济", "Shuo Zhou Jing Ji", 2023, 4, 171, "双月出版",
                LocalDate.of(2023, 8, 25), colophon,
                List.of("·探讨经济新问题·关注社会新热点·宣传开放新政策·", "·倡导学术新观点·交流发展新经验·融汇经济新信息·"));
        EditorialBoard board = new EditorialBoard(List.of(
                new EditorialBoard.Role("主任", List.of("武跃飞")),
                new EditorialBoard.Role("副主任", List.of("刘宏武", "祁贵")),
                new EditorialBoard.Role("委员", MEMBERS),
                new EditorialBoard.Role("主编", List.of("祁贵")),
                new EditorialBoard.Role("副主编", List.of("戎建仁")),
                new EditorialBoard.Role("执行编辑", List.of("乔静波"))), "以姓氏笔划为序");
        List<Section> sections = List.of(
                new Section("juanshouyu", "卷首语", List.of(
                        article("editorial", ArticleKind.EDITORIAL, "奋楫开新局 逐梦向未来"))),
                new Section("tegao", "本期特稿", List.of(
                        article("feature-1", ArticleKind.FEATURE, "以新气象新作为 推动高质量发展取得新成效"),
                        article("feature-2", ArticleKind.FEATURE, "加快发展县域经济 促进区域协调发展", "赵福军"),
                        article("feature-3", ArticleKind.FEATURE, "打通县域商业体系消费脉络", "漆云兰"))),
                new Section("jingji", "经济社会", List.of(
                        article("econ-1", ArticleKind.FEATURE, "农牧融合发展 盐碱地变了样", "刘鑫焱", "付明丽"),
                        article("econ-2", ArticleKind.FEATURE, "山西朔州构建招商引资“强磁场”", "王爽", "任颢昕"),
                        article("econ-3", ArticleKind.FEATURE, "书写工业固废综合利用高质量发展新篇章", "刘淑花", "武跃林"),
                        article("econ-4", ArticleKind.FEATURE, "风华五年谱华章 城市嬗变展新篇", "王荣", "王晓丽", "唐丽"),
                        article("econ-5", ArticleKind.FEATURE, "七十余载向绿而行 好生态催生新业态", "段思齐"))),
                new Section("dangjian", "党建园地", List.of(
                        article("party-1", ArticleKind.FEATURE, "党建引领网格治理 实现服务群众“零距离”", "张翼翔"))),
                new Section("fazhi", "法制建设", List.of(
                        article("law-1", ArticleKind.FEATURE, "“数字大脑”揪出“车牌硕鼠”", "姜东良", "梁平妮"))),
                new Section("jiejian", "借鉴参考", List.of(
                        article("ref-1", ArticleKind.FEATURE, "厚植生态优势 涵养文化绿洲", "辛泰", "刘晓峰"))),
                new Section("diaocha", "调查信息", List.of(
                        article("news-1", ArticleKind.NEWS, "朔州市上半年经济运行情况"),
                        article("news-2", ArticleKind.NEWS, "全市重点项目建设稳步推进"))),
                new Section("shuzi", "数字朔州", List.of(
                        article("table-1", ArticleKind.TABLE, "2023年朔州市1—7月主要经济指标"))));
        Article notice = new Article("notice-1", ArticleKind.NOTICE, null, "关于《朔州经济》的征稿启事", null, List.of(), null,
                List.of(new Block.Paragraph("朔州市人民政府发展研究中心是朔州市人民政府的直属机构，承担着全市经济社会发展的政策研究、"
                                + "市政府决策咨询、跟踪调研党政决策落实情况、建设新型智库的职能。"),
                        new Block.Paragraph("现向各单位、社会各界广泛征集有利于朔州经济社会发展的建议性稿件。"),
                        new Block.Paragraph("联系人：乔静波"),
                        new Block.Paragraph("联系电话：0349-2022519"),
                        new Block.Paragraph("邮箱：szjj2022519@163.com")),
                null, "刊物信息网络室");
        Article filler = article("filler-1", ArticleKind.FILLER, "补白不进目录");
        PagePlan plan = new PagePlan(1,
                List.of(new PagePlan.Entry("feature-1", 4, 46), new PagePlan.Entry("feature-2", 9, null)),
                List.of(new PagePlan.TemplatePage("board-colophon", 2), new PagePlan.TemplatePage("contents", 3)));
        return new Issue(journal, board, sections, List.of(filler), List.of(notice), plan);
    }

    /** 委员 in the printed order (以姓氏笔划为序 as the office counted). */
    static final List<String> MEMBERS = List.of("王晓东", "王志福", "王虎", "王文娟", "石剑英", "卢生权", "戎建仁", "刘贵龙",
            "刘晓琰", "刘红宇", "连彩霞", "李全胜", "孟福荣", "侯强", "高宇", "高成富", "高明道", "黄军");

    private static Article article(String id, ArticleKind kind, String title, String... authors) {
        return new Article(id, kind, null, title, null, Arrays.stream(authors).map(Author::new).toList(), null,
                List.of(new Block.Paragraph("正文。")), null, null);
    }
}
