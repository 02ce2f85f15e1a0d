package cn.paiban.typeset;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import cn.paiban.i18n.Msg;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.render.pdf.PdfOptions;
import cn.paiban.render.pdf.PdfRenderer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: characters of CJK Extension B and beyond that no body face has are set in the shipped rare-character
 * face (花園明朝B), each reported as a warning naming it, and the issue exports: an author's name or village is
 * printed, not refused.
 */
class RareCharacterTest {
    static final String RARE = "𠀀𪚥"; // U+20000, U+2A6A5: in none of Noto CJK SC or WenKai

    @AfterEach
    void zh() { Msg.use("zh"); }

    @Test
    void rareCharactersAreSetInTheFallbackFaceAndReportedAsWarnings() throws Exception {
        PreflightTest.load();
        FontBook fonts = PreflightTest.typesetter.fonts();
        assertNotNull(fonts.rare(), "fonts/ ships " + FontBook.RARE_FILE);
        for (int cp : RARE.codePoints().toArray()) {
            assertNull(fonts.chain(FontBook.SONG).stream().filter(f -> !fonts.isRare(f)).filter(f -> fonts.metrics(f).covers(cp))
                    .findFirst().orElse(null), "no body face has U+" + Integer.toHexString(cp));
        }
        Article a = PreflightTest.sample.article("datong-xianyu").orElseThrow();
        Article rare = a.withBlock(3, new Block.Paragraph("作者家住" + RARE + "村，村名里的两个字在正文字体中都没有。"));
        LayoutResult r = Preflight.typeset(PreflightTest.typesetter, PreflightTest.replace(PreflightTest.sample, rare),
                PreflightTest.SAMPLE);
        assertEquals(List.of(), Preflight.blocking(r), "the issue exports");
        List<Finding> f = PreflightTest.keyed(r, "typography.rare-glyph");
        assertEquals(2, f.size(), r.findings().toString());
        for (Finding x : f) {
            assertEquals(Finding.Severity.WARNING, x.severity());
            assertEquals("datong-xianyu", x.articleId());
            assertEquals(3, x.block());
            assertTrue(x.page() > 0);
        }
        assertTrue(f.get(0).message().contains("U+20000“𠀀”"), f.get(0).message());
        assertTrue(f.get(0).message().contains("第 4 段"), f.get(0).message());

        Item.GlyphRun run = null;
        for (Page p : r.document().pages()) {
            for (Item i : p.items()) if (i instanceof Item.GlyphRun g && g.text().contains("𠀀")) run = g;
        }
        assertNotNull(run, "the characters are on a page");
        assertTrue(fonts.isRare(run.face()), "set in " + run.face());
        assertEquals(RARE, run.text(), "the rare face sets only the characters the body faces lack");

        byte[] pdf = new PdfRenderer(fonts).render(r.document(), PdfOptions.DEFAULT);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("作者家住" + RARE + "村"), "the PDF's text keeps them");
        }
    }

    @Test
    void theSampleHasNoRareCharacter() throws Exception {
        PreflightTest.load();
        LayoutResult r = Preflight.typeset(PreflightTest.typesetter, PreflightTest.sample, PreflightTest.SAMPLE);
        assertEquals(List.of(), PreflightTest.keyed(r, "typography.rare-glyph"));
    }
}
