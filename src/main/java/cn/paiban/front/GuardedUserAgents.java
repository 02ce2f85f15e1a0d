package cn.paiban.front;

import cn.paiban.image.CmykPixels;
import com.lowagie.text.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.resource.XMLResource;
import org.xhtmlrenderer.swing.NaiveUserAgent;

/**
 * Flying Saucer's user agents with every load going through {@link LocalFiles}: no network, no file outside
 * the template and issue folders. Flying Saucer funnels CSS, images and fonts through openStream, so that
 * is the one door to guard; documents are never loaded by URI (we hand over a filled DOM), so that door is shut.
 */
final class GuardedUserAgents {
    private GuardedUserAgents() {}

    static final class Pdf extends ITextUserAgent {
        private final LocalFiles files;

        Pdf(ITextOutputDevice device, int dotsPerPixel, LocalFiles files) {
            super(device, dotsPerPixel);
            this.files = files;
        }

        @Override
        protected InputStream openStream(String uri) throws IOException { return files.open(uri); }

        @Override
        public XMLResource getXMLResource(String uri) { throw refusedDocument(uri); }

        /**
         * The image as Flying Saucer loads it, but with RGB, grey-with-alpha and indexed pixels made CMYK first:
         * the page is painted straight into the PDF, where PDF/X-1a allows neither RGB nor a soft mask.
         */
        @Override
        public ImageResource getImageResource(String uri) {
            ImageResource loaded = super.getImageResource(uri);
            if (!(loaded.getImage() instanceof ITextFSImage fs)) return loaded;
            ImageResource cmyk = converted.computeIfAbsent(resolveURI(uri), u -> cmyk(u, fs.getImage(), loaded));
            return new ImageResource(cmyk.getImageUri(), (ITextFSImage) ((ITextFSImage) cmyk.getImage()).clone());
        }

        private ImageResource cmyk(String resolved, Image image, ImageResource loaded) {
            boolean masked = image.getImageMask() != null || image.isMask();
            if (image.getColorspace() == 4 && !masked) return loaded;
            if (image.getColorspace() == 1 && !masked && image.getBpc() <= 8) return loaded;
            try (InputStream in = openStream(resolved)) {
                BufferedImage pixels = in == null ? null : ImageIO.read(in);
                if (pixels == null) return loaded; // the painter reports what stays non-CMYK
                Image converted = Image.getInstance(pixels.getWidth(), pixels.getHeight(), 4, 8, CmykPixels.fromImage(pixels));
                converted.scaleAbsolute(image.getPlainWidth(), image.getPlainHeight());
                return new ImageResource(loaded.getImageUri(), new ITextFSImage(converted));
            } catch (IOException | RuntimeException e) {
                return loaded;
            }
        }

        private final Map<String, ImageResource> converted = new HashMap<>();
    }

    static final class Raster extends NaiveUserAgent {
        private final LocalFiles files;

        Raster(LocalFiles files) { this.files = files; }

        @Override
        protected InputStream openStream(String uri) throws IOException { return files.open(uri); }

        @Override
        public XMLResource getXMLResource(String uri) { throw refusedDocument(uri); }
    }

    private static UncheckedIOException refusedDocument(String uri) {
        return new UncheckedIOException(new IOException("templates may not load other documents: " + uri));
    }
}
