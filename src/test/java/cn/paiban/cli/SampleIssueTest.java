package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import com.lowagie.text.pdf.CachedSubsetFont;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.cff.Type2CharString;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.layout.TemplateFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands end to end on the sample issue (samples/shuozhou-jingji-2023-04, or -Dpaiban.sample=DIR):
 * the exported PDF carries exactly the typeset text, is reproducible and print-ready in structure; preflight
 * reports what the layout found. Skipped where the sample is not there.
 */
class SampleIssueTest {
    @TempDir
    static Path tmp;
    static Path sample;
    static Path pdf;
    static String exportOut;
    static LayoutResult layout;

    @BeforeAll
    static void export() throws Exception {
        sample = find();
        assumeTrue(sample != null, "no sample issue");
        pdf = tmp.resolve("issue.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli().run(List.of("export", sample.toString(), "-o", pdf.toString(), "--force"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        exportOut = out.toString(StandardCharsets.UTF_8);
        Pipeline p = new Pipeline(FontBook.standard(), TemplateFiles.directory());
        layout = p.typeset(Pipeline.load(sample.toString()), sample.toString());
        assertEquals(layout.hasErrors() ? 1 : 0, code, exportOut);
    }

    static Path find() {
        String prop = System.getProperty("paiban.sample");
        if (prop != null) return Path.of(prop);
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path s = d.resolve("samples/shuozhou-jingji-2023-04");
            if (Files.isRegularFile(s.resolve("issue.json"))) return s;
        }
        return null;
    }

    @Test
    void theSummaryNamesPagesTimeAndProblems() {
        Document doc = layout.document();
        String head = cn.paiban.i18n.Msg.get("cli.export.done", pdf, doc.pages().size(), "\u0000", "", 0, 0, "");
        assertTrue(exportOut.startsWith(head.substring(0, head.indexOf('\u0000'))), exportOut);
        for (Finding f : layout.findings()) {
            if (f.severity() != Finding.Severity.INFO) assertTrue(exportOut.contains(f.message()), f.message());
        }
    }

