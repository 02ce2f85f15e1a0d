package cn.paiban.io.word;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A dozen of the sample issue's articles written back as the office receives them: .docx with the quirks real
 * manuscripts have (Title or centred-bold titles, kickers, —— subtitles, 作者： bylines with affiliations in （）,
 * 核心阅读 as a labelled paragraph or a one-cell table, Heading styles, bold or auto-numbered subheadings, U+3000,
 * space and formatted indents, soft breaks, ASCII punctuation, tracked changes, a comment, hidden text, a
 * footnote, a picture with its caption, a statistics table with merged header cells, source lines, a signature).
 * {@code main(OUT_DIR)} writes them for the acceptance run; the test reads them back against the sample.
 */
public final class SampleManuscripts {
    public static final Path SAMPLE = Path.of("samples/shuozhou-jingji-2023-04");

    /** File stem → section title and kind, in the order an editor would add them. */
    public record Plan(String articleId, String section, ArticleKind kind) {}

    public static final List<Plan> DOZEN = List.of(
            new Plan("juanshouyu", "卷首语", ArticleKind.EDITORIAL),
            new Plan("yixin-qixiang", "本期特稿", ArticleKind.FEATURE),
            new Plan("jiakuai-fazhan", "本期特稿", ArticleKind.FEATURE),
            new Plan("datong-xianyu", "本期特稿", ArticleKind.FEATURE),
            new Plan("nongmu-ronghe", "经济社会", ArticleKind.FEATURE),
            new Plan("shanxi-shuozhou", "经济社会", ArticleKind.FEATURE),
            new Plan("shuxie-gongye", "经济社会", ArticleKind.FEATURE),
            new Plan("fenghua-wunian", "经济社会", ArticleKind.FEATURE),
            new Plan("dangjian-yinling", "党建园地", ArticleKind.FEATURE),
            new Plan("shuzi-danao", "法制建设", ArticleKind.FEATURE),
            new Plan("woshi-shangban", "调查信息", ArticleKind.NEWS),
            new Plan("jingji-zhibiao", "数字朔州", ArticleKind.TABLE));

