package cn.paiban.front;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/** The template parser's documents and what it refuses, whatever way it gets its DOM and sets up its reader. */
class XhtmlParserTest {
    private static Document parse(String xml) {
        return XhtmlParser.parse(new InputSource(new StringReader(xml)), Path.of("t.xhtml"));
    }

    @Test
    void aTemplateIsTheDomADocumentBuilderMakes() throws Exception {
        Document doc = parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n<p class=\"a\">一</p></body></html>");
        Document builders = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
        assertEquals(builders.getClass(), doc.getClass());
        assertEquals(builders.getImplementation().getClass(), doc.getImplementation().getClass());
        assertEquals(builders.getClass(), XhtmlParser.copy(doc).getClass());
        Element p = (Element) doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "p").item(0);
        assertEquals("a", p.getAttribute("class"));
        assertEquals("一", p.getTextContent());
        assertEquals(2, XhtmlParser.lineOf(p));
    }

    @Test
    void noDoctypeNoEntityNoXInclude() {
        TemplateException doctype = assertThrows(TemplateException.class,
                () -> parse("<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]>\n<html/>"));
        assertTrue(doctype.getMessage().contains("DOCTYPE"), doctype.getMessage());
        assertEquals(2, doctype.line());
        // XInclude stays an element like any other: nothing is read in its place
        Document doc = parse("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<xi:include href=\"file:///etc/hostname\" parse=\"text\"/></html>");
        assertEquals(1, doc.getElementsByTagNameNS("http://www.w3.org/2001/XInclude", "include").getLength());
        assertEquals("", doc.getDocumentElement().getTextContent());
    }

    @Test
    void aMalformedTemplateNamesItsLine() {
        TemplateException e = assertThrows(TemplateException.class, () -> parse("<html>\n<p>\n</html>"));
        assertEquals(3, e.line());
    }

    /** The templates there are, as PlainXml reads them and as the JDK's parser does. */
    private static List<byte[]> templates() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (var files = Files.walk(Path.of("templates"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) out.add(Files.readAllBytes(f));
        }
        return out;
    }

    /** What a parse gives, written out: every node with its name, namespace, attributes, text and line, or the refusal. */
    private static String outcome(java.util.function.Supplier<Document> parse) {
        try {
            StringBuilder out = new StringBuilder();
            write(parse.get(), out);
            return out.toString();
        } catch (TemplateException e) {
            return "refused at " + e.line() + ": " + e.getMessage();
        }
    }

    private static void write(Node n, StringBuilder out) {
        out.append(n.getNodeType()).append('<').append(n.getNamespaceURI()).append(' ').append(n.getNodeName())
                .append(' ').append(n.getLocalName()).append(" line ").append(n.getUserData(XhtmlParser.LINE));
        var atts = n.getAttributes();
        if (atts != null) {
            for (int i = 0; i < atts.getLength(); i++) {
                Node a = atts.item(i);
                out.append(" [").append(a.getNamespaceURI()).append(' ').append(a.getNodeName()).append(' ').append(a.getLocalName())
                        .append('=').append(a.getNodeValue()).append(']');
            }
        }
        if (n.getNodeType() == Node.TEXT_NODE) out.append('"').append(n.getNodeValue()).append('"');
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) write(c, out);
        out.append('>');
    }

    private static void assertSameAsTheJdkParser(byte[] bytes, String why) {
        Path name = Path.of("t.xhtml");
        String jdk = outcome(() -> XhtmlParser.parse(new InputSource(new ByteArrayInputStream(bytes)), name));
        String ours = outcome(() -> XhtmlParser.parse(bytes, name));
        assertEquals(jdk, ours, why + "\n" + new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void theTemplatesAreReadWithoutTheJdkParserToTheSameDocuments() throws IOException {
        List<byte[]> templates = templates();
        assertTrue(templates.size() >= 4, "templates found: " + templates.size());
        for (byte[] t : templates) {
            assertTrue(PlainXml.read(t, new DefaultHandler()), new String(t, StandardCharsets.UTF_8));
            assertSameAsTheJdkParser(t, "template");
        }
    }

    /** Bits of XML, plain and not, well-formed in their place or not, put into the templates at random. */
    private static final String[] BITS = {"<!-- c -->", "<!-- a -- b -->", "<!--->", "<!---->", "<![CDATA[x<y&z]]>", "<![CDATA[", "&amp;",
            "&lt;&gt;&quot;&apos;", "&#x4e2d;", "&#20013;", "&#0;", "&#xD800;", "&#x10FFFF;", "&#X41;", "&#65", "&nbsp;", "&", "]]>", "]]",
            "\r\n", "\r", "\n", "\t", "  ", "<b>", "</b>", "<b>粗</b>", "<br/>", "<br />", "<x:y/>", "<xml:y/>", "<xmlns:y/>",
            "<p xmlns:q=\"urn:q\"><q:r q:a=\"1\" a=\"2\"/></p>", "<q:r xmlns:q=\"urn:q\" xmlns:s=\"urn:q\" q:a=\"1\" s:a=\"2\"/>",
            "<r xmlns=\"\"><s/></r>", "<r xmlns=\"urn:d\">t</r>", " a=\"1\"", " a='1' a='2'", " xml:lang=\"zh\"", " xmlns=\"\"",
            " xmlns:z=\"\"", " xmlns:z=\"urn:z\" z:b=\"2\"", " xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"", "<?pi x?>",
            "<?xml version=\"1.0\"?>", "<!DOCTYPE html>", "\u0001", "\u000b", "\uFFFE", "\uD800", "\uD83D\uDE00", "中", "<中/>",
            "<p 中=\"1\"/>", " b=\"x\ty\nz\r\nw\"", " c=\"&#9;&#10;&#13;\"", " d=\"a<b\"", " e=\"a>b\"", "<", ">", "\"", "'", "=",
            "/", "<p\n class=\"a\"\n>x</p\n>", "<p\n/>", "\uFEFF", "<a:b:c/>", "<_x-y.z/>", "<1x/>", "</html>", "<html>"};

    @Test
    void whatPlainXmlReadsItReadsAsTheJdkParserDoes() throws IOException {
        List<byte[]> templates = templates();
        Random random = new Random(20261204);
        int plain = 0;
        int n = 2000;
        for (int k = 0; k < n; k++) {
            String t = new String(templates.get(random.nextInt(templates.size())), StandardCharsets.UTF_8);
            StringBuilder b = new StringBuilder(t);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(b.length() + 1);
                switch (random.nextInt(4)) {
                    case 0, 1 -> b.insert(at, BITS[random.nextInt(BITS.length)]);
                    case 2 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(3)));
                    default -> {
                        // near a tag, where the bits matter most
                        int lt = b.indexOf("<", at);
                        if (lt > 0) b.insert(lt + 1 + random.nextInt(3), BITS[random.nextInt(BITS.length)]);
                    }
                }
            }
            byte[] bytes = random.nextInt(20) == 0 ? b.toString().getBytes(StandardCharsets.UTF_16) : b.toString().getBytes(StandardCharsets.UTF_8);
            if (PlainXml.read(bytes, new DefaultHandler())) plain++;
            assertSameAsTheJdkParser(bytes, "case " + k);
        }
        // most edits leave a template plain XML: the comparison is of what PlainXml reads, not only of what it leaves
        assertTrue(plain > n / 5, "read by PlainXml: " + plain + " of " + n);
    }
}
