package cn.paiban.io.word;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

/**
 * The .docx from which the committed Word 97 fixtures (src/test/resources/cn/paiban/io/word/*.doc) were made:
 * POI cannot write .doc, so they were converted once with LibreOffice 7.4
 * ({@code soffice --headless --convert-to doc:"MS Word 97" quirks.docx}). Run {@code main(DIR)} to make them again.
 */
public final class DocFixtures {
    private DocFixtures() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        quirks().save(dir.resolve("quirks.docx"));
    }

    /** Title, byline, lead, auto-numbered bold headings, indents, a soft break, ASCII punctuation, a footnote, a merged table, a source. */
    static DocxBuilder quirks() {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "党建引领网格治理 实现服务群众“零距离”");
        b.para("作者：张翼翔（中共福建省南平市委常委、组织部长）");
        b.para("核心阅读：网格是基层治理的基本单元。");
        var n = b.list("chineseCounting", "%1、");
        b.numbered(n, 0, "坚持党建引领，激活红色动能", true);
        b.para("\u3000\u3000南平市把党支部建在网格上,让党员沉在网格中。");
        b.softBroken("    这一段从PDF复制而来，在第一行的末尾用了手动换行符，导入时\n应当接成一个完整的段落。");
        b.numbered(n, 0, "优化机制运行，提高服务效能", true);
        b.withNote("全市共划分网格2860个", "数据截至2023年6月。", "。", false);
        var t = b.table(new String[][] {{"指标", "2022年", ""}, {"", "数量", "增长%"}, {"网格", "2860", "3.5"}});
        t.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(2));
        t.getRow(0).removeCell(2);
        t.getRow(0).setRepeatHeader(true);
        t.getRow(1).setRepeatHeader(true);
        b.para("（文章来源：《党建研究》）").setAlignment(ParagraphAlignment.RIGHT);
        return b;
    }
}
