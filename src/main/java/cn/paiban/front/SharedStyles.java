package cn.paiban.front;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.css.CSSPrimitiveValue;
import org.xhtmlrenderer.context.StandardAttributeResolver;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.css.extend.StylesheetFactory;
import org.xhtmlrenderer.css.extend.TreeResolver;
import org.xhtmlrenderer.css.extend.lib.DOMTreeResolver;
import org.xhtmlrenderer.css.newmatch.CascadedStyle;
import org.xhtmlrenderer.css.newmatch.Matcher;
import org.xhtmlrenderer.css.newmatch.PageInfo;
import org.xhtmlrenderer.css.newmatch.Selector;
import org.xhtmlrenderer.css.parser.CSSParser;
import org.xhtmlrenderer.css.sheet.FontFaceRule;
import org.xhtmlrenderer.css.sheet.MediaRule;
import org.xhtmlrenderer.css.sheet.PageRule;
import org.xhtmlrenderer.css.sheet.PropertyDeclaration;
import org.xhtmlrenderer.css.sheet.Ruleset;
import org.xhtmlrenderer.css.sheet.Stylesheet;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.extend.UserInterface;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.util.Configuration;
import org.xhtmlrenderer.util.XRLog;

/**
 * Flying Saucer's style reference with the style sheets parsed once per process, not once per page: its own keeps
 * them per renderer, and every template page has a renderer of its own, so its user-agent sheet, front.css and the
 * page style were parsed again for each page (and, cold, interpreted and compiled on two threads at once).
 *
 * <p>A sheet is kept under what it was parsed from: its address, origin, whether cmyk() is allowed, and its text. A
 * linked sheet (front.css) is read through the page's user agent each time, so the folders' guard still decides
 * and an edited file is parsed anew; the user-agent sheet in Flying Saucer's jar cannot change and is read once.
 *
 * <p>The parsed sheets are shared between pages laid out at once on two threads, so what Flying Saucer changes in
 * them happens under one lock: parsing (its parser numbers selectors from one static counter), and making a page's
 * matcher (which numbers the shared selectors by their place among the page's sheets, read only there). The
 * ident values a declaration keeps on first use are worked out before a sheet is shared.
 */
final class SharedStyles extends StyleReference {
    private static final Object LOCK = new Object();
    /** Kept sheets, the least recently used dropped past this many (an editor session edits a template often). */
    private static final int KEPT = 48;

    /**
     * A sheet as parsed; for a user-agent sheet, the element each selector's subject must be ("" where any may be, or
     * where it cannot be told), so that a page's matcher is given only the rules that can apply to its elements.
     */
    private record Parsed(Stylesheet sheet, Map<Selector, String> subjects) {}

