package cn.paiban.layout;

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

/** Crafted issues for layout tests: seeded pseudo-text of a given size, so every figure is reproducible. */
final class TestIssues {
    private static final String HAN = "经济发展推动高质量县域产业农村消费体系建设改革开放市场政策服务创新城乡协调区域生态资源";
    private static final String PUNCT = "，，，。、";

    private TestIssues() {}

    static Journal journal() {
        Colophon c = new Colophon("主管", "主办", "编辑", "对象", "地址", "036002", "电话", "网址", "email", "印刷",
                "1500", "准印证", "内部资料");
        return new Journal("朔州经济", "Shuo Zhou Jing Ji", 2023, 4, 171, "双月出版", LocalDate.of(2023, 8, 25), c, List.of());
    }

    static Issue issue(List<Section> sections, List<Article> shortItems, List<Article> notices, PagePlan plan) {
        return new Issue(journal(), new EditorialBoard(List.of(), ""), sections, shortItems, notices, plan);
    }

    /** Han text of {@code chars} characters with a comma or stop about every twelve characters. */
    static String text(Random r, int chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chars - 1; i++) {
            sb.append(i % 12 == 11 ? PUNCT.charAt(r.nextInt(PUNCT.length())) : HAN.charAt(r.nextInt(HAN.length())));
        }
        return sb.append('。').toString();
    }

    /** A feature of {@code paragraphs} paragraphs of {@code chars} characters, a subheading every fourth paragraph. */
    static Article feature(String id, long seed, int paragraphs, int chars) {
        Random r = new Random(seed);
        List<Block> body = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && p % 4 == 0) body.add(new Block.Subheading(1, List.of("第" + p + "部分小标题")));
            body.add(new Block.Paragraph(text(r, chars - 10 + r.nextInt(20))));
        }
        return new Article(id, ArticleKind.FEATURE, null, "标题" + id + " 推动发展", null, List.of(new Author("王爽")),
                null, body, "《人民日报》", null);
    }

    static PagePlan.Entry pin(String id, Integer page, Integer continuesOn) {
        return new PagePlan.Entry(id, page, continuesOn);
    }
}
