package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.io.IssueStore;
import cn.paiban.model.Article;
import cn.paiban.proof.Anchor;
import cn.paiban.proof.Anchors;
import cn.paiban.proof.Mark;
import cn.paiban.proof.MarkKind;
import cn.paiban.proof.MarkStatus;
import cn.paiban.proof.Marks;
import cn.paiban.proof.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof PDF: every open mark of the round as a standard annotation PDFBox reads back with its author and text, the
 * round in the margin, none in the print export; proof-import of that PDF gives the same marks.
 */
class ProofPdfTest {
    @TempDir
    Path tmp;

    static final Instant T = Instant.parse("2026-12-04T09:00:00Z");

    private static List<Mark> marks(Article a) {
        String id = a.id();
        String t = Anchors.text(a, 0), u = Anchors.text(a, 1);
        Mark query = Mark.open("1-张三-7", 1, "张三", MarkKind.QUERY, Anchor.in(id, 1, u, 3, 6), null, "数字对吗？", "#cc0000", T)
                .withReply(new Reply("编辑", "已核对，无误", T.plusSeconds(60)));
        return List.of(
                Mark.open("1-张三-1", 1, "张三", MarkKind.REPLACE, Anchor.in(id, 0, t, 2, 4), null, "甲乙", "#cc0000", T),
                Mark.open("1-张三-2", 1, "张三", MarkKind.DELETE, Anchor.in(id, 0, t, 10, 12), null, null, "#cc0000", T),
                Mark.open("1-张三-3", 1, "张三", MarkKind.INSERT, Anchor.in(id, 0, t, 15, 15), null, "丙", "#cc0000", T),
                Mark.open("1-张三-4", 1, "张三", MarkKind.SWAP, Anchor.in(id, 0, t, 20, 22), Anchor.in(id, 0, t, 24, 26), null, "#cc0000", T),
                Mark.open("1-张三-5", 1, "张三", MarkKind.SPLIT, Anchor.in(id, 0, t, 30, 30), null, null, "#cc0000", T),
                Mark.open("1-张三-6", 1, "张三", MarkKind.JOIN, Anchor.in(id, 1, u, 0, 0), null, null, "#cc0000", T),
                query);
    }

