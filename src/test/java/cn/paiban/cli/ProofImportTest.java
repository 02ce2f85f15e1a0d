package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Document;
import cn.paiban.display.PageFormat;
import cn.paiban.font.FontBook;
import cn.paiban.io.IssueStore;
import cn.paiban.layout.TemplateFiles;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import cn.paiban.proof.Anchor;
import cn.paiban.proof.Anchors;
import cn.paiban.proof.Mark;
import cn.paiban.proof.MarkKind;
import cn.paiban.proof.Marks;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationCaret;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationStrikeout;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * proof-import of annotations as Acrobat or 福昕 make them on a proof: no subject, no names, quads a little wider than
 * the glyphs, a reply thread, a popup, a note in the margin on no text.
 */
class ProofImportTest {
    @TempDir
    Path tmp;

    @Test
    void acrobatStyleAnnotationsBecomeMarksOnTheTextUnderThem() throws Exception {
        Path dir = SampleCopy.copy(tmp.resolve("issue"));
        Path proof = tmp.resolve("proof.pdf");
        assertEquals(0, SampleCopy.run("proof", dir.toString(), "--round", "1", "-o", proof.toString()).code());
        Issue issue = IssueStore.load(dir);
        Document doc = new Pipeline(FontBook.standard(), TemplateFiles.directory()).typeset(issue, dir.toString()).document();
        Article a = issue.sections().get(1).articles().get(1);
        String t = Anchors.text(a, 2);
        Anchor strike = Anchor.in(a.id(), 2, t, 5, 8), replace = Anchor.in(a.id(), 2, t, 12, 14), caret = Anchor.in(a.id(), 2, t, 20, 20),
                high = Anchor.in(a.id(), 2, t, 25, 29);
        int page;
        try (PDDocument pdf = Loader.loadPDF(proof.toFile())) {
            Anchors.Place p = Anchors.place(doc, Anchors.resolve(issue, strike)).orElseThrow();
            page = p.page();
            PDPage pg = pdf.getPage(page);
            PageFormat f = doc.pages().get(page).format();
            PDAnnotationStrikeout s = markup(new PDAnnotationStrikeout(), doc, issue, strike, f);
            s.setTitlePopup("王五");
            pg.getAnnotations().add(s);
            PDAnnotationPopup popup = new PDAnnotationPopup();
            popup.setRectangle(new PDRectangle(400, 400, 100, 60));
            popup.setParent(s);
            pg.getAnnotations().add(popup);
            PDAnnotationText reply = new PDAnnotationText();
            reply.setRectangle(s.getRectangle());
            reply.setTitlePopup("编辑");
            reply.setContents("同意删去");
            reply.setInReplyTo(s);
            pg.getAnnotations().add(reply);
            PDAnnotationStrikeout r = markup(new PDAnnotationStrikeout(), doc, issue, replace, f);
            r.setContents("新词");
            pg.getAnnotations().add(r);
            PDAnnotationHighlight h = markup(new PDAnnotationHighlight(), doc, issue, high, f);
            h.setContents("这个说法有出处吗？");
            pg.getAnnotations().add(h);
            Anchors.Span cs = Anchors.place(doc, Anchors.resolve(issue, caret)).orElseThrow().spans().get(0);
            PDAnnotationCaret c = new PDAnnotationCaret();
            c.setRectangle(new PDRectangle(x(f, cs.x1()) - 3, y(f, cs.baseline()) - 2, 6, 5));
            c.setContents("丙");
            pg.getAnnotations().add(c);
            PDAnnotationFreeText margin = new PDAnnotationFreeText();
            margin.setRectangle(new PDRectangle(2, 2, 20, 12));   // bottom-left corner of the sheet: no text there
            margin.setContents("本页页码不对");
            pg.getAnnotations().add(margin);
            pdf.save(proof.toFile());
        }
        SampleCopy.Run r = SampleCopy.run("proof-import", dir.toString(), proof.toString(), "--round", "1", "--reader", "王五");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("读入 5 个校对符号"), r.out());
        assertTrue(r.out().contains("批注未压在文字上"), r.out());
        List<Mark> marks = Marks.load(dir).all();
        Map<MarkKind, Mark> byKind = new HashMap<>();
        for (Mark m : marks) {
            assertEquals(1, m.round());
            assertEquals("王五", m.reader());
            byKind.merge(m.kind(), m, (x, y) -> x.anchor().quote().isEmpty() ? y : x);
        }
        assertEquals(strike, byKind.get(MarkKind.DELETE).anchor());
        assertNull(byKind.get(MarkKind.DELETE).text());
        assertEquals(List.of("编辑: 同意删去"), byKind.get(MarkKind.DELETE).replies().stream().map(x -> x.author() + ": " + x.text()).toList());
        assertEquals(replace, byKind.get(MarkKind.REPLACE).anchor());
        assertEquals("新词", byKind.get(MarkKind.REPLACE).text());
        assertEquals(caret, byKind.get(MarkKind.INSERT).anchor());
        assertEquals("丙", byKind.get(MarkKind.INSERT).text());
        List<Mark> queries = marks.stream().filter(m -> m.kind() == MarkKind.QUERY).toList();
        assertEquals(2, queries.size());
        Mark onText = queries.stream().filter(m -> m.text().equals("这个说法有出处吗？")).findFirst().orElseThrow();
        assertEquals(high, onText.anchor());
        Mark off = queries.stream().filter(m -> m.text().contains("本页页码不对")).findFirst().orElseThrow();
        int folio = doc.pages().get(page).folio();
        assertTrue(off.text().startsWith("（第 " + folio + " 页，"), off.text());
        assertTrue(off.text().contains("未压在文字上"), off.text());
    }

    /** Quads as Acrobat draws them: the glyph boxes of each line piece, half a point wider each side. */
    private static <T extends org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup> T markup(T a, Document doc,
            Issue issue, Anchor anchor, PageFormat f) {
        List<Anchors.Span> spans = Anchors.place(doc, Anchors.resolve(issue, anchor)).orElseThrow().spans();
        float[] q = new float[spans.size() * 8];
        float minX = 1e9f, minY = 1e9f, maxX = -1e9f, maxY = -1e9f;
        for (int i = 0; i < spans.size(); i++) {
            Anchors.Span s = spans.get(i);
            float l = x(f, s.x1()) - 0.5f, r = x(f, s.x2()) + 0.5f, top = y(f, s.baseline() - s.size()), bottom = y(f, s.baseline() + s.size() / 5);
            System.arraycopy(new float[] {l, top, r, top, l, bottom, r, bottom}, 0, q, i * 8, 8);
            minX = Math.min(minX, l);
            maxX = Math.max(maxX, r);
            minY = Math.min(minY, bottom);
            maxY = Math.max(maxY, top);
        }
        a.setQuadPoints(q);
        a.setRectangle(new PDRectangle(minX, minY, maxX - minX, maxY - minY));
        a.setCreationDate(Calendar.getInstance());
        return a;
    }

    private static float x(PageFormat f, int mpt) { return (f.bleed() + mpt) / 1000f; }

    private static float y(PageFormat f, int mpt) { return (f.trimHeight() + f.bleed() - mpt) / 1000f; }

    static boolean isMarkup(Object o) { return o instanceof PDAnnotationMarkup; }

    /**
     * The text moved between the proof and its import (the editor added words before the marked ones): each mark is
     * found again on the words the proof printed under it, not on what now stands at the same place of the page.
     */
    @Test
    void marksFollowTheirWordsWhenTheTextMovedSinceTheProof() throws Exception {
        Path dir = SampleCopy.copy(tmp.resolve("issue"));
        Issue issue = IssueStore.load(dir);
        Article a = issue.sections().get(1).articles().get(1);
        String t = Anchors.text(a, 3);
        java.time.Instant at = java.time.Instant.parse("2026-12-04T09:00:00Z");
        List<Mark> marks = List.of(
                Mark.open("1-甲-1", 1, "甲", MarkKind.DELETE, Anchor.in(a.id(), 3, t, 30, 33), null, null, "#cc0000", at),
                Mark.open("1-甲-2", 1, "甲", MarkKind.REPLACE, Anchor.in(a.id(), 3, t, 40, 42), null, "某某", "#cc0000", at),
                Mark.open("1-甲-3", 1, "甲", MarkKind.QUERY, Anchor.in(a.id(), 3, t, 50, 53), null, "？", "#cc0000", at));
        Marks.of(marks).save(dir);
        Path proof = tmp.resolve("proof.pdf");
        assertEquals(0, SampleCopy.run("proof", dir.toString(), "--round", "1", "-o", proof.toString()).code());

        // a fresh copy where seven characters were added at the start of the paragraph
        Path later = SampleCopy.copy(tmp.resolve("later"));
        String added = "（编者按：补充）";
        SampleCopy.block(later, a.id(), 3, b -> b.put("text", added + b.get("text").asText()));
        SampleCopy.Run r = SampleCopy.run("proof-import", later.toString(), proof.toString(), "--round", "1", "--reader", "甲");
        assertEquals(0, r.code(), r.all());
        Map<String, Mark> read = new HashMap<>();
        Marks.load(later).all().forEach(m -> read.put(m.id(), m));
        for (Mark m : marks) {
            Mark got = read.get(m.id());
            assertEquals(m.anchor().quote(), got.anchor().quote(), m.id());
            assertEquals(m.anchor().start() + added.length(), got.anchor().start(), m.id());
            assertEquals(m.kind(), got.kind());
        }
    }
}