    @Test
    void everyPageCarriesExactlyTheTypesetTextInOrder() throws IOException {
        Document doc = layout.document();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertEquals(doc.pages().size(), d.getNumberOfPages());
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(false);
            for (int i = 0; i < doc.pages().size(); i++) {
                Page page = doc.pages().get(i);
                if (page.items().stream().anyMatch(it -> it instanceof Item.ForeignPage)) continue;
                StringBuilder expected = new StringBuilder();
                for (Item it : page.items()) {
                    if (it instanceof Item.GlyphRun r) expected.append(r.text());
                }
                s.setStartPage(i + 1);
                s.setEndPage(i + 1);
                assertEquals(strip(expected.toString()), strip(s.getText(d)), "page " + page.folio());
            }
        }
    }

    @Test
    void fontsAreEmbeddedAndSubsetAndBoxesSet() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (PDPage p : d.getPages()) {
                assertTrue(p.getTrimBox().getWidth() < p.getMediaBox().getWidth());
                assertEquals(p.getMediaBox().getWidth(), p.getBleedBox().getWidth(), 0.01);
                for (var n : p.getResources().getFontNames()) {
                    PDFont f = p.getResources().getFont(n);
                    assertTrue(f instanceof PDType0Font t && t.getDescendantFont().isEmbedded(), f.getName());
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), f.getName());
                }
            }
        }
    }

    /**
     * The front-matter pages draw with the body's fonts: each face has one font object (one subset) in the
     * whole file, used by the body and the contents, board and colophon pages alike, and their text comes back.
     */
    @Test
    void everyFaceIsEmbeddedOnceForBodyAndFrontMatter() throws IOException {
        Map<String, Set<String>> objectsByFace = new TreeMap<>();
        Set<Integer> pagesWithFonts = new TreeSet<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                PDResources res = d.getPage(i).getResources();
                for (COSName n : res.getFontNames()) {
                    COSBase item = res.getCOSObject().getCOSDictionary(COSName.FONT).getItem(n);
                    String object = item instanceof COSObject o ? o.getKey().toString() : "direct " + n.getName();
                    String name = res.getFont(n).getName().replaceFirst("^[A-Z]{6}\\+", "");
                    objectsByFace.computeIfAbsent(name, k -> new HashSet<>()).add(object);
                    pagesWithFonts.add(i);
                }
                assertTrue(noFontsInForms(res), "page " + (i + 1) + " has a form with fonts of its own");
            }
            for (var e : objectsByFace.entrySet()) assertEquals(1, e.getValue().size(), e.getKey() + ": " + e.getValue());
            assertEquals(4, objectsByFace.size(), objectsByFace.keySet().toString());
            PDFTextStripper s = new PDFTextStripper();
            for (Page page : layout.document().pages()) {
                if (page.items().stream().noneMatch(it -> it instanceof Item.ForeignPage)) continue;
                int i = layout.document().pages().indexOf(page);
                assertTrue(pagesWithFonts.contains(i), "front page " + page.folio() + " draws with the body's fonts");
                s.setStartPage(i + 1);
                s.setEndPage(i + 1);
                assertFalse(s.getText(d).isBlank(), "front page " + page.folio() + " has text");
            }
        }
    }

    /**
     * Every glyph of every embedded CFF subset draws as the face's own glyph of that id: the subset (Paiban's
     * CidCffSubset) gives each kept glyph its original glyph id as CID, and its outline (subroutines inlined, hints
     * copied) is the original's. The CFF fonts hold nothing but those glyphs, and the file stays under 1 MB.
     */
    @Test
    void everyEmbeddedCffGlyphDrawsAsTheFacesOwn() throws IOException {
        assertTrue(Files.size(pdf) < 1_000_000, "the sample's PDF under 1 MB: " + Files.size(pdf));
        FontBook book = FontBook.standard();
        Map<String, Face> faces = new TreeMap<>();
        for (String role : book.roleNames()) {
            for (Face f : book.chain(role)) faces.put(book.metrics(f).baseFont().getPostscriptFontName(), f);
        }
        Set<String> seen = new TreeSet<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                PDResources res = d.getPage(i).getResources();
                for (COSName n : res.getFontNames()) {
                    if (!(res.getFont(n) instanceof PDType0Font t && t.getDescendantFont() instanceof PDCIDFontType0 cid)) {
                        continue;
                    }
                    String name = t.getName().replaceFirst("^[A-Z]{6}\\+", "").replaceFirst("-Identity-H$", "");
                    if (!seen.add(name)) continue;
                    Face face = faces.get(name);
                    assertNotNull(face, name + " is one of the book's faces");
                    CFFCIDFont sub = (CFFCIDFont) cid.getCFFFont();
                    CFFCIDFont full = fullFont(book, face);
                    int n1 = sub.getNumCharStrings();
                    assertTrue(n1 > 100 && n1 < 5000, name + ": a subset of the used glyphs, " + n1);
                    for (int gid = 1; gid < n1; gid++) {
                        int origGid = sub.getCharset().getCIDForGID(gid);
                        Type2CharString a = full.getType2CharString(full.getCharset().getCIDForGID(origGid));
                        Type2CharString b = sub.getType2CharString(origGid);
                        assertEquals(a.getWidth(), b.getWidth(), name + " glyph " + origGid);
                        assertEquals(segments(a.getPath()), segments(b.getPath()), name + " glyph " + origGid);
                    }
                }
            }
        }
        assertEquals(3, seen.size(), seen.toString());
    }

    /**
     * The TrueType subset (LXGW WenKai: OpenPDF's subsetter, then the advances of the glyphs left out cleared):
     * every glyph with an outline draws as the face's own glyph and keeps its advance.
     */
    @Test
    void everyEmbeddedTrueTypeGlyphKeepsOutlineAndAdvance() throws IOException {
        FontBook book = FontBook.standard();
        int checked = 0;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            Set<String> seen = new TreeSet<>();
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                PDResources res = d.getPage(i).getResources();
                for (COSName n : res.getFontNames()) {
                    if (!(res.getFont(n) instanceof PDType0Font t && t.getDescendantFont() instanceof PDCIDFontType2 tt)
                            || !seen.add(t.getName())) {
                        continue;
                    }
                    String name = t.getName().replaceFirst("^[A-Z]{6}\\+", "");
                    Face face = null;
                    for (String role : book.roleNames()) {
                        for (Face f : book.chain(role)) {
                            if (book.metrics(f).baseFont().getPostscriptFontName().equals(name)) face = f;
                        }
                    }
                    assertNotNull(face, name);
                    TrueTypeFont sub = tt.getTrueTypeFont();
                    try (TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBufferedFile(face.file().toFile()))) {
                        for (int gid = 1; gid < sub.getNumberOfGlyphs(); gid++) {
                            GlyphData g = sub.getGlyph().getGlyph(gid);
                            if (g == null || g.getNumberOfContours() == 0) continue;
                            assertEquals(full.getAdvanceWidth(gid), sub.getAdvanceWidth(gid), name + " glyph " + gid);
                            assertEquals(segments(full.getGlyph().getGlyph(gid).getPath()), segments(g.getPath()),
                                    name + " glyph " + gid);
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "glyphs checked: " + checked);
    }

    private static CFFCIDFont fullFont(FontBook book, Face face) throws IOException {
        CachedSubsetFont font = (CachedSubsetFont) book.metrics(face).baseFont();
        int[] where = font.tableLocation("CFF ");
        byte[] table = new byte[where[1]];
        try (FileChannel ch = FileChannel.open(Path.of(font.file()))) {
            ch.map(FileChannel.MapMode.READ_ONLY, where[0], where[1]).get(table);
        }
        return (CFFCIDFont) new CFFParser().parse(table, () -> table).get(0);
    }

    private static List<String> segments(GeneralPath path) {
        List<String> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            out.add(it.currentSegment(c) + Arrays.toString(c));
        }
        return out;
    }

    private static boolean noFontsInForms(PDResources res) throws IOException {
        for (COSName n : res.getXObjectNames()) {
            if (res.getXObject(n) instanceof PDFormXObject form && form.getResources() != null
                    && form.getResources().getFontNames().iterator().hasNext()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void exportingTwiceGivesTheSameBytes() throws Exception {
        Path again = tmp.resolve("again.pdf");
        new Cli().run(List.of("export", sample.toString(), "-o", again.toString(), "--force"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(again));
    }

    @Test
    void preflightListsTheLayoutsFindingsAndFailsOnErrors() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli().run(List.of("preflight", sample.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        String text = out.toString(StandardCharsets.UTF_8);
        layout.findings().forEach(f -> assertTrue(text.contains(f.message()), f.message() + " in\n" + text));
        assertTrue(text.contains(cn.paiban.i18n.Msg.get("cli.preflight.pages", layout.document().pages().size(), "")), text);
        assertTrue(text.contains("Noto Serif CJK SC"), text);
        boolean errors = layout.hasErrors() || text.contains("\n  " + cn.paiban.i18n.Msg.get("cli.severity.ERROR"));
        assertEquals(errors ? 1 : 0, code, text);
    }

    @Test
    void renderWritesPngProofsByFolio() throws Exception {
        Path dir = tmp.resolve("png");
        int code = new Cli().run(List.of("render", sample.toString(), "--pages", "1,4", "-o", dir.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        BufferedImage p4 = ImageIO.read(dir.resolve("p004.png").toFile());
        Page page = layout.document().pages().stream().filter(p -> p.folio() == 4).findFirst().orElseThrow();
        assertEquals((int) Math.ceil(page.format().trimWidth() / 1000.0 * 80 / 72), p4.getWidth());
        assertTrue(Files.isRegularFile(dir.resolve("p001.png")));
    }

    private static String strip(String s) {
        return s.replaceAll("\\s+", "");
    }
}
