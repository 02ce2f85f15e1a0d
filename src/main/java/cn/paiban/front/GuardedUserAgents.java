package cn.paiban.front;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
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
