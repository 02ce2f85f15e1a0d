package cn.paiban.front;

import cn.paiban.display.ForeignPdf;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.PageFormat;
import cn.paiban.display.PageRaster;
import cn.paiban.font.FontBook;
import cn.paiban.geom.Rect;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.trace.StartTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Front-matter pages (board, contents, colophon, call for papers, cover) from the XHTML templates in
 * {@code templateDir}/front: each template is parsed safely, filled from the issue and the resolved page
 * numbers ({@link TemplateFiller}), and rendered by Flying Saucer to PDF (for print) and PNG (for the preview).
 */
public final class FrontMatter {
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path templateDir;
    private final FontBook fonts;
    private final Path issueDir;
    private final StrokeOrder strokes;

    public FrontMatter(Path templateDir) {
        this(templateDir, FontBook.standard(), null, StrokeOrder.icu());
    }

    public FrontMatter(Path templateDir, FontBook fonts) {
        this(templateDir, fonts, null, StrokeOrder.icu());
    }

    private FrontMatter(Path templateDir, FontBook fonts, Path issueDir, StrokeOrder strokes) {
        this.templateDir = templateDir;
        this.fonts = fonts;
        this.issueDir = issueDir;
        this.strokes = strokes;
    }

    /** Lets templates load images from the issue folder too (a cover photo, a logo the office keeps there). */
    public FrontMatter withIssueDir(Path dir) { return new FrontMatter(templateDir, fonts, dir, strokes); }

    /** The stroke counts used for {@code namesByStroke}; front/strokes.json of the template adds the office's corrections. */
    public FrontMatter withStrokeOrder(StrokeOrder order) { return new FrontMatter(templateDir, fonts, issueDir, order); }

    public Path templateDir() { return templateDir; }

    /**
     * The pages of the issue's plan.templatePages(), each a display Page (folio from the plan) holding a
     * ForeignPage item; {@code startPages} maps article id to its first page (for the contents);
     * problems (missing fields) are added to {@code warnings}.
     */
    public List<Page> render(Issue issue, Map<String, Integer> startPages, PageFormat format, List<String> warnings) {
        return make(issue, startPages, format, warnings, null).pages();
    }

    /**
     * The template pages as {@link #render} makes them, taking from {@code earlier} (pages made a moment ago from the
     * same files, for other start pages; may be null) every page whose template fills to the very same document: a
     * board or colophon does not change with the page numbers, only the contents does.
     */
    public Made make(Issue issue, Map<String, Integer> startPages, PageFormat format, List<String> warnings, Made earlier) {
        List<Made> pages = new ArrayList<>();
        for (PagePlan.TemplatePage tp : issue.plan().templatePages()) {
            pages.add(makePage(issue, tp, startPages, format, warnings, earlier));
        }
        return Made.join(pages);
    }

    /**
     * One template page of the plan as {@link #make} makes it, its problems added to {@code warnings}: the pages of
     * an issue are independent of each other, so two threads can make them, and {@link Made#join} puts them together.
     */
    public Made makePage(Issue issue, PagePlan.TemplatePage tp, Map<String, Integer> startPages, PageFormat format,
            List<String> warnings, Made earlier) {
        Path file = templateFile(tp.template());
        StartTrace.mark("front " + tp.template() + ": start");
        Document doc = filled(tp.template(), tp.page(), issue, startPages, warnings);
        checkCoverage(file, doc, warnings);
        TemplateRenderer.addPageStyle(doc, format, false);
        String snapshot = Made.snapshot(doc);
        StartTrace.mark("front " + tp.template() + ": filled");
        Made.Entry old = earlier == null ? null : earlier.find(tp.template(), tp.page(), snapshot);
        if (old != null) {
            warnings.addAll(old.renderWarnings());
            return new Made(List.of(old));
        }
        List<String> rendering = new ArrayList<>();
        Rendered r = renderFilled(file, doc, format, rendering, false);
        warnings.addAll(rendering);
        Made.Entry made = new Made.Entry(tp.template(), tp.page(), snapshot, pageOf(r, tp.template(), tp.page(), format), rendering);
        StartTrace.mark("front " + tp.template() + ": laid out");
        return new Made(List.of(made));
    }

    /**
     * Reads the plan's templates and parses their own style sheets into the process's kept ones, as making their
     * pages would: on the thread that makes pages ahead, so that a page made later on the layout's thread (the
     * contents, which waits for the body's start pages) only copies and fills. A template that cannot be read or
     * parsed is left for its page to report.
     */
    public void parseAhead(Issue issue) {
        for (PagePlan.TemplatePage tp : issue.plan().templatePages()) {
            Path file;
            try {
                file = templateFile(tp.template());
            } catch (TemplateException e) {
                continue;
            }
            XhtmlParser.parseAhead(file, doc -> SharedStyles.parseAhead(doc, true));
        }
    }

    /**
     * The start pages as the templates see them (the contents' entries and its sections' pages): where two maps of
     * start pages give equal values, every template fills to the very same document, so pages made with one are right
     * for the other. An article the contents does not list (a filler, one news item of a section listed by its first
     * page) may start anywhere without changing it.
     */
    public static Object pagesShown(Issue issue, Map<String, Integer> startPages) {
        return FrontData.contents(issue, startPages);
    }

