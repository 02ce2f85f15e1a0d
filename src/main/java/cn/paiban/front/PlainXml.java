package cn.paiban.front;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads the plain XML a template is (UTF-8, elements, attributes, namespaces, text, the five named entities and
 * character references, comments, CDATA) into a SAX content handler, as the JDK's parser would with namespaces on and
 * the same element and text events, each element's line where its start tag ends. Anything else, and anything that is
 * not well-formed, it does not read ({@link #read} says false): the JDK's parser reads it then, and refuses it in its
 * own words (a DOCTYPE, an unknown entity, a mismatched tag…). A cold export set up the JDK's parser (its
 * configuration, scanners, security manager) and ran it in the interpreter for two templates of a few kilobytes,
 * ~20 ms of CPU.
 */
final class PlainXml implements Locator {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

    /** Not plain XML, or not well-formed: left to the JDK's parser. */
    private static final class NotPlain extends Exception {
        NotPlain() { super(null, null, false, false); }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();

    private final String s;
    private final ContentHandler handler;
    private int i;
    /** The line of position {@link #i}: line breaks are all \n here. */
    private int line = 1;
    /** Where {@link #line} was counted to. */
    private int counted;
    private int reported = 1;
    private int depth;
    /** In-scope namespace declarations, innermost last: prefix ("" for the default), then its name. */
    private final List<String> scope = new ArrayList<>();

    private PlainXml(String s, ContentHandler handler) {
        this.s = s;
        this.handler = handler;
    }

    /**
     * Reads {@code bytes} into {@code handler}; false when they are not the plain, well-formed XML read here (the
     * handler may have had some events by then: its document is to be dropped).
     */
    static boolean read(byte[] bytes, ContentHandler handler) {
        String text;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        // XML's line ends: \r\n and a lone \r are read as \n everywhere
        if (text.indexOf('\r') >= 0) text = text.replace("\r\n", "\n").replace('\r', '\n');
        try {
            if (!allChars(text)) return false;
            PlainXml p = new PlainXml(text, handler);
            handler.setDocumentLocator(p);
            p.document();
            return true;
        } catch (NotPlain | SAXException | RuntimeException e) {
            return false;
        }
    }

    /** Every character one XML allows (tab, line feed, from space on; no lone surrogate, no U+FFFE or U+FFFF). */
    private static boolean allChars(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c < 0x20) {
                if (c != '\t' && c != '\n') return false;
            } else if (Character.isHighSurrogate(c)) {
                if (k + 1 >= t.length() || !Character.isLowSurrogate(t.charAt(k + 1))) return false;
                k++;
            } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String getPublicId() { return null; }

    @Override
    public String getSystemId() { return null; }

    @Override
    public int getLineNumber() { return reported; }

    @Override
    public int getColumnNumber() { return -1; }

    private int lineAt(int pos) {
        for (; counted < pos; counted++) if (s.charAt(counted) == '\n') line++;
        return line;
    }

    private void document() throws NotPlain, SAXException {
        if (s.startsWith("<?xml") && s.length() > 5 && space(s.charAt(5))) declaration();
        misc();
        if (!s.startsWith("<", i) || i + 1 >= s.length() || !nameStart(s.charAt(i + 1))) throw NOT_PLAIN;
        handler.startDocument();
        element();
        misc();
        if (i != s.length()) throw NOT_PLAIN;
        handler.endDocument();
    }

    /** {@code <?xml version="1.0" encoding="UTF-8" standalone="…"?>}, the version 1.0, the encoding UTF-8 if named. */
    private void declaration() throws NotPlain {
        i = 5;
        String[] names = {"version", "encoding", "standalone"};
        int next = 0;
        while (true) {
            boolean spaced = skipSpace();
            if (s.startsWith("?>", i)) {
                i += 2;
                break;
            }
            if (!spaced) throw NOT_PLAIN;
            String name = name(false);
            int k = next;
            while (k < names.length && !names[k].equals(name)) k++;
            if (k == names.length || (next == 0 && k != 0)) throw NOT_PLAIN;
            next = k + 1;
            skipSpace();
            expect('=');
            skipSpace();
            String v = quotedPlain();
            boolean ok = switch (k) {
                case 0 -> v.equals("1.0");
                case 1 -> v.equalsIgnoreCase("UTF-8");
                default -> v.equals("yes") || v.equals("no");
            };
            if (!ok) throw NOT_PLAIN;
        }
        if (next == 0) throw NOT_PLAIN;
    }

    /** A quoted value of the declaration: no reference, no markup. */
    private String quotedPlain() throws NotPlain {
        if (i >= s.length()) throw NOT_PLAIN;
        char q = s.charAt(i);
        if (q != '"' && q != '\'') throw NOT_PLAIN;
        int end = s.indexOf(q, i + 1);
        if (end < 0) throw NOT_PLAIN;
        String v = s.substring(i + 1, end);
        i = end + 1;
        return v;
    }

    /** White space and comments (a processing instruction or a DOCTYPE is left to the JDK's parser). */
    private void misc() throws NotPlain {
        while (true) {
            skipSpace();
            if (s.startsWith("<!--", i)) comment();
            else return;
        }
    }

    private void comment() throws NotPlain {
        int end = s.indexOf("--", i + 4);
        if (end < 0 || end + 2 >= s.length() || s.charAt(end + 2) != '>') throw NOT_PLAIN;
        i = end + 3;
    }

    private void element() throws NotPlain, SAXException {
        if (++depth > XhtmlParser.MAX_DEPTH) throw NOT_PLAIN;   // the JDK's parser says so, at its line
        i++;   // <
        String qName = name(true);
        int mark = scope.size();
        List<String> attNames = new ArrayList<>();
        List<String> attValues = new ArrayList<>();
        boolean empty;
        while (true) {
            boolean spaced = skipSpace();
            if (i >= s.length()) throw NOT_PLAIN;
            char c = s.charAt(i);
            if (c == '>') {
                i++;
                empty = false;
                break;
            }
            if (c == '/') {
                if (!s.startsWith("/>", i)) throw NOT_PLAIN;
                i += 2;
                empty = true;
                break;
            }
            if (!spaced) throw NOT_PLAIN;
            String an = name(true);
            skipSpace();
            expect('=');
            skipSpace();
            String av = attributeValue();
            if (attNames.contains(an)) throw NOT_PLAIN;
            if (an.equals("xmlns")) {
                if (av.equals(XML_NS) || av.equals(XMLNS_NS)) throw NOT_PLAIN;
                scope.add("");
                scope.add(av);
            } else if (an.startsWith("xmlns:")) {
                String prefix = an.substring(6);
                if (av.isEmpty() || prefix.equals("xml") || prefix.equals("xmlns") || av.equals(XML_NS) || av.equals(XMLNS_NS)) {
                    throw NOT_PLAIN;
                }
                scope.add(prefix);
                scope.add(av);
            }
            attNames.add(an);
            attValues.add(av);
        }
        reported = lineAt(i);
        AttributesImpl atts = new AttributesImpl();
        List<String> expanded = new ArrayList<>();
        for (int k = 0; k < attNames.size(); k++) {
            String an = attNames.get(k);
            if (an.equals("xmlns") || an.startsWith("xmlns:")) continue;
            int colon = an.indexOf(':');
            String uri = colon < 0 ? "" : uri(an.substring(0, colon));
            String local = colon < 0 ? an : an.substring(colon + 1);
            if (colon >= 0) {
                String key = uri + '\u0000' + local;
                if (expanded.contains(key)) throw NOT_PLAIN;
                expanded.add(key);
            }
            atts.addAttribute(uri, local, an, "CDATA", attValues.get(k));
        }
        int colon = qName.indexOf(':');
        String uri = colon < 0 ? defaultUri() : uri(qName.substring(0, colon));
        String local = colon < 0 ? qName : qName.substring(colon + 1);
        handler.startElement(uri, local, qName, atts);
        if (!empty) content(qName);
        handler.endElement(uri, local, qName);
        while (scope.size() > mark) scope.remove(scope.size() - 1);
        depth--;
    }

    private String defaultUri() {
        for (int k = scope.size() - 2; k >= 0; k -= 2) if (scope.get(k).isEmpty()) return scope.get(k + 1);
        return "";
    }

    private String uri(String prefix) throws NotPlain {
        if (prefix.equals("xml")) return XML_NS;
        if (prefix.equals("xmlns")) throw NOT_PLAIN;
        for (int k = scope.size() - 2; k >= 0; k -= 2) if (scope.get(k).equals(prefix)) return scope.get(k + 1);
        throw NOT_PLAIN;   // unbound
    }

    /** What an element holds, up to and with its end tag. */
    private void content(String qName) throws NotPlain, SAXException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int lt = s.indexOf('<', i);
            if (lt < 0) throw NOT_PLAIN;
            if (lt > i) {
                text(lt, text);
                i = lt;
            }
            if (s.startsWith("</", i)) {
                flush(text);
                i += 2;
                String end = name(true);
                if (!end.equals(qName)) throw NOT_PLAIN;
                skipSpace();
                expect('>');
                return;
            } else if (s.startsWith("<!--", i)) {
                comment();   // the text on either side is one run, as the JDK's parser gives it to a content handler
            } else if (s.startsWith("<![CDATA[", i)) {
                int end = s.indexOf("]]>", i + 9);
                if (end < 0) throw NOT_PLAIN;
                text.append(s, i + 9, end);
                i = end + 3;
            } else if (i + 1 < s.length() && nameStart(s.charAt(i + 1))) {
                flush(text);
                element();
            } else {
                throw NOT_PLAIN;   // a processing instruction, a stray <
            }
        }
    }

    /** Character data from {@link #i} to {@code end} (before a {@code <}), its references replaced. */
    private void text(int end, StringBuilder out) throws NotPlain {
        int from = i;
        while (from < end) {
            int amp = from;
            while (amp < end && s.charAt(amp) != '&') amp++;   // not indexOf: it would look on to the end of the file
            String run = s.substring(from, amp);
            if (run.contains("]]>")) throw NOT_PLAIN;
            out.append(run);
            if (amp == end) break;
            from = reference(amp, end, out);
        }
        // "]]>" split by a reference is still two runs; joined across one it is not markup
    }

    /** The reference at {@code amp} (before {@code limit}) appended; where it ends. */
    private int reference(int amp, int limit, StringBuilder out) throws NotPlain {
        int semi = s.indexOf(';', amp);
        if (semi < 0 || semi >= limit) throw NOT_PLAIN;
        String ref = s.substring(amp + 1, semi);
        switch (ref) {
            case "lt" -> out.append('<');
            case "gt" -> out.append('>');
            case "amp" -> out.append('&');
            case "quot" -> out.append('"');
            case "apos" -> out.append('\'');
            default -> {
                if (!ref.startsWith("#") || ref.length() < 2) throw NOT_PLAIN;
                boolean hex = ref.charAt(1) == 'x';
                String digits = ref.substring(hex ? 2 : 1);
                if (digits.isEmpty() || digits.length() > 8) throw NOT_PLAIN;
                int cp = 0;
                for (int k = 0; k < digits.length(); k++) {
                    int d = Character.digit(digits.charAt(k), hex ? 16 : 10);
                    if (d < 0 || digits.charAt(k) > 'f') throw NOT_PLAIN;
                    cp = cp * (hex ? 16 : 10) + d;
                }
                boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                        || cp >= 0x10000 && cp <= 0x10FFFF;
                if (!ok) throw NOT_PLAIN;
                out.appendCodePoint(cp);
            }
        }
        return semi + 1;
    }

    private void flush(StringBuilder text) throws SAXException {
        if (text.length() == 0) return;
        char[] chars = text.toString().toCharArray();
        handler.characters(chars, 0, chars.length);
        text.setLength(0);
    }

    /** A quoted attribute value, normalized as XML does: references replaced, each white-space character a space. */
    private String attributeValue() throws NotPlain {
        if (i >= s.length()) throw NOT_PLAIN;
        char q = s.charAt(i);
        if (q != '"' && q != '\'') throw NOT_PLAIN;
        int end = s.indexOf(q, i + 1);
        if (end < 0) throw NOT_PLAIN;
        StringBuilder v = new StringBuilder(end - i);
        for (int k = i + 1; k < end; ) {
            char c = s.charAt(k);
            if (c == '<') throw NOT_PLAIN;
            if (c == '&') {
                k = reference(k, end, v);
                continue;
            }
            v.append(c == '\t' || c == '\n' ? ' ' : c);
            k++;
        }
        i = end + 1;
        return v.toString();
    }

    /** An ASCII name, with at most one colon inside it when {@code qualified} (none otherwise). */
    private String name(boolean qualified) throws NotPlain {
        int start = i;
        if (i >= s.length() || !nameStart(s.charAt(i))) throw NOT_PLAIN;
        i++;
        boolean colon = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ':') {
                if (!qualified || colon || i + 1 >= s.length() || !nameStart(s.charAt(i + 1))) throw NOT_PLAIN;
                colon = true;
                i++;
                continue;
            }
            if (!nameStart(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.') break;
            i++;
        }
        if (i < s.length() && s.charAt(i) > 0x7F) throw NOT_PLAIN;   // a name going on in letters not read here
        return s.substring(start, i);
    }

    private static boolean nameStart(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'; }

    private static boolean space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

    private boolean skipSpace() {
        int start = i;
        while (i < s.length() && space(s.charAt(i))) i++;
        return i > start;
    }

    private void expect(char c) throws NotPlain {
        if (i >= s.length() || s.charAt(i) != c) throw NOT_PLAIN;
        i++;
    }
}
