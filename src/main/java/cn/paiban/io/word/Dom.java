package cn.paiban.io.word;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small helpers over the W3C DOM of a WordprocessingML part. */
final class Dom {
    private Dom() {}

    static List<Element> children(Node n) {
        List<Element> out = new ArrayList<>();
        if (n == null) return out;
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element e) out.add(e);
        return out;
    }

    static Element firstChild(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element e) return e;
        return null;
    }

    static boolean is(Element e, String ns, String local) {
        return local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI());
    }

    static Element child(Element e, String ns, String local) {
        if (e == null) return null;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element x && is(x, ns, local)) return x;
        }
        return null;
    }

    /** Nested w: children by local names. */
    static Element path(Element e, String... names) {
        Element cur = e;
        for (String n : names) {
            cur = child(cur, DocxReader.W, n);
            if (cur == null) return null;
        }
        return cur;
    }

    static List<Element> descendants(Node n, String ns, String local) {
        List<Element> out = new ArrayList<>();
        if (n instanceof Element e) {
            NodeList l = e.getElementsByTagNameNS(ns, local);
            for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
        } else if (n instanceof org.w3c.dom.Document d) {
            NodeList l = d.getElementsByTagNameNS(ns, local);
            for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
        }
        return out;
    }

    /** The text of an element (XMLBeans' DOM has no getTextContent). */
    static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) sb.append(c.getNodeValue());
        }
        return sb.toString();
    }

    /** w:val of an element, null when the element or the attribute is absent. */
    static String val(Element e) {
        if (e == null) return null;
        String v = e.getAttributeNS(DocxReader.W, "val");
        return v.isEmpty() ? null : v;
    }

    static Integer intVal(Element e) {
        String v = val(e);
        if (v == null) return null;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException x) {
            return null;
        }
    }

    static Integer intAttr(Element e, String ns, String name) {
        String v = e.getAttributeNS(ns, name);
        try {
            return v.isEmpty() ? null : Integer.parseInt(v.strip());
        } catch (NumberFormatException x) {
            return null;
        }
    }

    /** An on/off property (w:b, w:vanish): present without val = on; "0", "false", "off" = off; absent = null. */
    static Boolean onOff(Element rpr, String local) {
        Element e = child(rpr, DocxReader.W, local);
        if (e == null) return null;
        String v = e.getAttributeNS(DocxReader.W, "val");
        return !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off") || v.equalsIgnoreCase("none"));
    }
}