    /** Template pages with what each was made from (its filled document, written out), for {@link #make} to reuse. */
    public static final class Made {
        private record Entry(String template, int folio, String snapshot, Page page, List<String> renderWarnings) {}

        private final List<Entry> entries;

        private Made(List<Entry> entries) { this.entries = List.copyOf(entries); }

        public List<Page> pages() { return entries.stream().map(Entry::page).toList(); }

        /** The pages of each, in this order. */
        public static Made join(List<Made> parts) {
            List<Entry> all = new ArrayList<>();
            for (Made m : parts) all.addAll(m.entries);
            return new Made(all);
        }

        private Entry find(String template, int folio, String snapshot) {
            for (Entry e : entries) {
                if (e.template().equals(template) && e.folio() == folio && e.snapshot().equals(snapshot)) return e;
            }
            return null;
        }

        /** The document written out whole (names, namespaces, attributes, text), for comparing two fillings. */
        static String snapshot(Document doc) {
            StringBuilder out = new StringBuilder(8192);
            write(doc, out);
            return out.toString();
        }

        private static void write(Node n, StringBuilder out) {
            out.append(n.getNodeType()).append('<').append(n.getNamespaceURI()).append(' ').append(n.getNodeName());
            var atts = n.getAttributes();
            if (atts != null) {
                for (int i = 0; i < atts.getLength(); i++) {
                    Node a = atts.item(i);
                    out.append('\u0000').append(a.getNamespaceURI()).append(' ').append(a.getNodeName()).append('=')
                            .append(a.getNodeValue());
                }
            }
            if (!(n instanceof org.w3c.dom.Element) && !(n instanceof Document) && n.getNodeValue() != null) {
                out.append('\u0001').append(n.getNodeValue());
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) write(c, out);
            out.append('>');
        }
    }

    /** One template as one page with folio {@code folio}. */
    public Page page(String template, int folio, Issue issue, Map<String, Integer> startPages, PageFormat format,
            List<String> warnings) {
        Rendered r = renderTemplate(template, folio, issue, startPages, format, warnings, false);
        return pageOf(r, template, folio, format);
    }

    private static Page pageOf(Rendered r, String template, int folio, PageFormat format) {
        Rect trim = new Rect(0, 0, format.trimWidth(), format.trimHeight());
        return new Page(folio, format, List.of(new Item.ForeignPage(trim, r.pdf(), 0, r.raster(), template)), false);
    }

    /** The cover (template {@code cover}) as a PDF of its own: printers take covers apart from the inner pages. */
    public byte[] coverPdf(Issue issue, PageFormat format, List<String> warnings) {
        byte[] pdf = renderTemplate("cover", 0, issue, Map.of(), format, warnings, true).pdf().bytes();
        return TemplateRenderer.withPrintBoxes(pdf, format);
    }

    private record Rendered(ForeignPdf pdf, PageRaster raster) {}

    private Rendered renderTemplate(String template, int folio, Issue issue, Map<String, Integer> startPages,
            PageFormat format, List<String> warnings, boolean cover) {
        Path file = templateFile(template);
        Document doc = filled(template, folio, issue, startPages, warnings);
        checkCoverage(file, doc, warnings);
        // The cover prints to the edge, so it gets its bleed; inner pages are placed in the trim box.
        TemplateRenderer.addPageStyle(doc, format, cover);
        return renderFilled(file, doc, format, warnings, cover);
    }

    /** A template filled and given its page style, laid out by Flying Saucer. */
    private Rendered renderFilled(Path file, Document doc, PageFormat format, List<String> warnings, boolean cover) {
        var files = new LocalFiles(issueDir == null ? List.of(templateDir) : List.of(templateDir, issueDir));
        var renderer = new TemplateRenderer(new TemplateFonts(fonts));
        Path base = file.getParent();
        int b = cover ? format.bleed() : 0;
        TemplateRenderer.Pdf pdf = renderer.pdf(doc, base, files, format.trimWidth() + 2 * b, format.trimHeight() + 2 * b);
        for (String c : pdf.collisions()) {
            warnings.add(cn.paiban.i18n.Msg.get("findings.front.collision", file.getFileName(), c));
        }
        if (pdf.pages() > 1) {
            warnings.add(cn.paiban.i18n.Msg.get("findings.front.runs-over", file.getFileName(), pdf.pages()));
        }
        for (String refusal : files.refusals()) warnings.add(cn.paiban.i18n.Msg.get("findings.front.at", file.getFileName(), refusal));
        // The cover is not a page of the issue, so it needs no preview raster; the others are drawn only when
        // a screen first shows them (an export never does). The filled document is not changed after this.
        PageRaster raster = cover ? PageRaster.of(null) : PageRaster.lazy(() -> renderer.png(doc, base, files, format));
        return new Rendered(pdf.pdf(), raster);
    }