    /**
     * The kept sheets by what each was parsed from (see {@link #key}). A string, not a record: a record's equals and
     * hashCode are made on first use through method handles, which costs a cold export more than all its look-ups.
     */
    private static final Map<String, Parsed> SHEETS = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) { return size() > KEPT; }
    };

    /** A sheet's address, origin, whether cmyk() is allowed, and its text (none for the user agent's own). */
    private static String key(String uri, StylesheetInfo.Origin origin, boolean cmyk, String text) {
        return uri + '\u0000' + origin + '\u0000' + cmyk + '\u0000' + (text == null ? "" : "\u0001" + text);
    }

    /** The parsers, one per cmyk() setting, used under {@link #LOCK}. */
    private static final Map<Boolean, CSSParser> PARSERS = new java.util.HashMap<>();

    /** Flying Saucer's own user-agent sheet, in its jar: never changes. */
    private static final String USER_AGENT_CSS = String.valueOf(
            org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler.class.getResource("/resources/css/XhtmlNamespaceHandler.css"));

    private UserAgentCallback agent;
    private boolean cmyk;
    private Matcher matcher;

    SharedStyles(UserAgentCallback agent, boolean cmyk) {
        super(agent);
        this.agent = agent;
        this.cmyk = cmyk;
        super.setSupportCMYKColors(cmyk);
    }

    /** Puts a style reference sharing the process's parsed sheets into {@code context}, before its document is set. */
    static void install(SharedContext context, boolean cmyk) {
        context.setCss(new SharedStyles(context.getUac(), cmyk));
    }

    @Override
    public void setDocumentContext(SharedContext context, NamespaceHandler nsh, Document doc, UserInterface ui) {
        var attributes = new StandardAttributeResolver(nsh, agent, ui);
        List<StylesheetInfo> infos = new ArrayList<>();
        nsh.getDefaultStylesheet().ifPresent(infos::add);
        infos.addAll(nsh.getStylesheets(doc));
        String medium = context.getMedia();
        Set<String> elements = new HashSet<>();
        elementNames(doc.getDocumentElement(), elements);
        synchronized (LOCK) {
            matcher = new Matcher(new DOMTreeResolver(), attributes, new Declarations(cmyk), sheets(infos, medium, elements), medium);
        }
    }

    /**
     * Parses the {@code <style>} sheets in the head of {@code template} (a template as read, before it is filled) into
     * the kept sheets, as a page of it will ask for them: on the thread making pages ahead, so that a page made on
     * the layout's thread (the contents, when the body is laid out first) finds them parsed. The page style and a
     * linked sheet are parsed by the first page made.
     */
    static void parseAhead(Document template, boolean cmyk) {
        Element html = template.getDocumentElement();
        if (html == null) return;
        for (Node head = html.getFirstChild(); head != null; head = head.getNextSibling()) {
            if (!(head instanceof Element h) || !"head".equals(h.getLocalName() != null ? h.getLocalName() : h.getTagName())) continue;
            for (Node n = h.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e) || !"style".equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) continue;
                // the text as Flying Saucer's namespace handler takes it: every character-data child, comments too
                StringBuilder css = new StringBuilder();
                for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof org.w3c.dom.CharacterData d) css.append(d.getData());
                }
                String text = css.toString().trim();
                if (text.isEmpty()) continue;
                synchronized (LOCK) {
                    String key = key("inline", StylesheetInfo.Origin.AUTHOR, cmyk, text);
                    if (SHEETS.get(key) == null) {
                        Stylesheet s = parse(PARSERS.computeIfAbsent(cmyk, SharedStyles::parser), text, "inline:ahead",
                                StylesheetInfo.Origin.AUTHOR);
                        settle(s);
                        SHEETS.put(key, new Parsed(s, null));
                    }
                }
            }
            return;
        }
    }

    /**
     * The sheets of {@code infos} that apply to {@code medium}, each after those it imports, as Flying Saucer orders them;
     * a user-agent sheet without the rules for elements the document lacks.
     */
    private List<Stylesheet> sheets(List<StylesheetInfo> infos, String medium, Set<String> elements) {
        List<Stylesheet> out = new ArrayList<>(infos.size() + 4);
        for (StylesheetInfo info : infos) {
            if (!info.appliesToMedia(medium)) continue;
            Parsed parsed = sheet(info);
            if (parsed == null) continue;   // as Flying Saucer: a sheet that cannot be read is left out
            Stylesheet sheet = parsed.sheet();
            if (!sheet.getImportRules().isEmpty()) out.addAll(sheets(sheet.getImportRules(), medium, elements));
            out.add(parsed.subjects() == null ? sheet : forElements(parsed, elements));
        }
        return out;
    }

    /**
     * The names of the elements of the document as Flying Saucer's matcher compares them (local name, else the
     * node's name): a selector whose subject names none of them matches nothing in it.
     */
    private static void elementNames(Node n, Set<String> out) {
        for (; n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) continue;
            out.add(n.getLocalName() != null ? n.getLocalName() : n.getNodeName());
            elementNames(n.getFirstChild(), out);
        }
    }

    /**
     * The user-agent sheet with only the selectors that may match one of {@code elements}: Flying Saucer's own has
     * some 150 (every HTML element, forms, frames…), a template uses a dozen elements, and its matcher tries every
     * selector on every element. Dropping selectors that cannot match changes no style; the others keep their order,
     * which is all their place in the cascade depends on.
     */
    private static Stylesheet forElements(Parsed parsed, Set<String> elements) {
        Stylesheet all = parsed.sheet();
        Stylesheet out = new Stylesheet(all.getURI(), all.getOrigin());
        for (Object o : all.getContents()) {
            if (o instanceof Ruleset r) {
                List<Selector> keep = new ArrayList<>();
                for (Selector sel : r.getFSSelectors()) {
                    String subject = parsed.subjects().get(sel);
                    if (subject == null || subject.isEmpty() || elements.contains(subject)) keep.add(sel);
                }
                if (keep.size() == r.getFSSelectors().size()) {
                    out.addContent(r);
                } else if (!keep.isEmpty()) {
                    // the selectors still name their own rule set (Selector.getRuleset), whose declarations apply
                    Ruleset part = new Ruleset(r.getOrigin());
                    part.addAllProperties(r.getPropertyDeclarations());
                    keep.forEach(part::addFSSelector);
                    out.addContent(part);
                }
            } else if (o instanceof MediaRule m) {
                out.addContent(m);
            } else if (o instanceof PageRule p) {
                out.addContent(p);
            } else {
                return all;   // something this does not know: the sheet whole
            }
        }
        all.getImportRules().forEach(out::addImportRule);
        all.getFontFaceRules().forEach(out::addFontFaceRule);
        return out;
    }

    /** The element name a selector's subject (the last of its chain) must have; "" where any, or where it cannot be told. */
    private static String subject(Selector selector) {
        Selector last = selector;
        while (last.getChainedSelector() != null) last = last.getChainedSelector();
        String[] named = {""};
        // a tree that tells the name the selector asks for and matches nothing, so no condition is looked at
        TreeResolver probe = new TreeResolver() {
            @Override public Node getParentElement(Node element) { return null; }
            @Override public String getElementName(Node element) { return null; }
            @Override public Node getPreviousSiblingElement(Node node) { return null; }
            @Override public boolean isFirstChildElement(Node element) { return false; }
            @Override public boolean isLastChildElement(Node element) { return false; }
            @Override public int getPositionOfElement(Node element) { return 0; }
            @Override public boolean matchesElement(Node element, String namespaceURI, String name) {
                named[0] = name == null ? "" : name;
                return false;
            }
        };
        try {
            if (last.matches(null, null, probe)) return "";   // no name, no condition: any element
        } catch (RuntimeException e) {
            return "";   // a condition looked at the (absent) element: no name asked for first
        }
        return named[0];
    }

    private Parsed sheet(StylesheetInfo info) {
        String uri = info.getUri();
        String text;
        if (info.getContent().isPresent()) {
            // an inline <style>: Flying Saucer names each one anew ("inline:N"), so its text is what it is
            text = info.getContent().get();
            uri = "inline";
        } else if (USER_AGENT_CSS.equals(uri)) {
            text = null;
        } else {
            text = read(uri);
            if (text == null) return null;
        }
        String key = key(uri, info.getOrigin(), cmyk, text);
        Parsed p = SHEETS.get(key);
        if (p != null) return p;
        if (text == null) {
            text = read(uri);
            if (text == null) return null;
        }
        Stylesheet s = parse(PARSERS.computeIfAbsent(cmyk, SharedStyles::parser), text, info.getUri(), info.getOrigin());
        settle(s);
        Map<Selector, String> subjects = null;
        if (info.getOrigin() == StylesheetInfo.Origin.USER_AGENT) {
            subjects = new IdentityHashMap<>();
            for (Object o : s.getContents()) {
                if (o instanceof Ruleset r) for (Selector sel : r.getFSSelectors()) subjects.put(sel, subject(sel));
            }
        }
        p = new Parsed(s, subjects);
        SHEETS.put(key, p);
        return p;
    }

    /** A parser as Flying Saucer's StylesheetFactoryImpl makes one: its complaints go to Flying Saucer's log. */
    private static CSSParser parser(boolean cmyk) {
        CSSParser p = new CSSParser((uri, message) -> XRLog.cssParse(Level.WARNING, "(" + uri + ") " + message));
        p.setSupportCMYKColors(cmyk);
        return p;
    }

    /** As StylesheetFactoryImpl.parse: a sheet that fails to read is an empty one. */
    private static Stylesheet parse(CSSParser parser, String text, String uri, StylesheetInfo.Origin origin) {
        try {
            return parser.parseStylesheet(uri, origin, new StringReader(text));
        } catch (IOException e) {
            XRLog.cssParse(Level.WARNING, "Couldn't parse stylesheet at URI " + uri + ": " + e.getMessage(), e);
            return new Stylesheet(uri, origin);
        }
    }

    /**
     * What a page's matcher parses itself: the style attributes, with a parser of the page's own (they are parsed
     * while the page is matched, on its thread). It loads no sheets; those are given to the matcher parsed.
     */
    private static final class Declarations implements StylesheetFactory {
        private final CSSParser parser;

        Declarations(boolean cmyk) { parser = parser(cmyk); }

        @Override
        public Stylesheet parse(Reader reader, StylesheetInfo info) { return parse(reader, info.getUri(), info.getOrigin()); }

        @Override
        public Stylesheet parse(Reader reader, String uri, StylesheetInfo.Origin origin) {
            try {
                return parser.parseStylesheet(uri, origin, reader);
            } catch (IOException e) {
                return new Stylesheet(uri, origin);
            }
        }

        @Override
        public Ruleset parseStyleDeclaration(StylesheetInfo.Origin origin, String style) { return parser.parseDeclaration(origin, style); }

        @Override
        public Stylesheet getStylesheet(StylesheetInfo info) { throw new UnsupportedOperationException("sheets come parsed"); }
    }

    /** The sheet's text through the page's user agent (the folders' guard), as Flying Saucer reads it; null if it cannot be read. */
    private String read(String uri) {
        var resource = agent.getCSSResource(uri);
        var source = resource.getResourceInputSource();
        if (source == null) return null;
        try (InputStream in = source.getByteStream()) {
            if (in == null) return null;
            Charset charset = Charset.forName(Configuration.valueFor("xr.stylesheets.charset-name", "UTF-8"));
            return new String(in.readAllBytes(), charset);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * Works out each ident declaration's value, which Flying Saucer keeps on first use in two fields set one after the
     * other (a flag, then the value), so pages reading the shared sheet at once only read them. What else it keeps on
     * first use is one string or constant set at once (a fingerprint), as harmless to work out twice as String's hash.
     */
    private static void settle(Stylesheet s) {
        for (Object o : s.getContents()) {
            if (o instanceof Ruleset r) settle(r);
            else if (o instanceof MediaRule m) m.getContents().forEach(SharedStyles::settle);
            else if (o instanceof PageRule p) {
                settle(p.getRuleset());
                p.getMarginBoxes().values().forEach(SharedStyles::settle);
            }
        }
    }

    private static void settle(Ruleset r) { settle(r.getPropertyDeclarations()); }

    private static void settle(List<PropertyDeclaration> declarations) {
        for (PropertyDeclaration d : declarations) {
            if (d.getValue().getPrimitiveType() != CSSPrimitiveValue.CSS_IDENT) continue;
            try {
                d.asIdentValue();
            } catch (RuntimeException e) {
                // an ident Flying Saucer does not know: it fails where it uses it, as it would have
            }
        }
    }

    @Override
    public boolean isHoverStyled(Element e) { return matcher.isHoverStyled(e); }

    @Override
    public Map<String, CSSPrimitiveValue> getCascadedPropertiesMap(Element e) {
        CascadedStyle cs = matcher.getCascadedStyle(e, false);
        Map<String, CSSPrimitiveValue> props = new LinkedHashMap<>();
        for (Iterator<PropertyDeclaration> i = cs.getCascadedPropertyDeclarations(); i.hasNext();) {
            PropertyDeclaration pd = i.next();
            props.put(pd.getPropertyName(), cs.propertyByName(CSSName.getByPropertyName(pd.getPropertyName())).getValue());
        }
        return props;
    }

    @Override
    public CascadedStyle getPseudoElementStyle(Node node, String pseudoElement) {
        Element e = node.getNodeType() == Node.ELEMENT_NODE ? (Element) node : (Element) node.getParentNode();
        return matcher.getPECascadedStyle(e, pseudoElement);
    }

    @Override
    public CascadedStyle getCascadedStyle(Element e, boolean restyle) {
        if (e == null) return CascadedStyle.emptyCascadedStyle;
        return matcher.getCascadedStyle(e, restyle);
    }

    @Override
    public PageInfo getPageStyle(String pageName, String pseudoPage) { return matcher.getPageCascadedStyle(pageName, pseudoPage); }

    @Override
    public List<FontFaceRule> getFontFaceRules() { return matcher.getFontFaceRules(); }

    /** Nothing to flush: a linked sheet is read again for each document, and parsed again only when its text changed. */
    @Override
    public void flushStyleSheets() {}

    @Override
    public void flushAllStyleSheets() {}

    @Override
    public void setUserAgentCallback(UserAgentCallback userAgentCallback) {
        super.setUserAgentCallback(userAgentCallback);
        agent = userAgentCallback;
    }

    @Override
    public void setSupportCMYKColors(boolean b) {
        super.setSupportCMYKColors(b);
        cmyk = b;
    }
}
