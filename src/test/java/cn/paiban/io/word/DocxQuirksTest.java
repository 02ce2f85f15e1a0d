package cn.paiban.io.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One .docx per quirk real manuscripts have, made with POI here, and what the importer must make of it. */
class DocxQuirksTest {
    @TempDir
    Path tmp;

    private ManuscriptImporter.Result read(DocxBuilder b) throws Exception {
        return read(b, null, null);
    }

    private ManuscriptImporter.Result read(DocxBuilder b, ArticleKind kind, String section) throws Exception {
        Path f = b.save(tmp.resolve("稿件.docx"));
        return ManuscriptImporter.read(f, kind, section, t -> "a1");
    }

    private static List<String> keys(ManuscriptImporter.Result r) {
        return r.notes().stream().map(ImportNote::key).toList();
    }

    private static List<Block> body(ManuscriptImporter.Result r) { return r.article().body(); }

    private static String para(ManuscriptImporter.Result r, int i) { return ((Block.Paragraph) body(r).get(i)).text(); }

    @Test
    void titleFromTitleStyleSubtitleBylineAndSource() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "农牧融合发展 盐碱地变了样");
        b.para("——应县探索盐碱地综合利用");
        b.para("作者：张三 李四（朔州市农业农村局）、王 虎");
        b.para("　　正文第一段。");
        b.para("（文章来源：《山西日报》）");
        Article a = read(b).article();
        assertEquals("农牧融合发展 盐碱地变了样", a.title());
        assertEquals("——应县探索盐碱地综合利用", a.subtitle());
        assertEquals(List.of(new Author("张三", "朔州市农业农村局"), new Author("李四", "朔州市农业农村局"), new Author("王虎")), a.authors());
        assertEquals("《山西日报》", a.source());
        assertEquals(List.of(new Block.Paragraph("正文第一段。")), a.body());
    }

    /**
     * A byline as journals print it: two-character names padded to three (李  明), the unit on a line of its own in
     * parentheses, then 摘要. The padded name was two authors 李 and 明, and the unit the first paragraph of the body,
     * which also kept 摘要 out of the lead.
     */
    @Test
    void paddedNamesAndTheUnitUnderTheByline() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "推动县域经济高质量发展的思考");
        b.centred("王晓东  李  明", false, 0);
        b.centred("（朔州市发展研究中心，山西 朔州 036002）", false, 0);
        b.para("摘要：县域经济是国民经济的基本单元。");
        b.para("县域经济是推动高质量发展的重要支撑。");
        var r = read(b);
        Article a = r.article();
        String unit = "朔州市发展研究中心，山西 朔州036002";   // as the text importer normalises it (no space before digits)
        assertEquals(List.of(new Author("王晓东", unit), new Author("李明", unit)), a.authors());
        assertEquals("县域经济是国民经济的基本单元。", a.lead());
        assertEquals(List.of(new Block.Paragraph("县域经济是推动高质量发展的重要支撑。")), a.body());
        assertTrue(keys(r).contains("import.found.affiliationLine"), keys(r).toString());
        // runs of one-character tokens: pairs, or one name when odd
        assertEquals(List.of("王虎", "李明", "张三"), ArticleShaper.paddedNamesJoined(List.of("王", "虎", "李", "明", "张三")));
        assertEquals(List.of("欧阳修"), ArticleShaper.paddedNamesJoined(List.of("欧", "阳", "修")));
    }

    @Test
    void titleFromCentredBoldLargerParagraphIsAReportedGuess() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.centred("数字赋能 打造智慧大脑", true, 18);
        b.centred("市司法局 赵六", false, 0);
        b.para("正文。");
        var r = read(b);
        assertEquals("数字赋能 打造智慧大脑", r.article().title());
        assertEquals(List.of(new Author("市司法局"), new Author("赵六")).size(), r.article().authors().size());
        assertTrue(keys(r).contains("import.guess.title"), keys(r).toString());
    }

    @Test
    void leadFromLabelledParagraphAndFromOneCellTable() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "标题");
        b.para("核心阅读：全市经济稳中向好。");
        b.para("正文。");
        assertEquals("全市经济稳中向好。", read(b).article().lead());

        DocxBuilder c = new DocxBuilder();
        c.styled("Title", "标题");
        c.table(new String[][] {{"【内容提要】本文讨论县域经济。"}});
        c.para("正文。");
        var r = read(c);
        assertEquals("本文讨论县域经济。", r.article().lead());
        assertEquals(List.of(new Block.Paragraph("正文。")), r.article().body());
    }

    @Test
    void editorialSignature() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "奋楫开新局 逐梦向未来");
        b.para("正文一段。");
        b.para("周慧芳");
        var r = read(b, null, "卷首语");
        assertEquals(ArticleKind.EDITORIAL, r.article().kind());
        assertEquals("周慧芳", r.article().signature());
        assertEquals(1, r.article().body().size());
    }

    @Test
    void headingStylesAndShortBoldParagraphsAreSubheadings() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Heading1", "标题在标题1样式");
        b.para("第一段。");
        b.styled("Heading2", "一、经济总体回升向好");
        b.para("第二段。");
        b.bold("坚持稳中求进");
        b.bold("这一整段虽然加粗，但它是一句完整的话，而且很长很长很长很长很长很长很长很长很长很长很长很长。");
        var r = read(b);
        assertEquals("标题在标题1样式", r.article().title());
        assertEquals(new Block.Subheading(1, List.of("一、经济总体回升向好")), body(r).get(1));
        assertEquals(new Block.Subheading(1, List.of("坚持稳中求进")), body(r).get(3));
        assertTrue(body(r).get(4) instanceof Block.Paragraph);
        assertTrue(keys(r).contains("import.guess.boldHeading"));
        assertEquals(2, r.counts().subheadings());
    }

    @Test
    void automaticNumberingIsWrittenOutCountingPerLevel() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "标题");
        var n = b.list("chineseCounting", "%1、", "chineseCounting", "（%2）", "decimal", "%3.", "decimalEnclosedCircle", "%4");
        b.numbered(n, 0, "总体要求", true);
        b.numbered(n, 1, "指导思想", false);
        b.numbered(n, 1, "基本原则", false);
        b.numbered(n, 2, "坚持创新。", false);
        b.numbered(n, 2, "坚持协调。", false);
        b.numbered(n, 3, "第一点。", false);
        b.numbered(n, 0, "重点任务", true);
        b.numbered(n, 1, "产业升级", false);
        var r = read(b);
        List<String> texts = body(r).stream().map(x -> x instanceof Block.Subheading h ? String.join("", h.lines())
                : ((Block.Paragraph) x).text()).toList();
        assertEquals(List.of("一、总体要求", "（一）指导思想", "（二）基本原则", "1.坚持创新。", "2.坚持协调。", "①第一点。",
                "二、重点任务", "（一）产业升级"), texts);
    }

    @Test
    void indentsAreStrippedAndPunctuationNormalised() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "标题");
        var p = b.para("    全市GDP增长５.５%,比上年提高1.2个百分点;详见http://www.shuozhou.gov.cn/a,b.");
        p.setIndentationFirstLine(480);
        b.para("\u3000\u3000第二段(含括号)?是的!");
        var r = read(b);
        assertEquals("全市GDP增长5.5%，比上年提高1.2个百分点；详见http://www.shuozhou.gov.cn/a,b.", para(r, 0));
        assertEquals("第二段（含括号）？是的！", para(r, 1));
    }

    @Test
    void softBreaksAreJoinedLikeBrokenLines() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "标题");
        b.softBroken("这是从PDF复制出来的一段文字，每一行\n都用了手动换行符，导入时应当接成\n一个完整的段落。");
        b.softBroken("第一段到此结束。\n第二段另起。");
        var r = read(b);
        assertEquals("这是从PDF复制出来的一段文字，每一行都用了手动换行符，导入时应当接成一个完整的段落。", para(r, 0));
        assertEquals("第一段到此结束。", para(r, 1));
        assertEquals("第二段另起。", para(r, 2));
        assertTrue(keys(r).contains("import.guess.softBreaksSplit"));
    }

    @Test
    void trackedChangesAcceptedCommentsAndHiddenTextDropped() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "标题");
        b.raw(DocxBuilder.run("今年") + "<w:ins w:id=\"1\" w:author=\"编辑\"><w:r><w:t>上半年</w:t></w:r></w:ins>"
                + "<w:del w:id=\"2\" w:author=\"编辑\"><w:r><w:delText>全年</w:delText></w:r></w:del>" + DocxBuilder.run("经济向好")
                + "<w:commentRangeStart w:id=\"0\"/>" + DocxBuilder.run("。") + "<w:commentRangeEnd w:id=\"0\"/>"
                + "<w:r><w:commentReference w:id=\"0\"/></w:r>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的话</w:t></w:r>");
        var r = read(b);
        assertEquals("今年上半年经济向好。", para(r, 0));
        assertTrue(keys(r).contains("import.docx.revisions"));
        assertTrue(keys(r).contains("import.docx.comments"));
        assertTrue(keys(r).contains("import.docx.hidden"));
        assertEquals(ImportNote.Level.WARNING, r.notes().stream().filter(n -> n.key().equals("import.docx.revisions")).findFirst().get().level());
    }

    @Test
    void footnotesAndEndnotesKeepMarksAndComeAfterTheBody() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "标题");
        b.withNote("据统计", "数据来自朔州市统计局。", "，增长明显。", false);
        b.withNote("另见", "《山西统计年鉴2023》。", "。", true);
        var r = read(b);
        assertEquals("据统计①，增长明显。", para(r, 0));
        assertEquals("另见②。", para(r, 1));
        assertEquals(new Block.Notes(List.of("①数据来自朔州市统计局。", "②《山西统计年鉴2023》。")), body(r).get(2));
        assertEquals(2, r.counts().notes());
    }

    @Test
    void tablesWithMergedHeaderCells() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "标题");
        b.para("表1 主要指标");
        var t = b.table(new String[][] {{"指标", "2023年", ""}, {"", "绝对值", "增长%"}, {"地区生产总值", "1200", "5.5"}});
        // 2023年 spans two columns; 指标 spans two rows; both header rows repeat
        var c01 = t.getRow(0).getCell(1).getCTTc();
        c01.addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(2));
        t.getRow(0).removeCell(2);
        t.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
        t.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
        t.getRow(0).setRepeatHeader(true);
        t.getRow(1).setRepeatHeader(true);
        b.para("注：增速按可比价计算。");
        var r = read(b);
        Block.Table tb = (Block.Table) body(r).get(0);
        assertEquals("表1主要指标", tb.caption()); // the layout puts its own ¼ em between 1 and 主
        assertEquals(List.of(List.of("指标", "2023年", ""), List.of("", "绝对值", "增长%")), tb.header());
        assertEquals(List.of(List.of("地区生产总值", "1200", "5.5")), tb.rows());
        assertEquals("注：增速按可比价计算。", tb.note());
        assertEquals(1, body(r).size());
    }

    @Test
    void picturesAreCopiedWithTheirCaptionAndMetafilesReported() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "标题");
        b.para("正文。");
        b.picture(DocxBuilder.png(40, 20), "png");
        b.para("图1 应县盐碱地改良前后");
        b.picture(new byte[] {1, 0, 0, 0, 0, 0, 0, 0}, "emf");
        var r = read(b);
        assertEquals(new Block.Image("images/a1-1.png", "图1应县盐碱地改良前后"), body(r).get(1));
        assertEquals("images/a1-1.png", r.images().get(0).path());
        assertTrue(((Block.Image) body(r).get(2)).path().endsWith(".emf"));
        assertTrue(r.notes().stream().anyMatch(n -> n.level() == ImportNote.Level.ERROR && n.key().equals("import.image.metafile")));
        assertEquals(2, r.counts().images());
    }

    @Test
    void textBoxTextIsKeptWithAWarning() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.styled("Title", "标题");
        b.raw(DocxBuilder.run("正文。") + "<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>" + DocxBuilder.run("文本框里的话。")
                + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>");
        var r = read(b);
        assertEquals("正文。", para(r, 0));
        assertEquals("文本框里的话。", para(r, 1));
        assertTrue(keys(r).contains("import.docx.textbox"));
    }

    @Test
    void badFilesAreRefusedWithOneLine() throws Exception {
        Path wps = Files.write(tmp.resolve("稿.wps"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        var e = assertThrows(ManuscriptException.class, () -> ManuscriptImporter.read(wps, null, null, t -> "x"));
        assertTrue(e.getMessage().contains("稿.wps"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        Path broken = Files.write(tmp.resolve("坏.docx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        assertThrows(ManuscriptException.class, () -> ManuscriptImporter.read(broken, null, null, t -> "x"));
        Path png = Files.write(tmp.resolve("图.png"), DocxBuilder.png(4, 4));
        assertThrows(ManuscriptException.class, () -> ManuscriptImporter.read(png, null, null, t -> "x"));
        Path ole = Files.write(tmp.resolve("加密.docx"), encrypted());
        var enc = assertThrows(ManuscriptException.class, () -> ManuscriptImporter.read(ole, null, null, t -> "x"));
        assertTrue(enc.getMessage().contains(cn.paiban.i18n.Msg.get("import.bad.encrypted")), enc.getMessage());
    }

    private static byte[] encrypted() throws Exception {
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(); var out = new java.io.ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void noTitleFallsBackToTheFileName() throws Exception {
        DocxBuilder b = new DocxBuilder();
        b.para("这是第一段，它是一个完整的句子，并不是标题。");
        var r = read(b);
        assertEquals("稿件", r.article().title());
        assertNull(r.article().subtitle());
        assertTrue(keys(r).contains("import.guess.titleFile"));
    }
}