    /** A template parsed and filled from the issue: the document Flying Saucer renders, before any page style. */
    private Document filled(String template, int folio, Issue issue, Map<String, Integer> startPages, List<String> warnings) {
        Path file = templateFile(template);
        Document doc;
        if (Files.isRegularFile(file)) {
            doc = XhtmlParser.parseTemplate(file);
        } else {
            // Like a missing field: a visible placeholder and a warning, so the rest of the issue still sets.
            warnings.add(cn.paiban.i18n.Msg.get("findings.front.missing-template", file.getFileName(), template, Math.max(folio, 0)));
            doc = XhtmlParser.parse(new org.xml.sax.InputSource(new java.io.StringReader(missingTemplatePage(template))), file);
        }
        StrokeOrder order = StrokeCorrections.load(templateDir.resolve("front"), strokes);
        Map<String, Object> data = new LinkedHashMap<>(FrontData.of(issue, startPages, order));
        data.put("page", Map.of("folio", String.valueOf(folio)));
        new TemplateFiller(file, data, warnings).fill(doc);
        return doc;
    }

    /**
     * The text a front-matter page prints, for the proofreading checks: {@code blocks} holds the text of each block
     * element (paragraph, heading, table cell, list item…) in document order, as the filled template has it.
     */
    public record PrintedPage(String template, int folio, List<String> blocks) {
        public PrintedPage {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * The printed text of every template page of the issue's plan, filled exactly as {@link #render} fills it, and of
     * the cover (folio 0) when the template has one: the cover prints too.
     */
    public List<PrintedPage> printedText(Issue issue, Map<String, Integer> startPages) {
        List<PrintedPage> out = new ArrayList<>();
        List<PagePlan.TemplatePage> pages = new ArrayList<>(issue.plan().templatePages());
        if (Files.isRegularFile(templateFile("cover"))) pages.add(new PagePlan.TemplatePage("cover", 0));
        for (PagePlan.TemplatePage tp : pages) {
            Document doc = filled(tp.template(), tp.page(), issue, startPages, new ArrayList<>());
            Map<Node, StringBuilder> blocks = new LinkedHashMap<>();
            collectBlocks(doc.getDocumentElement(), null, blocks);
            List<String> texts = new ArrayList<>();
            for (StringBuilder b : blocks.values()) {
                String t = b.toString().replaceAll("[ \t\r\n]+", " ").strip();
                if (!t.isEmpty()) texts.add(t);
            }
            out.add(new PrintedPage(tp.template(), tp.page(), texts));
        }
        return out;
    }

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
            "li", "div", "dt", "dd", "caption", "body", "tr", "table", "ul", "ol", "section", "header", "footer");

    private static void collectBlocks(Node n, Node block, Map<Node, StringBuilder> out) {
        if (n.getNodeType() == Node.TEXT_NODE) {
            if (block != null && !n.getNodeValue().isBlank()) out.computeIfAbsent(block, k -> new StringBuilder()).append(n.getNodeValue());
            return;
        }
        String name = n.getLocalName() == null ? n.getNodeName() : n.getLocalName();
        if (name.equals("style") || name.equals("title") || name.equals("head") || name.equals("script")) return;
        Node inner = BLOCKS.contains(name) || block == null ? n : block;
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) collectBlocks(c, inner, out);
    }

    private Path templateFile(String template) {
        // checked before it becomes a path: a name the file system cannot encode would throw InvalidPathException
        if (!TEMPLATE_NAME.matcher(template).matches()) {
            throw new TemplateException(templateDir.resolve("front"), 0, cn.paiban.i18n.Msg.get("findings.front.bad-name", template));
        }
        return templateDir.resolve("front").resolve(template + ".xhtml");
    }

    private static String missingTemplatePage(String template) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + template + "</title></head>"
                + "<body><div class=\"sheet\" style=\"padding: 40mm 20mm; text-align: center;"
                + " font-family: 'Noto Sans CJK SC'; font-size: 16pt;\">"
                + "<span class=\"" + TemplateFiller.MISSING_CLASS + "\">" + TemplateFiller.marker("模板 " + template)
                + "</span></div></body></html>";
    }

    /** Flying Saucer drops characters its font lacks without a word; say which ones instead. */
    private void checkCoverage(Path file, Document doc, List<String> warnings) {
        var face = fonts.primary(FontBook.SONG);
        StringBuilder text = new StringBuilder();
        collectText(doc.getDocumentElement(), text);
        for (int cp : TemplateFonts.missing(fonts, face, text.toString())) {
            warnings.add(cn.paiban.i18n.Msg.get("findings.front.no-glyph", file.getFileName(), face.name(),
                    String.format("U+%04X", cp), new String(Character.toChars(cp))));
        }
    }

    private static void collectText(Node n, StringBuilder out) {
        if (n.getNodeType() == Node.TEXT_NODE) {
            Node parent = n.getParentNode();
            String name = parent == null ? "" : parent.getLocalName() == null ? parent.getNodeName() : parent.getLocalName();
            if (!name.equals("style") && !name.equals("title")) out.append(n.getNodeValue());
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) collectText(c, out);
    }
}
