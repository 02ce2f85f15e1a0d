package cn.paiban.front;

import cn.paiban.display.ForeignPdf;
import cn.paiban.font.Face;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Rectangle;
import java.awt.Shape;
import java.util.List;
import org.xhtmlrenderer.css.style.CalculatedStyle.Edge;
import org.xhtmlrenderer.layout.Layer;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextFontContext;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * Paints the first page of a laid-out template into the PDF the issue is being written to, as Flying Saucer's
 * ITextRenderer paints a page into a file of its own (the same steps, on the writer's page): its text is drawn
 * with the FontBook's BaseFonts, which the body uses too, so each face is embedded once in the whole issue.
 * Each paint uses a fresh output device (the device remembers the last colour it set), and one paint runs at a
 * time per template (the box tree is shared with the stand-alone PDF and the preview).
 */
final class TemplatePainter implements ForeignPdf.Painter {
    private final ITextRenderer renderer;
    private final List<Face> faces;
    private final int width;
    private final int height;

    /** {@code renderer} has laid out its document; {@code width} × {@code height} (millipoints) is its page size. */
    TemplatePainter(ITextRenderer renderer, List<Face> faces, int width, int height) {
        this.renderer = renderer;
        this.faces = List.copyOf(faces);
        this.width = width;
        this.height = height;
    }

    @Override
    public List<Face> faces() { return faces; }

    @Override
    public int width() { return width; }

    @Override
    public int height() { return height; }

    @Override
    public void paint(Object canvas, List<String> problems) {
        PdfContentByte cb = (PdfContentByte) canvas;
        synchronized (renderer) {
            SharedContext shared = renderer.getSharedContext();
            Device device = new Device(renderer.getDotsPerPoint(), problems);
            device.setSharedContext(shared);
            ITextFontContext fontContext = new ITextFontContext();
            shared.getTextRenderer().setup(fontContext);
            BlockBox root = renderer.getRootBox();
            RenderingContext c = shared.newRenderingContextInstance(device, fontContext, root.getLayer(), 0);
            List<PageBox> pages = root.getLayer().getPages();
            PageBox page = pages.get(0);
            device.setRoot(root);
            device.start(renderer.getDocument());
            device.setWriter(cb.getPdfWriter());
            device.initializePage(cb, page.getHeight(c) / renderer.getDotsPerPoint());
            root.getLayer().assignPagePaintingPositions(c, Layer.PagedMode.PAGED_MODE_PRINT);
            c.setPageCount(pages.size());
            c.setPage(0, page);
            page.paintBackground(c, 0, Layer.PagedMode.PAGED_MODE_PRINT);
            page.paintMarginAreas(c, 0, Layer.PagedMode.PAGED_MODE_PRINT);
            page.paintBorder(c, 0, Layer.PagedMode.PAGED_MODE_PRINT);
            Shape working = device.getClip();
            Rectangle content = page.getPrintClippingBounds(c);
            device.clip(content);
            int top = -page.getPaintingTop() + page.getMarginBorderPadding(c, Edge.TOP);
            int left = page.getMarginBorderPadding(c, Edge.LEFT);
            device.translate(left, top);
            root.getLayer().paint(c);
            device.translate(-left, -top);
            device.setClip(working);
            device.finishPage();
        }
    }

    /** The CMYK device, reporting images it passes on in another colour space (PDF/X-1a wants CMYK or grey). */
    private static final class Device extends CmykOutputDevice {
        private final List<String> problems;

        Device(float dotsPerPoint, List<String> problems) {
            super(dotsPerPoint);
            this.problems = problems;
        }

        @Override
        public void drawImage(org.xhtmlrenderer.extend.FSImage image, int x, int y) {
            if (image instanceof ITextFSImage fs) {
                Image img = fs.getImage();
                if (img.getColorspace() == 3) problems.add("image in colour space DeviceRGB");
            }
            super.drawImage(image, x, y);
        }
    }
}
