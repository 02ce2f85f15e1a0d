package cn.paiban.front;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Fills a parsed template from a {@link FrontData} tree. The whole language is two things:
 * <ul>
 *   <li>{@code ${journal.name}}: a field path (names joined by dots), in text or in an attribute value;</li>
 *   <li>{@code data-each="entry in section.entries"}: the element is repeated for every item of the list,
 *       with {@code entry} naming the item inside it.</li>
 * </ul>
 * There are no expressions and nothing runs. A field with no value renders as 【缺：path】 and adds a
 * warning; a syntax error in the template is a {@link TemplateException} naming the file and line.
 */
final class TemplateFiller {
    static final String EACH = "data-each";
    static final String MISSING_CLASS = "paiban-missing";

    private static final String NAME = "[\\p{L}_][\\p{L}\\p{N}_]*";
    private static final Pattern PATH = Pattern.compile(NAME + "(\\." + NAME + ")*");
    private static final Pattern LOOP = Pattern.compile("\\s*(" + NAME + ")\\s+in\\s+(\\S+)\\s*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private final Path file;
    private final Map<String, Object> root;
    private final List<String> warnings;

    TemplateFiller(Path file, Map<String, Object> root, List<String> warnings) {
        this.file = file;
        this.root = root;
        this.warnings = warnings;
    }

    void fill(Document doc) {
        fillChildren(doc, Map.of());
    }

    private void fillChildren(Node parent, Map<String, Object> scope) {
        // Copy first: filling replaces and multiplies nodes under our feet.
        List<Node> children = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) children.add(c);
        for (Node c : children) {
            if (c instanceof Element e) fillElement(e, scope);
            else if (c instanceof Text t && c.getNodeType() == Node.TEXT_NODE) fillText(t, scope);
        }
    }

    private void fillElement(Element e, Map<String, Object> scope) {
        if (e.hasAttribute(EACH)) {
            expandLoop(e, scope);
            return;
        }
        fillAttributes(e, scope);
        fillChildren(e, scope);
    }

    private void expandLoop(Element e, Map<String, Object> scope) {
        String spec = e.getAttribute(EACH);
        Matcher m = LOOP.matcher(spec);
        int line = XhtmlParser.lineOf(e);
        if (!m.matches() || !PATH.matcher(m.group(2)).matches()) {
            throw new TemplateException(file, line, EACH + " must read 'NAME in FIELD.PATH', not '" + spec + "'");
        }
        String var = m.group(1);
        String path = m.group(2);
        Object value = resolve(path, scope);
        Node parent = e.getParentNode();
        if (value == null) {
            warn(line, cn.paiban.i18n.Msg.get("findings.front.no-list", EACH + "=\"" + spec + "\""));
            parent.replaceChild(missing(e.getOwnerDocument(), path), e);
            return;
        }
        if (!(value instanceof List<?> items)) {
            throw new TemplateException(file, line, EACH + " needs a list, but '" + path + "' is a single value");
        }
        e.removeAttribute(EACH);
        for (Object item : items) {
            Element copy = (Element) e.cloneNode(true);
            copyLines(e, copy);
            parent.insertBefore(copy, e);
            Map<String, Object> inner = new HashMap<>(scope);
            inner.put(var, item);
            fillElement(copy, inner);
        }
        parent.removeChild(e);
    }

    /** cloneNode drops user data, so copy the source lines across by walking both trees together. */
    private static void copyLines(Node from, Node to) {
        Object line = from.getUserData(XhtmlParser.LINE);
        if (line != null) to.setUserData(XhtmlParser.LINE, line, null);
        Node a = from.getFirstChild();
        Node b = to.getFirstChild();
        while (a != null && b != null) {
            copyLines(a, b);
            a = a.getNextSibling();
            b = b.getNextSibling();
        }
    }

