package cn.paiban.front;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The style sheets of the template pages are parsed once per process and shared between pages (and threads), yet
 * an edited sheet, linked or inline, is what the next page laid out in the same process shows: the editor keeps
 * running while the office edits its templates.
 */
class SharedStylesTest {
    @TempDir
    Path dir;

    final List<String> warnings = new ArrayList<>();

    void write(String name, String text) throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("front")).resolve(name), text);
    }

    static String page(String inlineCss) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n"
                + "<head><title>t</title><link rel=\"stylesheet\" type=\"text/css\" href=\"front.css\"/>\n"
                + "<style type=\"text/css\">" + inlineCss + "</style></head>\n"
                + "<body style=\"font-family: 'Noto Serif CJK SC'\"><div class=\"sheet\">\n"
                + "<p class=\"a\">甲甲甲</p><p class=\"b\">乙乙乙</p><p class=\"c\">丙丙丙</p>\n"
                + "</div></body>\n</html>\n";
    }

    String text(String template) throws IOException {
        Page p = new FrontMatter(dir, FontBook.standard())
                .page(template, 2, SampleFrontIssue.issue(), SampleFrontIssue.START_PAGES, FrontMatterTest.FORMAT, warnings);
        return FrontMatterTest.text((Item.ForeignPage) p.items().get(0));
    }

    @Test
    void anEditedLinkedSheetIsSeenByTheNextPage() throws IOException {
        write("front.css", ".a { display: none; }\n");
        write("t.xhtml", page(""));
        String before = text("t");
        assertFalse(before.contains("甲"), before);
        assertTrue(before.contains("乙") && before.contains("丙"), before);
        assertEquals(before, text("t"), "the same sheet, the same page");

        write("front.css", ".b { display: none; }\n");   // same length: the file's size alone would not tell
        String after = text("t");
        assertTrue(after.contains("甲"), after);
        assertFalse(after.contains("乙"), after);
        assertEquals(List.of(), warnings);
    }

    @Test
    void anEditedInlineSheetIsSeenByTheNextPage() throws IOException {
        write("front.css", "p { margin: 0; }\n");
        write("t.xhtml", page(".c { display: none; }"));
        String before = text("t");
        assertFalse(before.contains("丙"), before);
        write("t.xhtml", page(".a  { display: none; }"));   // another size: the template's own parse is kept by time and size
        String after = text("t");
        assertTrue(after.contains("丙"), after);
        assertFalse(after.contains("甲"), after);
    }

    /** Two templates sharing front.css, each with rules of its own, laid out at once on two threads, many times. */
    @Test
    void pagesSharingSheetsOnTwoThreadsEachGetTheirOwnRules() throws Exception {
        write("front.css", ".a { display: none; }\n");
        write("one.xhtml", page(".b { display: none; }"));
        write("two.xhtml", page(".c { display: none; }"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                List<Future<String>> done = new ArrayList<>();
                for (String t : List.of("one", "two")) {
                    Callable<String> job = () -> text(t);
                    done.add(pool.submit(job));
                }
                String one = done.get(0).get();
                String two = done.get(1).get();
                assertTrue(one.contains("丙") && !one.contains("甲") && !one.contains("乙"), one);
                assertTrue(two.contains("乙") && !two.contains("甲") && !two.contains("丙"), two);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSheetOutsideTheFoldersIsRefusedOnEveryPageNotOnlyTheFirst() throws IOException {
        Path outside = Files.writeString(dir.resolveSibling(dir.getFileName() + "-outside.css"), ".a { display: none; }\n");
        try {
            write("t.xhtml", page("").replace("href=\"front.css\"", "href=\"" + outside.toUri() + "\""));
            for (int i = 0; i < 2; i++) {
                warnings.clear();
                String text = text("t");
                assertTrue(text.contains("甲"), "the refused sheet is not applied: " + text);
                assertTrue(warnings.stream().anyMatch(w -> w.contains("refused to load")), warnings.toString());
            }
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    /**
     * The shared sheets style every element as Flying Saucer's own style reference does, though each page's matcher is
     * given only the user-agent rules that can apply to its elements: seeded random documents of HTML elements (and
     * one it does not know), nested at random, with classes, under an author sheet with descendant, child, class,
     * attribute and pseudo-element rules; each element's cascaded style and its :before/:after styles are compared.
     */
    @Test
    void everyElementIsStyledAsByFlyingSaucersOwnStyleReference() {
        String[] names = {"div", "p", "span", "table", "tbody", "thead", "tr", "td", "th", "caption", "ul", "ol", "li",
                "h1", "h2", "h5", "b", "strong", "em", "i", "pre", "code", "a", "img", "br", "hr", "blockquote", "dl",
                "dt", "dd", "center", "small", "big", "sub", "sup", "form", "input", "u", "s", "del", "ins", "foo"};
        String author = "p { margin: 0; } ol ul { margin-top: 3pt; } .x p { color: #333333; } table > tr { color: #111111; }"
                + " li:first-child { margin-left: 2mm; } p:before { content: \"*\"; } .y { font-weight: bold; }"
                + " td[colspan] { padding: 1mm; } h5.x { font-size: 20pt; } * { letter-spacing: 0; }";
        java.util.Random random = new java.util.Random(20261204L);
        for (int doc = 0; doc < 40; doc++) {
            List<String> pool = new ArrayList<>(List.of(names));
            java.util.Collections.shuffle(pool, random);
            pool = pool.subList(0, 3 + random.nextInt(pool.size() - 3));
            StringBuilder body = new StringBuilder();
            tree(body, pool, random, 0);
            String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title><style type=\"text/css\">"
                    + author + "</style></head><body>" + body + "</body></html>";
            org.w3c.dom.Document d = XhtmlParser.parse(new org.xml.sax.InputSource(new java.io.StringReader(xhtml)), Path.of("t.xhtml"));
            var own = new org.xhtmlrenderer.pdf.ITextRenderer();
            own.setDocument(d, dir.toUri().toString());
            var shared = new org.xhtmlrenderer.pdf.ITextRenderer();
            SharedStyles.install(shared.getSharedContext(), true);
            shared.setDocument(d, dir.toUri().toString());
            var elements = d.getElementsByTagNameNS("*", "*");
            assertTrue(elements.getLength() > 4);
            for (int i = 0; i < elements.getLength(); i++) {
                var e = (org.w3c.dom.Element) elements.item(i);
                String where = "document " + doc + ", element " + i + " <" + e.getLocalName() + "> of " + xhtml;
                assertEquals(style(own, e, null), style(shared, e, null), where);
                assertEquals(style(own, e, "before"), style(shared, e, "before"), where);
                assertEquals(style(own, e, "after"), style(shared, e, "after"), where);
            }
        }
    }

    private static void tree(StringBuilder out, List<String> pool, java.util.Random random, int depth) {
        int n = depth == 0 ? 3 : random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String name = pool.get(random.nextInt(pool.size()));
            out.append('<').append(name);
            if (random.nextInt(3) == 0) out.append(" class=\"").append(random.nextBoolean() ? "x" : "y").append('"');
            if (random.nextInt(5) == 0) out.append(" colspan=\"2\"");
            out.append('>');
            if (depth < 5) tree(out, pool, random, depth + 1);
            out.append("字</").append(name).append('>');
        }
    }

    /** The declarations that won for each property, as the cascade left them (null when there is no such style). */
    private static String style(org.xhtmlrenderer.pdf.ITextRenderer r, org.w3c.dom.Element e, String pseudo) {
        var css = r.getSharedContext().getCss();
        var style = pseudo == null ? css.getCascadedStyle(e, false) : css.getPseudoElementStyle(e, pseudo);
        if (style == null) return null;
        StringBuilder b = new StringBuilder(style.getFingerprint());
        for (var i = style.getCascadedPropertyDeclarations(); i.hasNext();) {
            var pd = i.next();
            b.append('|').append(pd.getDeclarationStandardText()).append(pd.getImportanceAndOrigin());
        }
        return b.toString();
    }

    /**
     * Templates read ahead (on the thread making pages ahead) leave their mistakes to their pages: a broken or
     * missing template throws nothing there, its page still reports it; a good one's page is as it is without.
     */
    @Test
    void templatesReadAheadLeaveTheirErrorsToTheirPages() throws IOException {
        write("front.css", "p { margin: 0; }\n");
        write("board-colophon.xhtml", page(".b { display: none; }"));
        write("contents.xhtml", page(".c { display: none; }").replace("</div></body>", "</body>"));
        var front = new FrontMatter(dir, FontBook.standard());
        front.parseAhead(SampleFrontIssue.issue());
        String board = text("board-colophon");
        assertTrue(board.contains("甲") && !board.contains("乙") && board.contains("丙"), board);
        TemplateException e = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class, () -> text("contents"));
        assertTrue(e.getMessage().startsWith("contents.xhtml:"), e.getMessage());

        Files.delete(dir.resolve("front/contents.xhtml"));
        front.parseAhead(SampleFrontIssue.issue());
        warnings.clear();
        text("contents");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("contents")), "the missing template is reported: " + warnings);
    }
}
