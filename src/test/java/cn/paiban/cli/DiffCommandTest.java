package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.SourceRef;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.TemplateFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** paiban diff on the sample: nothing changed → no pages; one character added on page 20 → page 20 and its reflow only. */
class DiffCommandTest {
    @TempDir
    Path tmp;

    @Test
    void noEditNoChangedPages() throws Exception {
        Path dir = SampleCopy.copy(tmp.resolve("issue"));
        assertEquals(0, SampleCopy.run("proof", dir.toString(), "--close", "1").code());
        SampleCopy.Run r = SampleCopy.run("diff", dir.toString(), "--from", "1", "--json");
        assertEquals(0, r.code(), r.all());
        JsonNode root = SampleCopy.JSON.readTree(r.out());
        assertEquals(1, root.get("from").asInt());
        assertEquals("now", root.get("to").asText());
        assertEquals(0, root.get("pages").size(), r.out());

        SampleCopy.Run open = SampleCopy.run("diff", dir.toString(), "--from", "2");
        assertEquals(2, open.code());
        assertTrue(open.err().contains("第 2 校次还没有结束，没有快照"), open.err());
    }

    @Test
    void oneCharacterAddedOnPage20ReportsPage20AndTheReflowOnly() throws Exception {
        Path dir = SampleCopy.copy(tmp.resolve("issue"));
        assertEquals(0, SampleCopy.run("proof", dir.toString(), "--close", "1").code());
        Pipeline pipeline = new Pipeline(FontBook.standard(), TemplateFiles.directory());
        var doc = pipeline.typeset(IssueStore.load(dir), dir.toString()).document();
        // a body line in the middle of page 20's first column
        Page page20 = doc.pages().stream().filter(p -> p.folio() == 20).findFirst().orElseThrow();
        List<Item.GlyphRun> body = new ArrayList<>();
        for (Item it : page20.items()) if (it instanceof Item.GlyphRun g && g.source().block() >= 0 && g.text().length() > 8) body.add(g);
        Item.GlyphRun run = body.get(body.size() / 4);
        SourceRef at = run.source();
        Set<Integer> articlePages = new TreeSet<>();
        for (Page p : doc.pages()) {
            for (Item it : p.items()) if (it instanceof Item.GlyphRun g && g.source().articleId().equals(at.articleId())) articlePages.add(p.folio());
        }
        String[] before = new String[1];
        SampleCopy.block(dir, at.articleId(), at.block(), b -> {
            String t = b.get("text").asText();
            before[0] = t;
            b.put("text", t.substring(0, at.offset() + 3) + "新" + t.substring(at.offset() + 3));
        });

        SampleCopy.Run r = SampleCopy.run("diff", dir.toString(), "--from", "1", "--json", "-o", tmp.resolve("diff.pdf").toString());
        assertEquals(1, r.code(), r.all());
        JsonNode pages = SampleCopy.JSON.readTree(r.out()).get("pages");
        List<Integer> folios = new ArrayList<>();
        int changed = 0;
        for (JsonNode p : pages) {
            folios.add(p.get("page").asInt());
            assertFalse(p.get("drawings").asBoolean(), p.toString());
            for (JsonNode l : p.get("lines")) {
                assertEquals(at.articleId(), l.get("article").asText(), l.toString());
                if (l.get("kind").asText().equals("changed")) {
                    changed++;
                    assertEquals(20, p.get("page").asInt(), "the one changed line is on page 20: " + l);
                    String old = l.get("old").asText(), now = l.get("new").asText();
                    assertEquals(old.length() + 1, now.length(), l.toString());
                    assertEquals("[\"新\"]", l.get("added").toString(), l.toString());
                    assertTrue(l.get("column").asInt() >= 1 && l.get("line").asInt() >= 1, l.toString());
                } else {
                    assertEquals("moved", l.get("kind").asText());
                    // reflow: the same characters, broken otherwise
                    assertFalse(l.get("new").asText().isEmpty(), l.toString());
                }
            }
        }
        assertEquals(1, changed, r.out());
        assertEquals(20, folios.get(0), r.out());
        for (int i = 1; i < folios.size(); i++) assertEquals(folios.get(i - 1) + 1, folios.get(i), "contiguous reflow: " + folios);
        assertTrue(articlePages.containsAll(folios), folios + " within the article's pages " + articlePages);

        try (PDDocument pdf = Loader.loadPDF(tmp.resolve("diff.pdf").toFile())) {
            assertEquals(doc.pages().size(), pdf.getNumberOfPages());
            int index = doc.pages().indexOf(page20);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(index + 1);
            text.setEndPage(index + 1);
            assertTrue(text.getText(pdf).contains("核红：一校 → 现在"), "the changed page says so in its head margin");
            text.setStartPage(index);
            text.setEndPage(index);
            assertFalse(text.getText(pdf).contains("核红"), "an unchanged page is drawn as it prints");
            assertEquals(0, pdf.getPage(index).getAnnotations().size());
        }
    }

