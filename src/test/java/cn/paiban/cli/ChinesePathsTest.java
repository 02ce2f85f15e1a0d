package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders and files named as offices name them: Chinese, with spaces, and with characters GBK lacks that GB18030
 * has (䶮 U+4DAE of CJK Extension A, 𠀾 U+2003E of Extension B) — issue folder, template-free commands, a
 * GB18030 manuscript, an image, the PDF and the PNG proofs, all through the CLI.
 */
class ChinesePathsTest {
    static final String RARE = "䶮𠀾";

    @Test
    void theWholeRoadThroughFoldersAndFilesWithChineseNamesSpacesAndGb18030OnlyCharacters(@TempDir Path tmp) throws Exception {
        Path office = Files.createDirectories(tmp.resolve("编辑部 " + RARE));
        Path issue = SampleCopy.copy(office.resolve("2023年 第4期"));

        // an image with a Chinese name in the issue's images/, placed in an article
        Path images = Files.createDirectories(issue.resolve("图片 资料"));
        BufferedImage png = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(png, "png", images.resolve("县域 " + RARE + ".png").toFile());
        Issue loaded = IssueStore.load(issue);
        Article a = loaded.article("yixin-qixiang").orElseThrow();
        List<Block> body = new java.util.ArrayList<>(a.body());
        body.add(1, new Block.Image("图片 资料/县域 " + RARE + ".png", "图1 县域 " + RARE));
        Article changed = a.withBody(body);
        IssueStore.save(loaded.withSections(loaded.sections().stream().map(sec -> new cn.paiban.model.Section(sec.id(), sec.title(),
                sec.articles().stream().map(x -> x.id().equals(changed.id()) ? changed : x).toList())).toList()), issue);

        // export and proofs into folders with such names
        Path pdf = Files.createDirectories(office.resolve("成品 " + RARE)).resolve("本期 样刊 " + RARE + ".pdf");
        SampleCopy.Run export = SampleCopy.run("export", issue.toString(), "-o", pdf.toString());
        assertEquals(0, export.code(), export.all());
        try (var d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(48, d.getNumberOfPages());
            String all = new PDFTextStripper().getText(d).replaceAll("\\s", "");
            int at = all.indexOf("图1");
            assertTrue(all.contains("图1县域"), at < 0 ? export.all() : all.substring(at, Math.min(all.length(), at + 40)));
        }
        Path proofs = office.resolve("校样 " + RARE);
        SampleCopy.Run render = SampleCopy.run("render", issue.toString(), "--pages", "1-2", "-o", proofs.toString(), "--dpi", "30");
        assertEquals(0, render.code(), render.all());
        try (var s = Files.list(proofs)) {
            assertEquals(2, s.filter(p -> p.toString().endsWith(".png")).count());
        }

        // the next issue, and a manuscript saved in GB18030 with a rare character in its name and text
        Path next = office.resolve("2023年 第5期 " + RARE);
        SampleCopy.Run created = SampleCopy.run("new", next.toString(), "--like", issue.toString());
        assertEquals(0, created.code(), created.all());
        Path manuscripts = Files.createDirectories(office.resolve("稿件 " + RARE));
        String text = "县域经济 " + RARE + "\n\n作者：王晓东\n\n县域经济是国民经济的基本单元，" + RARE + "字也要排出来。\n";
        Path txt = Files.write(manuscripts.resolve("县域 经济 " + RARE + ".txt"), text.getBytes(Charset.forName("GB18030")));
        // --encoding overrides the detection: named wrongly, the file is refused and says why
        SampleCopy.Run wrong = SampleCopy.run("add", next.toString(), txt.toString(), "--section", "本期特稿", "--encoding", "UTF-8");
        assertEquals(1, wrong.code(), wrong.all());
        assertTrue(wrong.err().contains("不是 UTF-8 编码") && wrong.err().contains("县域 经济 " + RARE + ".txt"), wrong.err());
        SampleCopy.Run added = SampleCopy.run("add", next.toString(), txt.toString(), "--section", "本期特稿", "--encoding", "GB18030");
        assertEquals(0, added.code(), added.all());
        assertFalse(added.out().contains("GB18030（把握"), "named, not guessed: " + added.out());
        Issue after = IssueStore.load(next);
        Article imported = after.sections().stream().flatMap(s -> s.articles().stream()).findFirst().orElseThrow();
        assertTrue(imported.title().contains(RARE) || imported.body().toString().contains(RARE), imported.toString());
        SampleCopy.Run preflight = SampleCopy.run("preflight", next.toString());
        assertTrue(preflight.code() == 0 || preflight.code() == 1, preflight.all());
        assertFalse(preflight.all().contains("Malformed") || preflight.all().contains("Exception"), preflight.all());
    }
}
