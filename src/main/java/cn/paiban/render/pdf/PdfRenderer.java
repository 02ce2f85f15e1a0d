package cn.paiban.render.pdf;

import cn.paiban.display.Document;
import cn.paiban.display.ForeignPdf;
import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.PageFormat;
import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import cn.paiban.geom.Mpt;
import cn.paiban.geom.Rect;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.CachedSubsetFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.UndatedPdfDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Writes a display list as a print-ready PDF with OpenPDF: fonts embedded and subset from the files the layout
 * measured, every glyph at the x the layout gave it, DeviceCMYK only, TrimBox and BleedBox on every page,
 * bookmarks from the anchors, optional crop marks and PDF/X-1a:2001. The same document gives the same bytes.
 */
public final class PdfRenderer {
    /** Room beyond the bleed for crop marks: their offset from the trim is the bleed, their length this less 2 mm. */
    static final int MARK_ZONE = Mpt.mm(10);
    /** One export at a time per JVM: the subset-prefix seeds live on BaseFonts shared through the FontBook. */
    private static final Object FONT_LOCK = new Object();

    /** Threads that subset the faces of a document side by side before it closes. */
    private static final java.util.concurrent.ExecutorService SUBSETTERS = java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "paiban-subset");
                t.setDaemon(true);
                return t;
            });

    /**
     * MD5 names every subset and identifies the file, over ~2 MB at the close of a cold export; run then for the
     * first time it goes through the interpreter (and its VarHandle reads) until the JIT gets to it, tens of ms on
     * the critical path. A digest of 64 KB on a subsetter thread while the pages are drawn has it compiled by then.
     */
    static {
        SUBSETTERS.execute(() -> {
            try {
                java.security.MessageDigest.getInstance("MD5").digest(new byte[1 << 16]);
            } catch (java.security.NoSuchAlgorithmException e) {
                // every Java has MD5; the real digests report it if not
            }
        });
    }

    /**
     * Has a subsetter thread write a small PDF to nowhere while the caller does other work (the layout), so that an
     * export soon after finds OpenPDF's writing code loaded and initialized instead of doing that on its own critical
     * path. Idempotent in effect; a failure only leaves that work to the export.
     */
    public static void warmUp() {
        SUBSETTERS.execute(() -> {
            try {
                WriterWarmUp.run();
            } catch (Exception | LinkageError e) {
                // the export does it, and reports what fails
            }
        });
    }

    private final FontBook fonts;

    public PdfRenderer(FontBook fonts) {
        this.fonts = fonts;
    }

    /** What an export produced, and what it had to leave out (never silently). */
    public record Result(int pages, int bytes, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    public byte[] render(Document doc, PdfOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        render(doc, options, out, p -> { });
        return out.toByteArray();
    }

    /** Writes {@code doc} to {@code out}; {@code progress} hears each page index as it is done. */
    public Result render(Document doc, PdfOptions options, OutputStream out, IntConsumer progress) throws IOException {
        if (doc.pages().isEmpty()) throw new IOException("the document has no pages");
        synchronized (FONT_LOCK) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 20);
            List<String> warnings = new ArrayList<>();
            try {
                write(doc, options, buf, progress, warnings);
            } catch (DocumentException e) {
                throw new IOException("PDF: " + e.getMessage(), e);
            }
            byte[] bytes = PdfIdentity.fix(buf.toByteArray(), doc);
            out.write(bytes);
            return new Result(doc.pages().size(), bytes.length, warnings);
        }
    }

    private void write(Document doc, PdfOptions options, OutputStream out, IntConsumer progress, List<String> warnings)
            throws DocumentException, IOException {
        com.lowagie.text.Document pdf = new com.lowagie.text.Document();
        PdfWriter writer = UndatedPdfDocument.writer(pdf, out);
        writer.setCompressionLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        if (options.pdfx()) {
            writer.setPDFXConformance(PdfWriter.PDFX1A2001);
        } else {
            writer.setPdfVersion(PdfWriter.VERSION_1_6);
        }
        PdfFonts pdfFonts = new PdfFonts(fonts);
        PdfImages images = new PdfImages(options.imageDir(), writer);
        PdfMetadata.apply(writer, doc, options.pdfx());
        Map<byte[], Integer> lastUse = lastUse(doc);
        int lastPainted = lastPaintedPage(doc);
        EarlySubsets early = EarlySubsets.of(doc, lastPainted + 1, pdfFonts);
        if (lastPainted < 0 && early != null) early.start(writer);
        Outline outline = null;
        PdfPageLabels labels = new PdfPageLabels();
        int expectedFolio = Integer.MIN_VALUE;
        for (int i = 0; i < doc.pages().size(); i++) {
            Page page = doc.pages().get(i);
            PageSpace space = new PageSpace(page.format(), page.format().bleed() + (options.cropMarks() ? MARK_ZONE : 0));
            setBoxes(pdf, writer, space);
            if (i == 0) {
                pdf.open();
                if (options.pdfx()) PdfMetadata.outputIntent(writer);
                outline = new Outline(writer.getDirectContent().getRootOutline());
            } else {
                pdf.newPage();
            }
            writer.setPageEmpty(false);   // a blank padding page is still a page
            if (page.folio() != expectedFolio) labels.addPageLabel(i + 1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null,
                    page.folio());
            expectedFolio = page.folio() + 1;
            PdfContentByte cb = writer.getDirectContent();
            for (Item item : page.items()) {
                draw(item, cb, space, pdfFonts, images, outline, page, warnings);
            }
            if (options.cropMarks()) CropMarks.draw(cb, space);
            images.pageDone(i, lastUse);
            if (i == lastPainted && early != null) early.start(writer);
            progress.accept(i);
        }
        if (allFoliosPositive(doc)) writer.setPageLabels(labels);
        if (early != null) early.finish();
        CachedSubsetFont.subsetAhead(writer, SUBSETTERS);
        pdf.close();
    }

    /** The index of the last page a foreign page draws itself on (its glyphs are known once it is drawn), or -1. */
    private static int lastPaintedPage(Document doc) {
        int last = -1;
        for (int i = 0; i < doc.pages().size(); i++) {
            for (Item item : doc.pages().get(i).items()) {
                if (item instanceof Item.ForeignPage fp && fp.source().painter() != null) last = i;
            }
        }
        return last;
    }

    /**
     * The faces' subset programs, made on the subsetter threads while the pages are drawn: every glyph of the
     * document is known once the pages that draw themselves (front matter by Flying Saucer, whose glyphs only
     * its painting tells) are drawn: theirs, entered in the writer's fonts by then, and those of the display
     * list's glyph runs on the pages after them, collected beforehand on a subsetter thread. The close finds the
     * programs made (the cache is keyed by the glyph set, so a set that differs only costs time).
     */
    private static final class EarlySubsets {
        private final java.util.concurrent.CompletableFuture<Map<PdfFonts.Used, Map<Integer, int[]>>> runs;
        private final List<java.util.concurrent.Future<?>> jobs = java.util.Collections.synchronizedList(new ArrayList<>());
        private volatile java.util.concurrent.CompletableFuture<Void> plan;
        /** Set when the last page is drawn: nothing more is begun. */
        private volatile boolean closed;

        /**
         * Early subsets of {@code doc}, collecting what the runs on pages {@code from} onwards will enter in the fonts'
         * glyph maps; null when each of its faces has made a subset in this process already: then it is an export
         * after the first (the editor's next one, a warm benchmark run), whose programs are most likely in the cache,
         * and the collecting would only take a core from the pages being drawn.
         */
        static EarlySubsets of(Document doc, int from, PdfFonts pdfFonts) {
            Map<Face, PdfFonts.Used> faces = new IdentityHashMap<>();   // a face's hash is not free; runs share instances
            List<Page> pages = doc.pages().subList(from, doc.pages().size());
            for (Page page : pages) {
                for (Item item : page.items()) {
                    if (item instanceof Item.GlyphRun run && !faces.containsKey(run.face())) {
                        faces.put(run.face(), pdfFonts.use(run.face()));
                    }
                }
            }
            for (PdfFonts.Used u : faces.values()) {
                if (!(u.font instanceof CachedSubsetFont f) || !f.hasPrograms()) return new EarlySubsets(pages, faces);
            }
            return null;
        }

        private EarlySubsets(List<Page> pages, Map<Face, PdfFonts.Used> faces) {
            runs = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                Map<PdfFonts.Used, Map<Integer, int[]>> glyphs = new IdentityHashMap<>();
                for (Page page : pages) {
                    for (Item item : page.items()) {
                        if (item instanceof Item.GlyphRun run) {
                            PdfFonts.Used u = faces.get(run.face());
                            Map<Integer, int[]> of = glyphs.get(u);
                            if (of == null) glyphs.put(u, of = new java.util.HashMap<>());
                            PdfGlyphs.collect(run, u, of);
                        }
                    }
                }
                return glyphs;
            }, SUBSETTERS);
        }

        /**
         * With what has been drawn into {@code writer} so far (the thread drawing asks), the fonts' glyph maps are
         * whole: the first use of each glyph so far, then in the order the runs are drawn. Prepares each font's
         * subset program and ToUnicode map, the largest first.
         */
        void start(PdfWriter writer) {
            Map<CachedSubsetFont, CachedSubsetFont.Entered> drawn = CachedSubsetFont.enteredSoFar(writer);
            plan = runs.thenAcceptAsync(glyphs -> {
                Map<CachedSubsetFont, CachedSubsetFont.Entered> all = new IdentityHashMap<>(drawn);
                for (Map.Entry<PdfFonts.Used, Map<Integer, int[]>> g : glyphs.entrySet()) {
                    if (g.getKey().font instanceof CachedSubsetFont f) {
                        CachedSubsetFont.Entered e = all.get(f);
                        if (e == null) all.put(f, e = new CachedSubsetFont.Entered(new java.util.HashMap<>(), Map.of()));
                        // drawn before the runs: the earlier use names it
                        for (Map.Entry<Integer, int[]> m : g.getValue().entrySet()) e.glyphs().putIfAbsent(m.getKey(), m.getValue());
                    }
                }
                List<Map.Entry<CachedSubsetFont, CachedSubsetFont.Entered>> largestFirst = new ArrayList<>(all.entrySet());
                largestFirst.sort((a, b) -> Integer.compare(b.getValue().glyphs().size(), a.getValue().glyphs().size()));
                for (Map.Entry<CachedSubsetFont, CachedSubsetFont.Entered> e : largestFirst) {
                    synchronized (jobs) {
                        if (!closed) jobs.add(SUBSETTERS.submit(() -> {
                            if (!closed) e.getKey().prepare(e.getValue());
                            return null;
                        }));
                    }
                }
            }, SUBSETTERS);
        }

        /**
         * Called when the last page is drawn: what has not begun by now is dropped, and the close's own subsetting
         * makes it (a program being made holds its font, so the close waits for it and then finds it). The export
         * never waits here for the subsetter threads: on a warm export everything is in the caches already, and a
         * busy machine may not get to a queued task for tens of milliseconds.
         */
        void finish() {
            closed = true;
            runs.cancel(false);
            if (plan != null) plan.cancel(false);
            synchronized (jobs) {
                for (java.util.concurrent.Future<?> job : jobs) job.cancel(false);
            }
        }
    }

    /** The last page on which each foreign document (by identity of its bytes) is placed. */
    private static Map<byte[], Integer> lastUse(Document doc) {
        Map<byte[], Integer> last = new IdentityHashMap<>();
        for (int i = 0; i < doc.pages().size(); i++) {
            for (Item item : doc.pages().get(i).items()) {
                if (item instanceof Item.ForeignPage fp && fp.source().painter() == null) last.put(fp.pdf(), i);
            }
        }
        return last;
    }

    private static boolean allFoliosPositive(Document doc) {
        for (Page p : doc.pages()) if (p.folio() <= 0) return false;
        return true;
    }

    private static void setBoxes(com.lowagie.text.Document pdf, PdfWriter writer, PageSpace space) {
        PageFormat f = space.format();
        float m = space.margin() / 1000f;
        float b = f.bleed() / 1000f;
        float tw = f.trimWidth() / 1000f;
        float th = f.trimHeight() / 1000f;
        pdf.setPageSize(new Rectangle(space.mediaWidth(), space.mediaHeight()));
        writer.setBoxSize("trim", new Rectangle(m, m, m + tw, m + th));
        writer.setBoxSize("bleed", new Rectangle(m - b, m - b, m + tw + b, m + th + b));
    }

    private void draw(Item item, PdfContentByte cb, PageSpace s, PdfFonts pdfFonts, PdfImages images, Outline outline,
            Page page, List<String> warnings) throws DocumentException, IOException {
        if (item instanceof Item.GlyphRun run) {
            List<Integer> missing = new ArrayList<>();
            PdfInks.fill(cb, run.ink());
            PdfGlyphs.show(cb, run, pdfFonts.use(run.face()), s.x(run.x()), s.y(run.baseline()), missing);
            for (int cp : missing) {
                warnings.add(cn.paiban.i18n.Msg.get("pdf.glyph-missing", page.folio(), String.format("U+%04X", cp),
                        Character.toString(cp), run.face().name(), run.source().articleId(), run.source().block() + 1));
            }
        } else if (item instanceof Item.Rule rule) {
            if (!PdfInks.visible(rule.ink()) || rule.width() <= 0) return;
            PdfInks.stroke(cb, rule.ink());
            cb.setLineWidth(rule.width() / 1000f);
            cb.moveTo(s.x(rule.x1()), s.y(rule.y1()));
            cb.lineTo(s.x(rule.x2()), s.y(rule.y2()));
            cb.stroke();
        } else if (item instanceof Item.Box box) {
            drawBox(box, cb, s);
        } else if (item instanceof Item.Image img) {
            com.lowagie.text.Image image = images.file(img.path());
            Rect r = img.rect();
            if (image == null) {
                warnings.add(cn.paiban.i18n.Msg.get("pdf.image-missing", page.folio(), img.path()));
                drawBox(new Item.Box(r, 500, Ink.BLACK, Ink.NONE), cb, s);
                return;
            }
            cb.addImage(image, r.width() / 1000f, 0, 0, r.height() / 1000f, s.x(r.x()), s.y(r.bottom()));
        } else if (item instanceof Item.ForeignPage fp && fp.source().painter() != null) {
            paint(fp, fp.source().painter(), cb, s, pdfFonts, page, warnings);
        } else if (item instanceof Item.ForeignPage fp) {
            List<String> problems = new ArrayList<>();
            PdfImportedPage imported = images.page(fp.pdf(), fp.pageIndex(), problems);
            problems.forEach(p -> warnings.add(cn.paiban.i18n.Msg.get("pdf.front-problem", page.folio(), fp.template(), p)));
            Rect r = fp.rect();
            float sx = r.width() / 1000f / imported.getWidth();
            float sy = r.height() / 1000f / imported.getHeight();
            cb.addTemplate(imported, sx, 0, 0, sy, s.x(r.x()), s.y(r.bottom()));
        } else if (item instanceof Item.Anchor a) {
            outline.add(a, s.y(a.y()));
        }
    }

    /**
     * A foreign page that draws itself: into this page's content, scaled from its own size into the item's rect
     * and clipped to it, with this PDF's fonts, so its faces share the body's subsets.
     */
    private static void paint(Item.ForeignPage fp, ForeignPdf.Painter painter, PdfContentByte cb, PageSpace s,
            PdfFonts pdfFonts, Page page, List<String> warnings) {
        for (Face f : painter.faces()) pdfFonts.font(f);
        Rect r = fp.rect();
        float x = s.x(r.x());
        float y = s.y(r.bottom());
        List<String> problems = new ArrayList<>();
        cb.saveState();
        cb.rectangle(x, y, r.width() / 1000f, r.height() / 1000f);
        cb.clip();
        cb.newPath();
        cb.concatCTM((float) r.width() / painter.width(), 0, 0, (float) r.height() / painter.height(), x, y);
        painter.paint(cb, problems);
        cb.restoreState();
        for (String p : problems) warnings.add(cn.paiban.i18n.Msg.get("pdf.front-problem", page.folio(), fp.template(), p));
    }

    private static void drawBox(Item.Box box, PdfContentByte cb, PageSpace s) {
        Rect r = box.rect();
        boolean fill = PdfInks.visible(box.fill());
        boolean stroke = PdfInks.visible(box.stroke()) && box.strokeWidth() > 0;
        if (!fill && !stroke) return;
        if (fill) PdfInks.fill(cb, box.fill());
        if (stroke) {
            PdfInks.stroke(cb, box.stroke());
            cb.setLineWidth(box.strokeWidth() / 1000f);
        }
        cb.rectangle(s.x(r.x()), s.y(r.bottom()), r.width() / 1000f, r.height() / 1000f);
        if (fill && stroke) cb.fillStroke();
        else if (fill) cb.fill();
        else cb.stroke();
    }

    /** Bookmarks: a section (level 0) holds the articles (level 1) that follow it. */
    private static final class Outline {
        private final PdfOutline root;
        private PdfOutline section;

        Outline(PdfOutline root) {
            this.root = root;
        }

        void add(Item.Anchor a, float y) {
            PdfDestination dest = new PdfDestination(PdfDestination.FITH, y);
            if (a.level() <= 0 || section == null) {
                PdfOutline o = new PdfOutline(root, dest, a.title(), true);
                if (a.level() <= 0) section = o;
            } else {
                new PdfOutline(section, dest, a.title(), false);
            }
        }
    }
}