    private SampleManuscripts() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/manuscripts");
        Files.createDirectories(out);
        for (Path p : write(out)) System.out.println(p);
    }

    /** Writes the dozen as .docx into {@code dir}; returns their paths in {@link #DOZEN} order. */
    public static List<Path> write(Path dir) throws Exception {
        Issue sample = IssueStore.load(SAMPLE);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < DOZEN.size(); i++) {
            Article a = sample.article(DOZEN.get(i).articleId()).orElseThrow();
            out.add(manuscript(a, i).save(dir.resolve(a.id() + ".docx")));
        }
        return out;
    }

    static DocxBuilder manuscript(Article a, int variant) {
        DocxBuilder b = new DocxBuilder();
        boolean styledTitle = variant % 2 == 0;
        if (a.kicker() != null) b.para(a.kicker());
        if (styledTitle || a.kicker() != null) b.styled("Title", a.title().replace(" ", "\u3000"));
        else b.centred(a.title(), true, 18);
        if (a.subtitle() != null) {
            if (a.subtitle().startsWith("——")) b.para(a.subtitle());
            else b.centred(a.subtitle(), false, 0);
        }
        if (!a.authors().isEmpty()) byline(b, a.authors(), variant);
        if (a.lead() != null) {
            if (variant % 3 == 0) b.table(new String[][] {{"【核心阅读】" + a.lead()}});
            else {
                b.bold("核心阅读");
                b.para(a.lead());
            }
        }
        if (a.kind() == ArticleKind.TABLE) {
            statisticsTable(b, a);
            return b;
        }
        BigInteger numbers = null;
        int paragraph = 0;
        for (Block block : a.body()) {
            if (block instanceof Block.Subheading h) {
                subheading(b, h, variant, styledTitle, numbers == null && h.lines().get(0).matches("^[一二三四五六七八九十]+、.*") ? (numbers = b.list("chineseCounting", "%1、")) : numbers);
                continue;
            }
            if (!(block instanceof Block.Paragraph p)) throw new IllegalStateException(block.toString());
            paragraph++;
            body(b, a, p.text(), paragraph, variant);
            if (a.id().equals("shuxie-gongye") && paragraph == 3) {
                b.picture(DocxBuilder.png(1200, 675), "png");
                b.centred("图1 工业固废综合利用基地", false, 9);
            }
        }
        if (a.source() != null) {
            b.para(variant % 2 == 0 ? "（文章来源：" + a.source() + "）" : "来源：" + a.source());
        }
        if (a.signature() != null) {
            XWPFParagraph s = b.para(a.signature());
            s.setAlignment(ParagraphAlignment.RIGHT);
        }
        return b;
    }

    private static void byline(DocxBuilder b, List<Author> authors, int variant) {
        Map<String, List<String>> byAff = new LinkedHashMap<>();
        for (Author au : authors) byAff.computeIfAbsent(au.affiliation() == null ? "" : au.affiliation(), k -> new ArrayList<>()).add(au.name());
        String line = byAff.entrySet().stream().map(e -> String.join(" ", e.getValue()) + (e.getKey().isEmpty() ? "" : "（" + e.getKey() + "）"))
                .collect(Collectors.joining(" "));
        if (variant % 2 == 0) b.para("作者：" + line);
        else b.centred(line.replace(" ", "\u3000"), false, 0);
    }

    private static void subheading(DocxBuilder b, Block.Subheading h, int variant, boolean styledTitle, BigInteger numbers) {
        String first = h.lines().get(0);
        if (numbers != null && first.matches("^[一二三四五六七八九十]+、.*")) {
            b.numbered(numbers, 0, first.substring(first.indexOf('、') + 1), true);
            return;
        }
        String text = String.join("\n", h.lines());
        if (variant % 3 == 1) {
            b.softBrokenBold(text);
        } else {
            b.softBroken(text).setStyle(styledTitle ? "Heading2" : "Heading1");
        }
    }

    /** A body paragraph with this variant's quirks: indents, soft breaks, ASCII punctuation, tracked changes. */
    private static void body(DocxBuilder b, Article a, String text, int n, int variant) {
        String t = text;
        if ((n + variant) % 3 == 0) t = asciiPunctuation(t);
        String indent = switch ((n + variant) % 4) {
            case 0 -> "\u3000\u3000";
            case 1 -> "    ";
            default -> "";
        };
        if (n == 2 && variant % 4 == 1 && t.length() > 12) {
            int third = t.length() / 3;
            b.raw(DocxBuilder.run(indent + t.substring(0, third)) + "<w:ins w:id=\"9\" w:author=\"编辑部\" w:date=\"2023-08-01T00:00:00Z\">"
                    + DocxBuilder.run(t.substring(third, 2 * third)) + "</w:ins><w:del w:id=\"10\" w:author=\"编辑部\" w:date=\"2023-08-01T00:00:00Z\">"
                    + "<w:r><w:delText>（此句删去）</w:delText></w:r></w:del>" + DocxBuilder.run(t.substring(2 * third)));
            return;
        }
        if (n == 3 && variant % 4 == 2) {
            b.raw("<w:commentRangeStart w:id=\"0\"/>" + DocxBuilder.run(indent + t) + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
                    + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>（隐藏的编辑意见）</w:t></w:r>");
            return;
        }
        if (n == 1 && a.id().equals("yixin-qixiang")) {
            b.withNote(indent + t, "本文据新华社电讯稿整理，标题为编者所加。", "", false);
            return;
        }
        int cut = softBreakAt(t);
        XWPFParagraph p = cut > 0 && (n + variant) % 2 == 0 ? b.softBroken(indent + t.substring(0, cut) + "\n" + t.substring(cut)) : b.para(indent + t);
        if ((n + variant) % 4 == 2) p.setIndentationFirstLine(480);
    }

    /** Where a PDF line would end: between two Han characters, well inside a long paragraph; -1 if none. */
    static int softBreakAt(String t) {
        for (int i = 40; i < t.length() - 10; i++) {
            if (cn.paiban.io.plaintext.Chars.isHan(t.charAt(i - 1)) && cn.paiban.io.plaintext.Chars.isHan(t.charAt(i))) return i;
        }
        return -1;
    }

    /** ， ： ； ？ ！ typed as ASCII between Han characters, as people type on an English keyboard. */
    static String asciiPunctuation(String t) {
        StringBuilder sb = new StringBuilder(t);
        for (int i = 1; i + 1 < sb.length(); i++) {
            char c = sb.charAt(i);
            int ascii = switch (c) {
                case '，' -> ',';
                case '：' -> ':';
                case '；' -> ';';
                default -> -1;
            };
            if (ascii > 0 && cn.paiban.io.plaintext.Chars.isHan(sb.charAt(i - 1)) && cn.paiban.io.plaintext.Chars.isHan(sb.charAt(i + 1))) {
                sb.setCharAt(i, (char) ascii);
            }
        }
        return sb.toString();
    }

    /** The statistics page: caption as title, the issuer centred, two header rows with merged cells, the note. */
    private static void statisticsTable(DocxBuilder b, Article a) {
        Block.Table t = (Block.Table) a.body().get(0);
        if (t.issuer() != null) b.centred(t.issuer(), false, 0);
        List<List<String>> all = new ArrayList<>(t.header());
        all.addAll(t.rows());
        int cols = all.get(0).size();
        XWPFTable table = b.doc.createTable(all.size(), cols);
        for (int r = 0; r < all.size(); r++) {
            for (int c = 0; c < cols; c++) table.getRow(r).getCell(c).setText(all.get(r).get(c));
        }
        // header row 1: a name over two rows, each place over two columns (全市 | 累计完成 同比增长)
        for (int r = 0; r < t.header().size(); r++) table.getRow(r).setRepeatHeader(true);
        if (t.header().size() == 2) {
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            for (int c = cols - 1; c >= 1; c--) {
                if (t.header().get(0).get(c).isEmpty() && c - 1 >= 1 && !t.header().get(0).get(c - 1).isEmpty()) {
                    table.getRow(0).getCell(c - 1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
                    table.getRow(0).removeCell(c);
                }
            }
        }
        if (t.note() != null) b.para(t.note());
    }
}
