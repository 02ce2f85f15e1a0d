package cn.paiban.proof;

import static cn.paiban.proof.ProofTesting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.edit.BlockText;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Block;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mark stays on its words: after edits before it, after a reflow to another page; orphaned when its words are gone. */
class AnchorsTest {

    @Test
    void anUntouchedMarkIsExact() throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, 2);
        Anchor a = anchorAt(issue, p, 20, 24);
        Anchors.Resolved r = Anchors.resolve(issue, a);
        assertEquals(new Anchors.Resolved(Anchors.State.EXACT, ARTICLE, p, 20, 24), r);
    }

    /** Words added before a mark in its paragraph move its offsets: a range keeps its quote, a point its context. */
    @ParameterizedTest(name = "paragraph {0} [{1}, {2}) after {3}")
    @CsvSource({"2, 30, 34, 这是新加的十一个字符呀。", "3, 15, 15, 甲乙丙"})
    void anEditBeforeTheMarkInItsParagraphMovesIt(int n, int start, int end, String added) throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, n);
        Anchor a = anchorAt(issue, p, start, end);
        Issue edited = withParagraph(issue, p, added + text(issue, p));
        Anchors.Resolved r = Anchors.resolve(edited, a);
        assertEquals(new Anchors.Resolved(Anchors.State.MOVED, ARTICLE, p, start + added.length(), end + added.length()), r);
        assertEquals(a.quote(), text(edited, p).substring(r.start(), r.end()));
    }

    @Test
    void aParagraphInsertedBeforeMovesTheMarkToTheNextBlock() throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, 4);
        Anchor a = anchorAt(issue, p, 5, 12);
        List<Block> body = new ArrayList<>(article(issue).body());
        body.add(1, new Block.Paragraph("新插入的一段。"));
        Anchors.Resolved r = Anchors.resolve(withBody(issue, body), a);
        assertEquals(new Anchors.Resolved(Anchors.State.MOVED, ARTICLE, p + 1, 5, 12), r);
    }

    @Test
    void deletingTheQuotedTextOrphansTheMark() throws Exception {
        Issue issue = sample();
        int p = paragraph(issue, 2);
        Anchor a = anchorAt(issue, p, 20, 26);
        String t = text(issue, p);
        Anchors.Resolved r = Anchors.resolve(withParagraph(issue, p, t.substring(0, 18) + t.substring(28)), a);
        assertEquals(Anchors.State.ORPHANED, r.state());
        // the same for a one-character quote whose character occurs elsewhere: its context is gone, so no false match
        int dot = t.indexOf('，');
        Anchor comma = anchorAt(issue, p, dot, dot + 1);
        String without = t.substring(0, dot - 3) + t.substring(dot + 4);
        assertTrue(without.indexOf('，') >= 0, "the paragraph has another comma");
        assertEquals(Anchors.State.ORPHANED, Anchors.resolve(withParagraph(issue, p, without), comma).state());
        // and when the article is gone
        assertEquals(Anchors.State.ORPHANED, Anchors.resolve(issue, new Anchor("no-such", 0, 0, 1, "x", "", "")).state());
    }

    @Test
    void aReflowTakesTheMarkToTheNextPageWhereItSitsOnItsWords() throws Exception {
        Issue issue = sample();
        Path template = Path.of("templates/shuozhou-jingji");
        var typesetter = new cn.paiban.typeset.Typesetter(cn.paiban.font.FontBook.standard(), template);
        LayoutResult before = typesetter.typeset(issue, SAMPLE);
        // the last paragraph that starts on the page the article starts on (the next pages may follow a jump)
        int p = -1;
        Anchors.Place was = null;
        for (int b = 0; b < article(issue).body().size(); b++) {
            if (!(article(issue).body().get(b) instanceof Block.Paragraph) || text(issue, b).length() < 10) continue;
            var place = Anchors.place(before.document(), Anchors.resolve(issue, anchorAt(issue, b, 2, 8))).orElseThrow();
            if (was != null && place.page() != was.page()) break;
            p = b;
            was = place;
        }
        Anchor a = anchorAt(issue, p, 2, 8);
        assertEquals(a.quote(), covered(before.document(), was), "the spans cover the quote");
        // three long paragraphs before it push it on to a later page
        List<Block> body = new ArrayList<>(article(issue).body());
        String filler = text(issue, paragraph(issue, 0)).repeat(8);
        for (int i = 0; i < 3; i++) body.add(0, new Block.Paragraph(filler));
        Issue edited = withBody(issue, body);
        Anchors.Resolved r = Anchors.resolve(edited, a);
        assertEquals(new Anchors.Resolved(Anchors.State.MOVED, ARTICLE, p + 3, 2, 8), r);
        LayoutResult after = typesetter.typeset(edited, SAMPLE);
        Anchors.Place now = Anchors.place(after.document(), r).orElseThrow();
        assertTrue(now.page() > was.page(), "moved from page index " + was.page() + " to " + now.page());
        assertEquals(a.quote(), covered(after.document(), now), "still on its words");
        assertTrue(now.line() >= 1 && now.line() <= 60, "line " + now.line());
        // lines count the column's lines of text, not the title over the columns: 卷首语 starts on line 1 of page 1
        String first = BlockText.of(issue.article("juanshouyu").orElseThrow().body().get(0));
        Anchors.Place opening = Anchors.place(before.document(),
                Anchors.resolve(issue, Anchor.in("juanshouyu", 0, first, 2, 4))).orElseThrow();
        assertEquals(1, opening.folio());
        assertEquals(1, opening.line());
        // a mark in a title stays off the subtitle, which the layout also gives block -1 and offsets from 0
        String title = article(issue).title();
        Anchors.Resolved inTitle = Anchors.resolve(issue, Anchor.in(ARTICLE, -1, title, 0, 2));
        assertEquals(Anchors.State.EXACT, inTitle.state());
        assertEquals(title.substring(0, 2), covered(before.document(), Anchors.place(before.document(), issue, inTitle).orElseThrow()));
        assertTrue(covered(before.document(), Anchors.place(before.document(), inTitle).orElseThrow()).length() > 2,
                "without the text, the subtitle's first characters would be taken too");
    }

    /** The text of the glyphs between each span's x1 and x2 on its baseline. */
    private static String covered(Document doc, Anchors.Place place) {
        StringBuilder sb = new StringBuilder();
        for (Anchors.Span s : place.spans()) {
            for (Item it : doc.pages().get(s.page()).items()) {
                if (!(it instanceof Item.GlyphRun g) || g.baseline() != s.baseline()) continue;
                int[] cps = g.text().codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    if (g.xAt(i) >= s.x1() && g.xAt(i) < s.x2()) sb.appendCodePoint(cps[i]);
                }
            }
        }
        return sb.toString();
    }
}