    private void fillAttributes(Element e, Map<String, Object> scope) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (a.getValue().contains("${")) {
                StringBuilder out = new StringBuilder();
                substitute(a.getValue(), scope, XhtmlParser.lineOf(e), out::append, (path) -> out.append(marker(path)));
                a.setValue(out.toString());
            }
        }
    }

    private void fillText(Text t, Map<String, Object> scope) {
        String s = t.getData();
        if (!s.contains("${")) return;
        Document doc = t.getOwnerDocument();
        Node parent = t.getParentNode();
        List<Node> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        substitute(s, scope, XhtmlParser.lineOf(parent), run::append, path -> {
            if (run.length() > 0) parts.add(doc.createTextNode(run.toString()));
            run.setLength(0);
            parts.add(missing(doc, path));
        });
        if (run.length() > 0) parts.add(doc.createTextNode(run.toString()));
        for (Node p : parts) parent.insertBefore(p, t);
        parent.removeChild(t);
    }

    private interface Sink { void accept(String s); }

    private void substitute(String s, Map<String, Object> scope, int line, Sink text, Sink missingPath) {
        int at = 0;
        Matcher m = PLACEHOLDER.matcher(s);
        while (true) {
            int open = s.indexOf("${", at);
            if (open < 0) break;
            if (!m.find(open) || m.start() != open) {
                throw new TemplateException(file, line, "'${' without a closing '}': " + excerpt(s, open));
            }
            String path = m.group(1).strip();
            if (!PATH.matcher(path).matches()) {
                throw new TemplateException(file, line, "'${" + m.group(1) + "}' is not a field path"
                        + " (names joined by dots; templates hold no expressions)");
            }
            text.accept(s.substring(at, open));
            Object v = resolve(path, scope);
            if (v == null) {
                warn(line, cn.paiban.i18n.Msg.get("findings.front.no-value", "${" + path + "}"));
                missingPath.accept(path);
            } else if (v instanceof String || v instanceof Number) {
                text.accept(v.toString());
            } else {
                throw new TemplateException(file, line, "${" + path + "} is a list or a group of fields, not a text;"
                        + " use " + EACH + " or name one of its fields");
            }
            at = m.end();
        }
        text.accept(s.substring(at));
    }

    private static String excerpt(String s, int from) {
        String rest = s.substring(from).strip();
        return rest.length() > 30 ? rest.substring(0, 30) + "…" : rest;
    }

    /** The value at {@code path}, looking in the loop variables first; null when any step is missing. */
    private Object resolve(String path, Map<String, Object> scope) {
        String[] steps = path.split("\\.");
        Object v = value(scope.containsKey(steps[0]) ? scope.get(steps[0]) : root.get(steps[0]));
        for (int i = 1; i < steps.length && v != null; i++) {
            v = v instanceof Map<?, ?> map ? value(map.get(steps[i])) : null;
        }
        return v;
    }

    /** A value of the data made only when a template uses it (once, however often it is used). */
    static final class Lazy {
        private final java.util.function.Supplier<Object> make;
        private Object value;
        private boolean made;

        private Lazy(java.util.function.Supplier<Object> make) { this.make = make; }

        synchronized Object get() {
            if (!made) {
                value = make.get();
                made = true;
            }
            return value;
        }
    }

    static Lazy lazy(java.util.function.Supplier<Object> make) { return new Lazy(make); }

    private static Object value(Object v) { return v instanceof Lazy l ? l.get() : v; }

    private void warn(int line, String what) {
        warnings.add(cn.paiban.i18n.Msg.get("findings.front.at", file.getFileName() + ":" + line, what));
    }

    static String marker(String path) { return "【缺：" + path + "】"; }

    private static Element missing(Document doc, String path) {
        Element span = doc.createElementNS("http://www.w3.org/1999/xhtml", "span");
        span.setAttribute("class", MISSING_CLASS);
        span.appendChild(doc.createTextNode(marker(path)));
        return span;
    }
}
