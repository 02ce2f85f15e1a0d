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
        Proofed pr = proofed();
        Issue issue = pr.issue();
        Document doc = pr.doc();
        Article a = pr.article();
        String t = Anchors.text(a, 2);
        Anchor strike = Anchor.in(a.id(), 2, t, 5, 8), replace = Anchor.in(a.id(), 2, t, 12, 14), caret = Anchor.in(a.id(), 2, t, 20, 20),
                high = Anchor.in(a.id(), 2, t, 25, 29);
        int page;
        try (PDDocument pdf = Loader.loadPDF(pr.proof().toFile())) {
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
            pdf.save(pr.proof().toFile());
        }
        SampleCopy.Run r = SampleCopy.run("proof-import", pr.dir().toString(), pr.proof().toString(), "--round", "1", "--reader", "王五");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("读入 5 个校对符号"), r.out());
        assertTrue(r.out().contains("批注未压在文字上"), r.out());
        List<Mark> marks = Marks.load(pr.dir()).all();
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

    /** A copy of the sample with its round-1 proof, and the issue and layout that proof shows. */
    private record Proofed(Path dir, Path proof, Issue issue, Document doc) {
        /** The article the tests mark: the second of 本期特稿. */
        Article article() { return issue.sections().get(1).articles().get(1); }
    }

    private Proofed proofed() throws Exception {
        Path dir = SampleCopy.copy(tmp.resolve("issue"));
        Path proof = tmp.resolve("proof.pdf");
        assertEquals(0, SampleCopy.run("proof", dir.toString(), "--round", "1", "-o", proof.toString()).code());
        Issue issue = IssueStore.load(dir);
        return new Proofed(dir, proof, issue,
                new Pipeline(FontBook.standard(), TemplateFiles.directory()).typeset(issue, dir.toString()).document());
    }

    /** Quads as Acrobat draws them: the glyph boxes of each line piece, half a point wider each side. */
    private static <T extends org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup> T markup(T a, Document doc,
            Issue issue, Anchor anchor, PageFormat f, Anchor... more) {
        List<Anchors.Span> spans = new java.util.ArrayList<>(Anchors.place(doc, Anchors.resolve(issue, anchor)).orElseThrow().spans());
        for (Anchor m : more) spans.addAll(Anchors.place(doc, Anchors.resolve(issue, m)).orElseThrow().spans());
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

    /**
     * A PDF marked by three proofreaders, each annotation with its author (/T) as Acrobat writes it, comes in as three
     * readers' files; an annotation with no author needs --reader, which then names the reader of every mark.
     */
    @Test
    void eachAnnotationIsItsAuthorsUnlessOneReaderIsNamedForAll() throws Exception {
        Proofed pr = proofed();
        Issue issue = pr.issue();
        Document doc = pr.doc();
        Article a = pr.article();
        String t = Anchors.text(a, 2);
        Anchor one = Anchor.in(a.id(), 2, t, 5, 8), two = Anchor.in(a.id(), 2, t, 12, 14), three = Anchor.in(a.id(), 2, t, 25, 29);
        Path signed = tmp.resolve("signed.pdf"), unsigned = tmp.resolve("unsigned.pdf");
        try (PDDocument pdf = Loader.loadPDF(pr.proof().toFile())) {
            int page = Anchors.place(doc, Anchors.resolve(issue, one)).orElseThrow().page();
            PDPage pg = pdf.getPage(page);
            PageFormat f = doc.pages().get(page).format();
            PDAnnotationStrikeout s = markup(new PDAnnotationStrikeout(), doc, issue, one, f);
            s.setTitlePopup("甲");
            PDAnnotationStrikeout r = markup(new PDAnnotationStrikeout(), doc, issue, two, f);
            r.setTitlePopup(" 乙 ");
            r.setContents("新词");
            PDAnnotationHighlight h = markup(new PDAnnotationHighlight(), doc, issue, three, f);
            h.setTitlePopup("丙");
            h.setContents("有出处吗？");
            PDAnnotationText reply = new PDAnnotationText();   // a reply with no author is its mark's reader's
            reply.setRectangle(h.getRectangle());
            reply.setContents("有");
            reply.setInReplyTo(h);
            pg.getAnnotations().addAll(List.of(s, r, h, reply));
            pdf.save(signed.toFile());
            PDAnnotationStrikeout anonymous = markup(new PDAnnotationStrikeout(), doc, issue, Anchor.in(a.id(), 2, t, 40, 42), f);
            pg.getAnnotations().add(anonymous);
            pdf.save(unsigned.toFile());
        }
        SampleCopy.Run run = SampleCopy.run("proof-import", pr.dir().toString(), signed.toString(), "--round", "1");
        assertEquals(0, run.code(), run.all());
        assertTrue(run.out().contains("proofs/1/甲.json：读入 1 个校对符号（一校，删 1）"), run.out());
        assertTrue(run.out().contains("proofs/1/乙.json：读入 1 个校对符号（一校，改 1）"), run.out());
        Map<String, Mark> byReader = new HashMap<>();
        for (Mark m : Marks.load(pr.dir()).all()) assertNull(byReader.put(m.reader(), m), "one mark each: " + m);
        assertEquals(Map.of("甲", one, "乙", two, "丙", three), Map.of("甲", byReader.get("甲").anchor(), "乙", byReader.get("乙").anchor(),
                "丙", byReader.get("丙").anchor()));
        assertEquals("丙: 有", byReader.get("丙").replies().get(0).author() + ": " + byReader.get("丙").replies().get(0).text());
        for (String who : List.of("甲", "乙", "丙")) {
            assertEquals(List.of(byReader.get(who)), Marks.loadFile(pr.dir(), 1, who), who + "'s own file");
        }
        // the same file again (its annotations carry no /NM to know them by): nothing doubled
        SampleCopy.Run twice = SampleCopy.run("proof-import", pr.dir().toString(), signed.toString(), "--round", "1");
        assertEquals(0, twice.code(), twice.all());
        assertTrue(twice.out().contains("共读入 0 个；已有的 3 个未重复读入"), twice.out());
        assertEquals(3, Marks.load(pr.dir()).all().size());

        Path other = SampleCopy.copy(tmp.resolve("other"));
        SampleCopy.Run refused = SampleCopy.run("proof-import", other.toString(), unsigned.toString(), "--round", "1");
        assertEquals(2, refused.code(), refused.all());
        assertTrue(refused.err().contains("1 条批注没有作者") && refused.err().contains("--reader"), refused.all());
        assertTrue(Marks.load(other).all().isEmpty(), "nothing written");
        SampleCopy.Run all = SampleCopy.run("proof-import", other.toString(), unsigned.toString(), "--round", "1", "--reader", "编辑部");
        assertEquals(0, all.code(), all.all());
        List<Mark> read = Marks.load(other).all();
        assertEquals(4, read.size(), read.toString());
        for (Mark m : read) assertEquals("编辑部", m.reader(), m.toString());
    }

    /** A 接排 drawn over words keeps them as its range, in the paragraph that runs on, even from the end of the one before. */
    @Test
    void aRunOnDrawnOverARangeKeepsItsRange() throws Exception {
        Proofed pr = proofed();
        Issue issue = pr.issue();
        Document doc = pr.doc();
        Article a = pr.article();
        String t2 = Anchors.text(a, 2), t3 = Anchors.text(a, 3), t4 = Anchors.text(a, 4);
        Anchor head = Anchor.in(a.id(), 4, t4, 0, 4);
        Anchor prevEnd = Anchor.in(a.id(), 2, t2, t2.length() - 3, t2.length()), nextStart = Anchor.in(a.id(), 3, t3, 0, 2);
        try (PDDocument pdf = Loader.loadPDF(pr.proof().toFile())) {
            for (Anchor[] drawn : List.of(new Anchor[] {head}, new Anchor[] {prevEnd, nextStart})) {
                int page = Anchors.place(doc, Anchors.resolve(issue, drawn[0])).orElseThrow().page();
                assertEquals(page, Anchors.place(doc, Anchors.resolve(issue, drawn[drawn.length - 1])).orElseThrow().page(), "one page");
                PDAnnotationHighlight h = markup(new PDAnnotationHighlight(), doc, issue, drawn[0], doc.pages().get(page).format(),
                        java.util.Arrays.copyOfRange(drawn, 1, drawn.length));
                h.setSubject("接排");
                h.setTitlePopup("甲");
                pdf.getPage(page).getAnnotations().add(h);
            }
            pdf.save(pr.proof().toFile());
        }
        SampleCopy.Run r = SampleCopy.run("proof-import", pr.dir().toString(), pr.proof().toString(), "--round", "1");
        assertEquals(0, r.code(), r.all());
        List<Anchor> anchors = Marks.load(pr.dir()).all().stream().filter(m -> m.kind() == MarkKind.JOIN).map(Mark::anchor).toList();
        assertEquals(java.util.Set.of(head, nextStart), java.util.Set.copyOf(anchors));
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