    @Test
    void theProofCarriesEveryOpenMarkAndTheExportNone() throws Exception {
        Path dir = SampleCopy.copy(tmp.resolve("issue"));
        Article a = IssueStore.load(dir).sections().get(1).articles().get(0);
        List<Mark> mine = marks(a);
        List<Mark> all = new ArrayList<>(mine);
        all.add(Mark.open("1-李四-1", 1, "李四", MarkKind.DELETE, Anchor.in(a.id(), 0, Anchors.text(a, 0), 40, 41), null, null, "#0000cc", T));
        all.add(Mark.open("1-李四-2", 1, "李四", MarkKind.DELETE, Anchor.in(a.id(), 0, Anchors.text(a, 0), 44, 45), null, null, "#0000cc", T)
                .withStatus(MarkStatus.DECLINED));
        Marks.of(all).save(dir);

        Path proof = tmp.resolve("一校样.pdf");
        SampleCopy.Run r = SampleCopy.run("proof", dir.toString(), "--round", "1", "-o", proof.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("校对符号 8 个（批注 10 条）"), r.out());   // 7 + 李四's open one; the swap's second range, a reply
        try (PDDocument pdf = Loader.loadPDF(proof.toFile())) {
            Map<String, PDAnnotationMarkup> byName = new HashMap<>();
            int total = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation an : page.getAnnotations()) {
                    total++;
                    PDAnnotationMarkup m = (PDAnnotationMarkup) an;
                    byName.put(m.getAnnotationName(), m);
                }
            }
            assertEquals(10, total);
            assertEquals("StrikeOut", byName.get("1-张三-1").getSubtype());
            assertEquals("甲乙", byName.get("1-张三-1").getContents());
            assertEquals("张三", byName.get("1-张三-1").getTitlePopup());
            assertEquals("改", byName.get("1-张三-1").getSubject());
            assertEquals("StrikeOut", byName.get("1-张三-2").getSubtype());
            assertEquals("Caret", byName.get("1-张三-3").getSubtype());
            assertEquals("丙", byName.get("1-张三-3").getContents());
            assertEquals("Highlight", byName.get("1-张三-4").getSubtype());
            assertEquals("Group", byName.get("1-张三-4/2").getReplyType());
            assertEquals("Caret", byName.get("1-张三-5").getSubtype());
            assertEquals("另起段", byName.get("1-张三-5").getSubject());
            assertEquals("Highlight", byName.get("1-张三-6").getSubtype());
            assertEquals("Text", byName.get("1-张三-7").getSubtype());
            assertEquals("数字对吗？", byName.get("1-张三-7").getContents());
            PDAnnotationMarkup reply = byName.get("1-张三-7/r1");
            assertEquals("编辑", reply.getTitlePopup());
            assertEquals("已核对，无误", reply.getContents());
            assertEquals(byName.get("1-张三-7").getCOSObject(), reply.getInReplyTo().getCOSObject());
            assertEquals("李四", byName.get("1-李四-1").getTitlePopup());
            assertTrue(!byName.containsKey("1-李四-2"), "a declined mark is not on the proof");
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(5);
            text.setEndPage(5);
            assertTrue(text.getText(pdf).contains("一校样"), "the round in the margin");
        }

        SampleCopy.Run only = SampleCopy.run("proof", dir.toString(), "--round", "1", "--reader", "李四", "-o", tmp.resolve("李四.pdf").toString());
        assertTrue(only.out().contains("校对符号 1 个（批注 1 条）"), only.out());

        Path print = tmp.resolve("print.pdf");
        assertEquals(0, SampleCopy.run("export", dir.toString(), "-o", print.toString()).code());
        try (PDDocument pdf = Loader.loadPDF(print.toFile())) {
            for (PDPage page : pdf.getPages()) assertEquals(0, page.getAnnotations().size(), "the print PDF has no annotations");
            assertTrue(!new PDFTextStripper().getText(pdf).contains("校样"));
        }

        // round trip: the same issue without marks reads the proof's annotations back as the same marks
        Path again = SampleCopy.copy(tmp.resolve("again"));
        SampleCopy.Run imp = SampleCopy.run("proof-import", again.toString(), proof.toString(), "--round", "1", "--reader", "张三");
        assertEquals(0, imp.code(), imp.all());
        List<Mark> read = Marks.load(again).all();
        Map<String, Mark> byId = new HashMap<>();
        read.forEach(m -> byId.put(m.id(), m));
        for (Mark m : mine) assertEquals(m, byId.get(m.id()), m.id());
        assertEquals(mine.size() + 1, read.size(), "李四's mark comes in as 张三's import too: " + read);

        // importing it again into the folder that has them adds nothing
        SampleCopy.Run twice = SampleCopy.run("proof-import", again.toString(), proof.toString(), "--round", "1", "--reader", "张三");
        assertEquals(0, twice.code(), twice.all());
        assertEquals(read, Marks.load(again).all());
        assertTrue(Files.exists(again.resolve("proofs/1/张三.json")));

        // without --reader each mark is its annotation's author's: 李四's comes back as 李四's, in 李四's file
        Path own = SampleCopy.copy(tmp.resolve("own"));
        SampleCopy.Run authors = SampleCopy.run("proof-import", own.toString(), proof.toString(), "--round", "1");
        assertEquals(0, authors.code(), authors.all());
        Map<String, Mark> ownById = new HashMap<>();
        Marks.load(own).all().forEach(m -> ownById.put(m.id(), m));
        for (Mark m : mine) assertEquals(m, ownById.get(m.id()), m.id());
        assertEquals(all.get(mine.size()), ownById.get("1-李四-1"));
        assertEquals(List.of(all.get(mine.size())), Marks.loadFile(own, 1, "李四"));
    }
}
