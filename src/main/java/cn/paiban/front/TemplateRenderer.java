package cn.paiban.front;

import cn.paiban.display.ForeignPdf;
import cn.paiban.display.PageFormat;
import cn.paiban.geom.Mpt;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.StandardFontFamilies;
import org.xhtmlrenderer.swing.Java2DRenderer;

/**
 * Renders one filled template twice from the same DOM: to PDF with Flying Saucer's OpenPDF renderer (for the
 * print file) and to a PNG with its Java2D renderer (for the preview). The page size comes from the
 * PageFormat, written into a style sheet placed before the template's own, so a design need not know it.
 */
final class TemplateRenderer {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** 192 dpi is exactly 2 dots per CSS px, so px lengths agree between the raster and the PDF (96 px/in). */
    static final int RASTER_DPI = 192;

    private final TemplateFonts fonts;

    TemplateRenderer(TemplateFonts fonts) { this.fonts = fonts; }

    /**
     * The laid-out template for print: {@code pdf} paints its first page into the PDF (and makes a
     * stand-alone PDF when asked), its page count, and text that collides or leaves the page (see {@link TextCollisions}).
     */
    record Pdf(ForeignPdf pdf, int pages, List<String> collisions) {}

    Pdf pdf(Document doc, Path baseDir, LocalFiles files, int pageWidth, int pageHeight) {
        ITextOutputDevice device = new CmykOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        var agent = new GuardedUserAgents.Pdf(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, files);
        ITextRenderer r = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                device, agent, new Resolver());
        SharedStyles.install(r.getSharedContext(), true);   // the device allowed cmyk() in the renderer's own
        fonts.registerPdf(r.getFontResolver());
        r.setDocument(doc, baseUrl(baseDir));
        ((Resolver) r.getFontResolver()).settled();
        r.layout();
        int pages = r.getRootBox().getLayer().getPages().size();
        float dots = r.getDotsPerPoint();
        List<String> collisions = TextCollisions.find(r.getRootBox(),
                Math.round((float) Mpt.toPt(pageWidth) * dots), Math.round((float) Mpt.toPt(pageHeight) * dots), fonts.faces().stream().map(cn.paiban.font.Face::name).sorted().toList());
        var painter = new TemplatePainter(r, fonts.faces(), pageWidth, pageHeight);
        return new Pdf(ForeignPdf.painted(painter, () -> standalone(r)), pages, collisions);
    }

    /** The whole document as a PDF of its own, with its own font subsets (the cover, tests). */
    private static byte[] standalone(ITextRenderer r) {
        synchronized (r) {
            var out = new ByteArrayOutputStream();
            try {
                r.createPDF(out);
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("Flying Saucer could not write the page: " + e.getMessage(), e);
            }
            return out.toByteArray();
        }
    }

    byte[] png(Document doc, Path baseDir, LocalFiles files, PageFormat format) {
        int w = (int) Math.round(Mpt.toMm(format.trimWidth()) / 25.4 * RASTER_DPI);
        int h = (int) Math.round(Mpt.toMm(format.trimHeight()) / 25.4 * RASTER_DPI);
        Java2DRenderer r = new Java2DRenderer(doc, baseUrl(baseDir), w, h);
        var ctx = r.getSharedContext();
        ctx.setUserAgentCallback(new GuardedUserAgents.Raster(files));
        SharedStyles.install(ctx, false);
        ctx.setDPI(RASTER_DPI);
        ctx.setDotsPerPixel(RASTER_DPI / 96);
        fonts.registerRaster(ctx);
        BufferedImage img = r.getImage();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Flying Saucer's font resolver with the base-14 families read once per process, not once per page, and only
     * when a page asks for one of them (a template that names its faces throughout never does).
     */
    static final class Resolver extends ITextFontResolver {
        private boolean facesImported;
        /** The font of each specification asked for, once the page's fonts are all given ({@link #settled}). */
        private Map<String, org.xhtmlrenderer.render.FSFont> resolved;

        /**
         * The page's fonts are all given (the template's and its {@code @font-face} ones): from now on a specification
         * resolves to the same font each time, so it is resolved once. Flying Saucer's own does it for every box
         * with a key made by String.format, whose pattern is parsed anew on each call.
         */
        void settled() { resolved = new java.util.HashMap<>(); }

        @Override
        public org.xhtmlrenderer.render.FSFont resolveFont(org.xhtmlrenderer.layout.SharedContext context,
                org.xhtmlrenderer.css.value.FontSpecification spec) {
            if (resolved == null) return super.resolveFont(context, spec);
            StringBuilder key = new StringBuilder(64);
            if (spec.families != null) for (String f : spec.families) key.append(f).append('\u0000');
            key.append('\u0001').append(Float.floatToIntBits(spec.size)).append('\u0001').append(spec.fontWeight)
                    .append('\u0001').append(spec.fontStyle);
            String k = key.toString();
            var font = resolved.get(k);
            if (font == null) {
                font = super.resolveFont(context, spec);
                if (font != null) resolved.put(k, font);
            }
            return font;
        }

        @Override
        protected Map<String, FontFamily> loadFonts() { return StandardFontFamilies.copy(); }

        @Override
        public void importFontFaces(java.util.List<org.xhtmlrenderer.css.sheet.FontFaceRule> faces,
                org.xhtmlrenderer.extend.UserAgentCallback agent) {
            facesImported = true;
            super.importFontFaces(faces, agent);
        }

        /**
         * Flying Saucer's drops the {@code @font-face} faces an earlier document brought (and any family they leave
         * empty), looking into every family, which would read all the base-14 metrics. Until faces are imported
         * there are none to drop and no family is empty, so there is nothing to do; after, it does it all.
         */
        @Override
        public void flushFontFaceFonts() {
            if (facesImported) super.flushFontFaceFonts();
        }
    }

    private static String baseUrl(Path dir) {
        return dir.toAbsolutePath().normalize().toUri().toString();
    }

    /**
     * Puts the page size first in the head: @page for the PDF, and the same size on {@code .sheet} (the page
     * box every template wraps its content in) for the raster renderer, which knows no @page.
     * With {@code bleed} the sheet is the media box (trim plus bleed all round) and {@code .trim} inside it is
     * the trim box; {@code .bleed-top} etc. push an absolutely placed element out to the bleed edge
     * (with {@code .bleed-top}, {@code height: 85mm} still ends 85 mm below the trim edge).
     */
    static void addPageStyle(Document doc, PageFormat format, boolean bleed) {
        Element head = firstElement(doc.getDocumentElement(), "head");
        if (head == null) {
            head = doc.createElementNS(XHTML, "head");
            doc.getDocumentElement().insertBefore(head, doc.getDocumentElement().getFirstChild());
        }
        int b = bleed ? format.bleed() : 0;
        String w = mm(format.trimWidth() + 2 * b);
        String h = mm(format.trimHeight() + 2 * b);
        Element style = doc.createElementNS(XHTML, "style");
        style.setAttribute("type", "text/css");
        style.appendChild(doc.createTextNode(
                "@page { size: " + w + " " + h + "; margin: 0; }\n"
                + "html, body { margin: 0; padding: 0; }\n"
                + ".sheet { width: " + w + "; height: " + h + "; box-sizing: border-box; overflow: hidden;"
                + " position: relative; }\n"
                + ".trim { position: absolute; left: " + mm(b) + "; top: " + mm(b) + "; width: " + mm(format.trimWidth())
                + "; height: " + mm(format.trimHeight()) + "; }\n"
                // Out by the bleed and padded by it, so a height or width given in the design still ends where it says.
                + ".bleed-top { top: -" + mm(b) + "; padding-top: " + mm(b) + "; }\n"
                + ".bleed-bottom { bottom: -" + mm(b) + "; padding-bottom: " + mm(b) + "; }\n"
                + ".bleed-left { left: -" + mm(b) + "; padding-left: " + mm(b) + "; }\n"
                + ".bleed-right { right: -" + mm(b) + "; padding-right: " + mm(b) + "; }\n"
                + "." + TemplateFiller.MISSING_CLASS + " { background-color: #ffd24d; }\n"));
        head.insertBefore(style, head.getFirstChild());
    }

    /** Marks the trim and bleed boxes of a PDF rendered at media size, as printers' preflight expects. */
    static byte[] withPrintBoxes(byte[] pdf, PageFormat format) {
        try {
            var reader = new com.lowagie.text.pdf.PdfReader(pdf);
            var out = new ByteArrayOutputStream();
            var stamper = new com.lowagie.text.pdf.PdfStamper(reader, out);
            float b = (float) Mpt.toPt(format.bleed());
            float tw = (float) Mpt.toPt(format.trimWidth());
            float th = (float) Mpt.toPt(format.trimHeight());
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                var page = reader.getPageN(i);
                page.put(com.lowagie.text.pdf.PdfName.TRIMBOX, new com.lowagie.text.pdf.PdfRectangle(b, b, b + tw, b + th));
                page.put(com.lowagie.text.pdf.PdfName.BLEEDBOX,
                        new com.lowagie.text.pdf.PdfRectangle(0, 0, 2 * b + tw, 2 * b + th));
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code mpt} in mm to two places, as {@code String.format(Locale.ROOT, "%.2fmm", …)} writes it (the double's
     * shortest decimal digits rounded half up), without parsing a format pattern for each of the page style's lengths.
     */
    static String mm(int mpt) {
        return java.math.BigDecimal.valueOf(Mpt.toMm(mpt)).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "mm";
    }

    private static Element firstElement(Element parent, String localName) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && localName.equals(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
