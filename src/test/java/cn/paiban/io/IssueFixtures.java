package cn.paiban.io;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Issues built in code for tests: one rich hand-made issue, and random ones from a seed. */
public final class IssueFixtures {
    private IssueFixtures() {}

    /** An issue that uses every part of the model: all block types, optional fields set and unset, a jump. */
    public static Issue rich() {
        Colophon colophon = new Colophon("朔州市发展和改革委员会", "朔州市经济研究中心", "《朔州经济》编辑部", "各级领导及有关部门",
                "朔州市开发区", "036002", "(0349)2022519", "www.example.cn", "sz@example.cn", "朔州市印刷厂", "1000册",
                "山西省内部资料准印证第 K163 号", "内部资料 免费交流");
        Journal journal = new Journal("朔州经济", "Shuo Zhou Jing Ji", 2023, 4, 171, "双月出版", LocalDate.of(2023, 8, 28),
                colophon, List.of("·探讨经济新问题·关注社会新热点·宣传开放新政策·"));
        EditorialBoard board = new EditorialBoard(List.of(
                new EditorialBoard.Role("主任", List.of("王明")),
                new EditorialBoard.Role("委员", List.of("王明", "李华", "张三丰")),
                new EditorialBoard.Role("主编", List.of("周慧芳"))), "以姓氏笔划为序");
        Article editorial = new Article("a01-juanshouyu", ArticleKind.EDITORIAL, null, "卷首语", null, List.of(), null,
                List.of(new Block.Paragraph("金秋时节，硕果累累。")), null, "周慧芳");
        Article feature = new Article("a02-xinqixiang", ArticleKind.FEATURE, "坚持绿色发展主基调", "以新气象新作为 推动高质量发展取得新成效",
                "——2023年上半年经济运行分析", List.of(new Author("王明", "市发改委"), new Author("李华")),
                "核心阅读：上半年全市经济稳中向好。",
                List.of(new Block.Paragraph("今年以来，全市上下坚持稳中求进工作总基调，GDP 增长 5.2%。"),
                        new Block.Subheading(1, List.of("一、主要指标", "稳中有进")),
                        new Block.Quotation("“发展是第一要务。”"),
                        new Block.ListBlock(true, List.of("工业增加值增长", "固定资产投资增长")),
                        new Block.Image("images/chart-1.png", "图1 增长趋势"),
                        new Block.Paragraph("含 \"引号\"、反斜杠 \\ 与制表符\t和换行\n的段落 😀。")),
                "《人民日报》", null);
        Article jumping = new Article("a03-nongmu", ArticleKind.FEATURE, null, "农牧融合发展 盐碱地变了样", null,
                List.of(new Author("张三丰", "朔州市农业农村局")), null,
                List.of(new Block.Paragraph("盐碱地治理。"), new Block.Subheading(2, List.of("小标题"))), null, null);
        Article table = new Article("a04-tongji", ArticleKind.TABLE, null, "2023年朔州市1—7月主要经济指标", null, List.of(), null,
                List.of(new Block.Table("2023年朔州市1—7月主要经济指标", "朔州市统计局",
                        List.of(List.of("指标", "单位", "1—7月", "增长%")),
                        List.of(List.of("地区生产总值", "亿元", "1234.5", "5.2"), List.of("工业增加值", "亿元", "", "-1.0")),
                        "注：部分指标为1—6月数据。")), null, null);
        Article news = new Article("n01-diaocha", ArticleKind.NEWS, null, "调查信息", null, List.of(), null,
                List.of(new Block.Paragraph("一则短讯。")), null, null);
        Article notice = new Article("z01-zhenggao", ArticleKind.NOTICE, null, "征稿启事", null, List.of(), null,
                List.of(new Block.ListBlock(false, List.of("来稿请注明作者", ""))), null, null);
        PagePlan plan = new PagePlan(1, List.of(
                new PagePlan.Entry("a01-juanshouyu", 1, null),
                new PagePlan.Entry("a02-xinqixiang", 4, null),
                new PagePlan.Entry("a03-nongmu", 15, 46),
                new PagePlan.Entry("a04-tongji", null, null)),
                List.of(new PagePlan.TemplatePage("board-contents-colophon", 2)));
        return new Issue(journal, board, List.of(
                new Section("juanshouyu", "卷首语", List.of(editorial)),
                new Section("benqi-tegao", "本期特稿", List.of(feature, jumping)),
                new Section("tongji", "统计数据", List.of(table)),
                new Section("kong", "空栏目", List.of())),
                List.of(news), List.of(notice), plan);
    }

