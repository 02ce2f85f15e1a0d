package cn.paiban.io.word;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word 97 .doc through HWPF: small files converted once by LibreOffice from {@link DocFixtures} and from three
 * of {@link SampleManuscripts} (POI cannot write .doc), read with the same rules as .docx.
 */
class DocReaderTest {
    static Path fixture(String name) throws Exception {
        return Path.of(DocReaderTest.class.getResource(name).toURI());
    }

    @Test
    void aWpsFileInWordsBinaryFormReadsAsTheDocAndAnyOtherWpsIsRefusedWithAdvice(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        // WPS 文字 (2005 on) writes .wps as Word 97-2003 does: the same bytes under a .wps name are the same article
        Path wps = java.nio.file.Files.copy(fixture("quirks.doc"), tmp.resolve("来稿.wps"));
        var doc = ManuscriptImporter.read(fixture("quirks.doc"), null, null, t -> "d");
        var r = ManuscriptImporter.read(wps, null, null, t -> "d");
        assertEquals("wps", r.format());
        assertEquals(doc.article(), r.article());
        // an OLE file without Word's stream (Microsoft Works, older WPS) and a file of other bytes: the advice
        String advice = cn.paiban.i18n.Msg.get("import.bad.wps");
        byte[] ole;
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(); var out = new java.io.ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "CONTENTS");
            fs.writeFilesystem(out);
            ole = out.toByteArray();
        }
        for (byte[] bytes : List.of(ole, new byte[] {1, 2, 3}, "WPS".getBytes())) {
            Path other = java.nio.file.Files.write(tmp.resolve("旧稿.wps"), bytes);
            var e = org.junit.jupiter.api.Assertions.assertThrows(ManuscriptException.class,
                    () -> ManuscriptImporter.read(other, null, null, t -> "d"));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(advice) && e.getMessage().contains("旧稿.wps"), e.getMessage());
        }
    }

    @Test
    void quirksOfTheFixture() throws Exception {
        var r = ManuscriptImporter.read(fixture("quirks.doc"), null, null, t -> "d");
        assertEquals("doc", r.format());
        Article a = r.article();
        assertEquals("党建引领网格治理 实现服务群众“零距离”", a.title());
        assertEquals(List.of(new Author("张翼翔", "中共福建省南平市委常委、组织部长")), a.authors());
        assertEquals("网格是基层治理的基本单元。", a.lead());
        assertEquals("《党建研究》", a.source());
        List<Block> body = a.body();
        assertEquals(new Block.Subheading(1, List.of("一、坚持党建引领，激活红色动能")), body.get(0));
        assertEquals(new Block.Paragraph("南平市把党支部建在网格上，让党员沉在网格中。"), body.get(1));
        assertEquals(new Block.Paragraph("这一段从PDF复制而来，在第一行的末尾用了手动换行符，导入时应当接成一个完整的段落。"), body.get(2));
        assertEquals(new Block.Subheading(1, List.of("二、优化机制运行，提高服务效能")), body.get(3));
        assertEquals(new Block.Paragraph("全市共划分网格2860个①。"), body.get(4));
        Block.Table t = (Block.Table) body.get(5);
        assertEquals(List.of("网格", "2860", "3.5"), t.rows().get(t.rows().size() - 1));
        assertEquals(new Block.Notes(List.of("①数据截至2023年6月。")), body.get(body.size() - 1));
    }

    @Test
    void sampleArticlesAsWord97ReadBackAsPrinted() throws Exception {
        Issue sample = IssueStore.load(SampleManuscripts.SAMPLE);
        for (String id : List.of("dangjian-yinling", "woshi-shangban", "datong-xianyu")) {
            var plan = SampleManuscripts.DOZEN.stream().filter(p -> p.articleId().equals(id)).findFirst().orElseThrow();
            Article want = sample.article(id).orElseThrow();
            Article got = ManuscriptImporter.read(fixture(id + ".doc"), plan.kind(), plan.section(), t -> id).article();
            assertEquals(want.title(), got.title(), id);
            assertEquals(want.authors(), got.authors(), id);
            assertEquals(want.source(), got.source(), id);
            assertEquals(want.body(), got.body(), id);
        }
    }
}
