package cn.paiban.io.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.paiban.io.plaintext.Chars;
import cn.paiban.model.Article;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No text lost: random Word documents (paragraphs, bold runs, soft breaks, automatic numbering, footnotes,
 * tables, indents, ASCII punctuation), seeded; every Han character typed comes out of the importer, in order.
 */
class WordNoTextLostTest {
    /** Han characters the generator types: none that starts a label the importer strips (作者：, 来源：, 核心阅读, 图1, 表1, 注：). */
    static final String HAN = "经济发展朔州市县域产业农业工业数字政府企业改革开放创新协调绿色共享高质量推动建设项目投资消费增长城乡居民收入就业民生社会治理法治党建乡村振兴";
    static final String PUNCT = "，。、；：？！“”（）";
    @TempDir Path tmp;

    @Test
    void everyHanCharacterComesOutInOrder() throws Exception {
        for (int seed = 1; seed <= 40; seed++) {
            Random rnd = new Random(seed);
            StringBuilder typed = new StringBuilder();
            StringBuilder notes = new StringBuilder();
            DocxBuilder b = new DocxBuilder();
            BigInteger list = b.list("chineseCounting", "%1、", "decimal", "%2.");
            int paras = 3 + rnd.nextInt(25);
            for (int p = 0; p < paras; p++) {
                int what = rnd.nextInt(10);
                if (what == 0) {
                    String[][] cells = new String[1 + rnd.nextInt(4)][1 + rnd.nextInt(4)];
                    for (String[] row : cells) for (int c = 0; c < row.length; c++) { row[c] = text(rnd, 1 + rnd.nextInt(6)); typed.append(row[c]); }
                    b.table(cells);
                    continue;
                }
                XWPFParagraph para = b.doc.createParagraph();
                if (what == 1) {
                    para.setNumID(list);
                    para.setNumILvl(BigInteger.valueOf(rnd.nextInt(2)));
                }
                if (rnd.nextInt(4) == 0) para.setIndentationFirstLine(420);
                int runs = 1 + rnd.nextInt(5);
                for (int r = 0; r < runs; r++) {
                    XWPFRun run = para.createRun();
                    run.setBold(rnd.nextInt(3) == 0);
                    String t = (r == 0 && rnd.nextInt(5) == 0 ? "\u3000\u3000" : "") + text(rnd, 1 + rnd.nextInt(30));
                    if (rnd.nextInt(6) == 0) {
                        run.setText(t.substring(0, t.length() / 2), 0);
                        run.addBreak();
                        run.setText(t.substring(t.length() / 2), 1);
                    } else {
                        run.setText(t);
                    }
                    typed.append(t);
                    if (rnd.nextInt(12) == 0) {
                        String n = text(rnd, 3 + rnd.nextInt(10));
                        var fn = b.doc.createFootnote();
                        fn.createParagraph().createRun().setText(n);
                        para.addFootnoteReference(fn);
                        notes.append(n);
                    }
                }
            }
            Path f = b.save(tmp.resolve("random-" + seed + ".docx"));
            var result = ManuscriptImporter.read(f, null, null, t -> "r");
            String want = Chars.han(typed.toString() + notes);
            // automatic numbers add 一二三…, which the generator never types: all else must be exactly what was typed
            String got = Chars.han(flatten(result.article())).replaceAll("[一二三四五六七八九十]", "");
            assertEquals(want, got, "seed " + seed + ": Han text lost, added or reordered");
        }
    }

    private static String text(Random rnd, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(20);
            if (k == 0) sb.append(PUNCT.charAt(rnd.nextInt(PUNCT.length())));
            else if (k == 1) sb.append(",.;:?!()".charAt(rnd.nextInt(8)));
            else if (k == 2) sb.append(rnd.nextInt(100));
            else if (k == 3) sb.append(' ');
            else sb.append(HAN.charAt(rnd.nextInt(HAN.length())));
        }
        return sb.toString();
    }

    /** The article's text in reading order: head, body blocks, notes, source, signature. */
    static String flatten(Article a) {
        StringBuilder sb = new StringBuilder(a.title());
        if (a.subtitle() != null) sb.append(a.subtitle());
        for (Author au : a.authors()) sb.append(au.name()).append(au.affiliation() == null ? "" : au.affiliation());
        if (a.lead() != null) sb.append(a.lead());
        for (Block b : a.body()) {
            if (b instanceof Block.Paragraph p) sb.append(p.text());
            else if (b instanceof Block.Subheading h) h.lines().forEach(sb::append);
            else if (b instanceof Block.Table t) {
                if (t.caption() != null) sb.append(t.caption());
                t.header().forEach(r -> r.forEach(sb::append));
                t.rows().forEach(r -> r.forEach(sb::append));
                if (t.note() != null) sb.append(t.note());
            } else if (b instanceof Block.Notes n) n.items().forEach(sb::append);
            else if (b instanceof Block.Image im && im.caption() != null) sb.append(im.caption());
            else if (b instanceof Block.Quotation q) sb.append(q.text());
            else if (b instanceof Block.ListBlock l) l.items().forEach(sb::append);
        }
        if (a.source() != null) sb.append(a.source());
        if (a.signature() != null) sb.append(a.signature());
        return sb.toString();
    }
}