    /** A random issue: random sizes, optional fields, block types and awkward text, all valid. */
    public static Issue random(Random r) {
        List<Section> sections = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int nSections = 1 + r.nextInt(4);
        for (int s = 0; s < nSections; s++) {
            List<Article> articles = new ArrayList<>();
            int n = r.nextInt(4);
            for (int a = 0; a < n; a++) articles.add(randomArticle(r, "s" + s + "-a" + a, ids));
            sections.add(new Section("sec" + s, text(r, 1, 8), articles));
        }
        List<Article> shortItems = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) shortItems.add(randomArticle(r, "short" + i, ids));
        List<Article> notices = new ArrayList<>();
        for (int i = r.nextInt(2); i > 0; i--) notices.add(randomArticle(r, "notice_" + i, ids));
        List<PagePlan.Entry> entries = new ArrayList<>();
        for (String id : ids) {
            if (r.nextBoolean()) continue;
            Integer start = r.nextBoolean() ? 1 + r.nextInt(40) : null;
            Integer cont = start != null && r.nextInt(4) == 0 ? start + 1 + r.nextInt(10) : null;
            entries.add(new PagePlan.Entry(id, start, cont));
        }
        List<PagePlan.TemplatePage> templates = r.nextBoolean()
                ? List.of(new PagePlan.TemplatePage("board-contents-colophon", 2)) : List.of();
        Colophon colophon = new Colophon(opt(r), opt(r), opt(r), opt(r), opt(r), opt(r), opt(r), opt(r), opt(r), opt(r),
                opt(r), opt(r), opt(r));
        Journal journal = new Journal(text(r, 1, 6), opt(r), 2000 + r.nextInt(30), 1 + r.nextInt(6), r.nextInt(300), opt(r),
                LocalDate.of(2000 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28)), colophon, strings(r, 3));
        List<EditorialBoard.Role> roles = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) roles.add(new EditorialBoard.Role(text(r, 1, 4), strings(r, 4)));
        return new Issue(journal, new EditorialBoard(roles, opt(r)), sections, shortItems, notices,
                new PagePlan(1 + r.nextInt(3), entries, templates, r.nextBoolean() ? null : 4 * (1 + r.nextInt(25))));
    }

    private static Article randomArticle(Random r, String id, List<String> ids) {
        ids.add(id);
        List<Author> authors = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) authors.add(new Author(text(r, 1, 4), opt(r)));
        List<Block> body = new ArrayList<>();
        for (int i = r.nextInt(6); i > 0; i--) body.add(randomBlock(r));
        ArticleKind kind = ArticleKind.values()[r.nextInt(ArticleKind.values().length)];
        return new Article(id, kind, opt(r), text(r, 1, 20), opt(r), authors, opt(r), body, opt(r), opt(r));
    }

    private static Block randomBlock(Random r) {
        switch (r.nextInt(6)) {
            case 0: return new Block.Paragraph(text(r, 0, 200));
            case 1: return new Block.Subheading(1 + r.nextInt(3), List.of(text(r, 1, 10), text(r, 0, 10)).subList(0, 1 + r.nextInt(2)));
            case 2: return new Block.Quotation(text(r, 0, 50));
            case 3: return new Block.ListBlock(r.nextBoolean(), strings(r, 4));
            case 4: {
                int w = 1 + r.nextInt(4);
                List<List<String>> header = new ArrayList<>();
                for (int i = r.nextInt(2); i > 0; i--) header.add(row(r, w));
                List<List<String>> rows = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) rows.add(row(r, w));
                return new Block.Table(opt(r), opt(r), header, rows, opt(r));
            }
            default: return new Block.Image("images/img" + r.nextInt(100) + ".png", opt(r));
        }
    }

    private static List<String> row(Random r, int w) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < w; i++) row.add(text(r, 0, 6));
        return row;
    }

    private static List<String> strings(Random r, int max) {
        List<String> out = new ArrayList<>();
        for (int i = r.nextInt(max + 1); i > 0; i--) out.add(text(r, 0, 8));
        return out;
    }

    private static String opt(Random r) {
        return r.nextInt(3) == 0 ? null : text(r, 0, 12);
    }

    /** Characters that stress the format: Han, full-width punctuation, quotes, escapes, controls, astral. */
    private static final String[] PIECES = {"朔", "州", "经", "济", "，", "。", "“", "”", "——", "……", "（", "）", "·",
            "a", "Z", "5", " ", "\"", "\\", "/", "\n", "\t", "\u0001", "\u2028", "😀", "𠀀", "é", "<", "&", "\u3000"};

    /** Random text that is never blank when {@code min} ≥ 1 (titles and names must not be blank). */
    private static String text(Random r, int min, int max) {
        StringBuilder sb = new StringBuilder();
        int n = min + r.nextInt(max - min + 1);
        for (int i = 0; i < n; i++) sb.append(PIECES[r.nextInt(PIECES.length)]);
        if (min > 0 && sb.toString().isBlank()) sb.append('文');
        return sb.toString();
    }
}
