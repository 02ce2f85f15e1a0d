package cn.paiban.front;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a template into a DOM, refusing anything that could reach outside the file: no DOCTYPE (so no
 * entities, internal or external, and no DTD fetch), no XInclude. Every element remembers its source line
 * (user data {@value #LINE}) so that fill errors can point the editor at it.
 */
final class XhtmlParser {
    static final String LINE = "paiban.line";
    /** Elements nested deeper than this are refused: real templates are about ten deep. */
    static final int MAX_DEPTH = 100;

    private XhtmlParser() {}

    /** A template file as parsed, with the time and size it had then. */
    /** A template as read (its bytes) and parsed. */
    private record Parsed(byte[] bytes, Document doc) {}

    /** Templates parsed once per process: each filling fills a copy. */
    private static final java.util.Map<Path, Parsed> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * As {@link #parse(Path)}, but parsed once while the file keeps its bytes: each call returns a copy of
     * its own (with the source lines), for the caller to fill. A file that fails to parse fails each time.
     */
    static Document parseTemplate(Path file) {
        Parsed p = kept(file);
        if (p == null) return parse(file);   // says why it cannot be read
        synchronized (p.doc()) {   // a DOM is not safe to read from two threads at once
            return copy(p.doc());
        }
    }

    /**
     * Parses {@code file} as {@link #parseTemplate} keeps it, ahead of its filling (on another thread), and hands the
     * kept document to {@code read}, which must not change it; does nothing for a file that cannot be read or parsed:
     * its filling will say why.
     */
    static void parseAhead(Path file, java.util.function.Consumer<Document> read) {
        Parsed p;
        try {
            p = kept(file);
        } catch (TemplateException e) {
            return;
        }
        if (p == null) return;
        synchronized (p.doc()) {
            read.accept(p.doc());
        }
    }

    /**
     * The kept parse of a regular file, parsed now when it has none or its bytes changed; null if no regular file. The
     * bytes are compared, not the file's time and size: an edit of the same length within the clock's tick (2 s on a
     * FAT-formatted USB stick) must still be seen by the editor's next layout. Reading a few kilobytes is cheap; the
     * parse is what is kept.
     */
    private static Parsed kept(Path file) {
        java.nio.file.attribute.BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
        if (!attrs.isRegularFile()) return null;
        if (attrs.size() > KEPT_BYTES) return new Parsed(null, parse(file));   // not kept: parsed as any file
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TemplateException(file, 0, cn.paiban.i18n.Msg.get("findings.front.unreadable", e.getMessage()));
        }
        Path key = file.toAbsolutePath().normalize();
        Parsed p = TEMPLATES.get(key);
        if (p == null || !java.util.Arrays.equals(p.bytes(), bytes)) {
            p = new Parsed(bytes, parse(bytes, file));
            TEMPLATES.put(key, p);
        }
        return p;
    }

    /** Templates larger than this are parsed each time, not kept with their bytes. */
    private static final long KEPT_BYTES = 1 << 20;

    /** A copy of a document this parser built: its elements, attributes and text, and each element's source line. */
    static Document copy(Document from) {
        Document to = newDocument();
        for (Node c = from.getFirstChild(); c != null; c = c.getNextSibling()) copy(c, to, to);
        return to;
    }

    private static void copy(Node n, Node parent, Document to) {
        Node out;
        if (n instanceof Element e) {
            String uri = e.getNamespaceURI();
            Element x = uri == null || uri.isEmpty() ? to.createElement(e.getTagName()) : to.createElementNS(uri, e.getTagName());
            var atts = e.getAttributes();
            for (int i = 0; i < atts.getLength(); i++) {
                Node a = atts.item(i);
                String au = a.getNamespaceURI();
                if (au == null || au.isEmpty()) x.setAttribute(a.getNodeName(), a.getNodeValue());
                else x.setAttributeNS(au, a.getNodeName(), a.getNodeValue());
            }
            Object line = e.getUserData(LINE);
            if (line != null) x.setUserData(LINE, line, null);
            out = x;
        } else if (n.getNodeType() == Node.TEXT_NODE) {
            out = to.createTextNode(n.getNodeValue());
        } else {
            out = to.importNode(n, false);
        }
        parent.appendChild(out);
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) copy(c, out, to);
    }

    /**
     * The JDK's own DOM, looked up once: DocumentBuilderFactory.newInstance() searched the class path for another
     * (system property, jaxp.properties, service files) on each of the 2-4 documents of an export. Asked of the DOM's
     * own registry for the implementation a DocumentBuilder has (Traversal is what sets it apart from the core one),
     * not of a DocumentBuilder: making one builds its whole parser (configuration, scanners, security manager) only
     * to be asked for the implementation, ~9 ms of a cold export's CPU on the thread making the front pages. Anything
     * but the JDK's own (a DOM named by a system property or a service file on the class path) is passed over for the
     * builder's, as before.
     */
    private static final org.w3c.dom.DOMImplementation DOM = jdkDom();

    private static org.w3c.dom.DOMImplementation jdkDom() {
        try {
            var registry = org.w3c.dom.bootstrap.DOMImplementationRegistry.newInstance();
            org.w3c.dom.DOMImplementation dom = registry.getDOMImplementation("XML 3.0 Traversal 2.0");
            if (dom != null && dom.getClass().getModule() == Document.class.getModule()) return dom;
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the builder's, below
        }
        try {
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation", e);
        }
    }

    /** An empty document, as DocumentBuilder.newDocument() makes it. */
    private static Document newDocument() { return DOM.createDocument(null, null, null); }

    static Document parse(Path file) {
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            // a FIFO would block the export for ever
            throw new TemplateException(file, 0, cn.paiban.i18n.Msg.get("limits.file.not-regular", file.getFileName()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new InputSource(in), file);
        } catch (IOException e) {
            throw new TemplateException(file, 0, cn.paiban.i18n.Msg.get("findings.front.unreadable", e.getMessage()));
        }
    }

    /**
     * A template's bytes as {@link #parse(InputSource, Path)} reads them: plain XML (what templates are) is read by
     * {@link PlainXml} into the same document, anything else by the JDK's parser, which also says what is wrong.
     */
    static Document parse(byte[] bytes, Path nameForErrors) {
        Document doc = newDocument();
        if (PlainXml.read(bytes, new DomBuilder(doc))) return doc;
        return parse(new InputSource(new java.io.ByteArrayInputStream(bytes)), nameForErrors);
    }

    /** A template through the JDK's parser. */
    static Document parse(InputSource source, Path nameForErrors) {
        Document doc = newDocument();
        DomBuilder builder = new DomBuilder(doc);
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();   // the JDK's, not searched for on the class path
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setValidating(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var reader = f.newSAXParser().getXMLReader();
            // Set on the reader, not the factory: the JDK's factory builds a whole parser to try each feature it is
            // given (four more per template, ~3 ms of a cold export's CPU); the reader takes them as they are.
            // The one switch that matters: a DOCTYPE is an error, so no entity can be declared at all.
            reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
            reader.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            reader.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            reader.setContentHandler(builder);
            reader.setErrorHandler(builder);
            // Belt and braces: should an entity ever be resolved, it resolves to nothing.
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            reader.parse(source);
        } catch (SAXParseException e) {
            throw new TemplateException(nameForErrors, e.getLineNumber(), explain(e.getMessage()));
        } catch (SAXException | ParserConfigurationException e) {
            throw new TemplateException(nameForErrors, builder.line(), explain(e.getMessage()));
        } catch (IOException e) {
            throw new TemplateException(nameForErrors, 0, "cannot read template: " + e.getMessage());
        }
        return doc;
    }

    private static String explain(String parserMessage) {
        if (parserMessage != null && parserMessage.contains("DOCTYPE")) {
            return "DOCTYPE is not allowed in a template (entities could read other files): " + parserMessage;
        }
        return parserMessage;
    }

    static int lineOf(Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n.getUserData(LINE) instanceof Integer i) return i;
        }
        return 0;
    }

    /** Builds the DOM from SAX events, keeping line numbers (the JDK's DocumentBuilder forgets them). */
    private static final class DomBuilder extends DefaultHandler {
        private final Document doc;
        private Node current;
        private Locator locator;
        private final StringBuilder text = new StringBuilder();
        private int depth;

        DomBuilder(Document doc) {
            this.doc = doc;
            this.current = doc;
        }

        int line() { return locator == null ? 0 : locator.getLineNumber(); }

        @Override
        public void setDocumentLocator(Locator l) { this.locator = l; }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            // bounded: a template nested 1,000 deep overflowed the stack of the renderer that walks it
            if (++depth > MAX_DEPTH) {
                throw new SAXParseException(cn.paiban.i18n.Msg.get("limits.template.depth", MAX_DEPTH), locator);
            }
            flushText();
            Element e = uri == null || uri.isEmpty() ? doc.createElement(qName) : doc.createElementNS(uri, qName);
            for (int i = 0; i < atts.getLength(); i++) {
                String au = atts.getURI(i);
                if (au == null || au.isEmpty()) e.setAttribute(atts.getQName(i), atts.getValue(i));
                else e.setAttributeNS(au, atts.getQName(i), atts.getValue(i));
            }
            e.setUserData(LINE, line(), null);
            current.appendChild(e);
            current = e;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
            flushText();
            current = current.getParentNode();
        }

        @Override
        public void characters(char[] ch, int start, int length) { text.append(ch, start, length); }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) { text.append(ch, start, length); }

        private void flushText() {
            if (text.length() > 0 && current != doc) current.appendChild(doc.createTextNode(text.toString()));
            text.setLength(0);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException { throw e; }

        @Override
        public void error(SAXParseException e) throws SAXException { throw e; }
    }
}