    /** 核红 of the marks: a 改 carried out, a 删 and a 增 left undone, a 疑 without verdict. */
    @Test
    void eachMarkOfTheRoundSaysWhetherItWasCarriedOut() throws Exception {
        Path dir = SampleCopy.copy(tmp.resolve("issue"));
        var issue = IssueStore.load(dir);
        var article = issue.sections().get(1).articles().get(0);
        String id = article.id();
        String text = cn.paiban.proof.Anchors.text(article, 0);
        java.time.Instant t = java.time.Instant.parse("2026-12-04T09:00:00Z");
        var replace = cn.paiban.proof.Mark.open("1-a-1", 1, "张三", cn.paiban.proof.MarkKind.REPLACE,
                cn.paiban.proof.Anchor.in(id, 0, text, 2, 4), null, "甲乙", "#cc0000", t);
        var delete = cn.paiban.proof.Mark.open("1-a-2", 1, "张三", cn.paiban.proof.MarkKind.DELETE,
                cn.paiban.proof.Anchor.in(id, 0, text, 20, 21), null, null, "#cc0000", t);
        var insert = cn.paiban.proof.Mark.open("1-b-1", 1, "李四", cn.paiban.proof.MarkKind.INSERT,
                cn.paiban.proof.Anchor.in(id, 0, text, 30, 30), null, "丙", "#0000cc", t);
        var query = cn.paiban.proof.Mark.open("1-b-2", 1, "李四", cn.paiban.proof.MarkKind.QUERY,
                cn.paiban.proof.Anchor.in(id, 0, text, 40, 42), null, "这里对吗？", "#0000cc", t);
        cn.paiban.proof.Marks.of(List.of(replace, delete, insert, query)).save(dir);
        assertEquals(0, SampleCopy.run("proof", dir.toString(), "--close", "1").code());
        // the editor carries out the 改 only
        SampleCopy.block(dir, id, 0, b -> b.put("text", text.substring(0, 2) + "甲乙" + text.substring(4)));

        SampleCopy.Run r = SampleCopy.run("diff", dir.toString(), "--from", "1", "--json");
        assertEquals(1, r.code(), r.all());
        JsonNode marks = SampleCopy.JSON.readTree(r.out()).get("marks");
        assertEquals(4, marks.size(), r.out());
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        marks.forEach(m -> byId.put(m.get("id").asText(), m));
        assertTrue(byId.get("1-a-1").get("carried").asBoolean(), r.out());
        assertFalse(byId.get("1-a-2").get("carried").asBoolean(), r.out());
        assertFalse(byId.get("1-b-1").get("carried").asBoolean(), r.out());
        assertTrue(byId.get("1-b-2").get("carried").isNull(), r.out());
        assertEquals("张三", byId.get("1-a-1").get("reader").asText());
        assertTrue(byId.get("1-a-1").get("page").asInt() > 0, r.out());

        SampleCopy.Run said = SampleCopy.run("diff", dir.toString(), "--from", "1");
        assertTrue(said.out().contains("一校的校对符号 4 个：已改 1，未改 2，疑问 1"), said.out());
        // a query asks no change: the next round is told whether it was answered
        assertTrue(said.out().contains("疑：这里对吗？「" + text.substring(40, 42) + "」（李四）：疑问，尚未答复"), said.out());
        var answered = query.withReply(new cn.paiban.proof.Reply("编辑", "对，原文如此", t)).withStatus(cn.paiban.proof.MarkStatus.ANSWERED);
        cn.paiban.proof.Marks.of(List.of(replace, delete, insert, answered)).save(dir);
        said = SampleCopy.run("diff", dir.toString(), "--from", "1");
        assertTrue(said.out().contains("（李四）：疑问，已答复"), said.out());

        // once the 删 and the 增 are carried out too, every edit mark says so
        String now = text.substring(0, 2) + "甲乙" + text.substring(4, 20) + text.substring(21, 30) + "丙" + text.substring(30);
        SampleCopy.block(dir, id, 0, b -> b.put("text", now));
        JsonNode after = SampleCopy.JSON.readTree(SampleCopy.run("diff", dir.toString(), "--from", "1", "--json").out()).get("marks");
        for (JsonNode m : after) if (!m.get("kind").asText().equals("query")) assertTrue(m.get("carried").asBoolean(), m.toString());
    }

    /** --to M compares two closed rounds; the round after the edit against now has nothing new. */
    @Test
    void twoClosedRoundsCompareWithEachOther() throws Exception {
        Path dir = SampleCopy.copy(tmp.resolve("issue"));
        assertEquals(0, SampleCopy.run("proof", dir.toString(), "--close", "1").code());
        var article = IssueStore.load(dir).sections().get(2).articles().get(0);
        SampleCopy.block(dir, article.id(), 1, b -> b.put("text", "补" + b.get("text").asText()));
        assertEquals(0, SampleCopy.run("proof", dir.toString(), "--close", "2").code());

        SampleCopy.Run r = SampleCopy.run("diff", dir.toString(), "--from", "1", "--to", "2", "--json");
        assertEquals(1, r.code(), r.all());
        JsonNode root = SampleCopy.JSON.readTree(r.out());
        assertEquals(2, root.get("to").asInt());
        int changed = 0;
        for (JsonNode p : root.get("pages")) for (JsonNode l : p.get("lines")) if (l.get("kind").asText().equals("changed")) changed++;
        assertEquals(1, changed, r.out());

        assertEquals(0, SampleCopy.run("diff", dir.toString(), "--from", "2").code());
        SampleCopy.Run open = SampleCopy.run("diff", dir.toString(), "--from", "1", "--to", "3");
        assertEquals(2, open.code());
        assertTrue(open.err().contains("第 3 校次还没有结束"), open.err());
    }
}
