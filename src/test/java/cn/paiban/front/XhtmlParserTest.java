package cn.paiban.front;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

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
}
