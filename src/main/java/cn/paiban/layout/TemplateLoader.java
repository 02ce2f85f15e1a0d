package cn.paiban.layout;

import cn.paiban.display.PageFormat;
import cn.paiban.geom.Mpt;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import cn.paiban.i18n.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code template.json} of a template folder. Every problem names the file and the field
 * (e.g. {@code template.json: body.size: "12" needs a unit (pt, mm or em)}), never a stack trace.
 */
public final class TemplateLoader {
    public static final String FILE = "template.json";
    /** Nesting deeper than any template needs is refused by the parser, before it costs anything. */
    private static final com.fasterxml.jackson.core.JsonFactory JSON = com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(64).build()).build();

    private final Path file;
    private int bodySize;

    private TemplateLoader(Path file) {
        this.file = file;
    }

    public static Template load(Path templateDir) {
        Path f = templateDir.resolve(FILE);
        if (Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new TemplateException(f + ": " + Msg.get("limits.file.not-regular", FILE)); // a FIFO would block for ever
        }
        if (!Files.isRegularFile(f)) throw new TemplateException(f + ": " + Msg.get("limits.template.not-found"));
        JsonNode root;
        String text = "";
        try {
            if (Files.size(f) > 1024 * 1024) throw new TemplateException(f + ": " + Msg.get("limits.template.too-big"));
            text = Files.readString(f);
            root = cn.paiban.json.JsonTrees.read(JSON, text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new TemplateException(f + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                    + ": " + cn.paiban.json.JsonSyntax.explain(e, null, text.toCharArray()));
        } catch (IOException e) {
            throw new TemplateException(f + ": " + Msg.get("limits.template.unreadable", e.getMessage()), e);
        }
        return new TemplateLoader(f).parse(root);
    }

    private Template parse(JsonNode root) {
        JsonNode body = obj(root, "body");
        bodySize = length(body, "body", "size");
        int leading = length(body, "body", "leading");
        if (leading < bodySize) fail("body.leading", Msg.get("limits.template.leading"));
        int marginTop = length(obj(root, "margins"), "margins", "top");
        int marginInside = length(obj(root, "margins"), "margins", "inside");
        LineGrid grid = new LineGrid(marginTop, bodySize, leading, integer(body, "body", "measureEm"),
                integer(body, "body", "linesPerColumn"), integer(body, "body", "columns"), integer(body, "body", "gutterEm"));
        JsonNode trim = obj(root, "trim");
        PageFormat format = new PageFormat(length(trim, "trim", "width"), length(trim, "trim", "height"),
                length(root, "", "bleed"));
        if (marginInside + grid.textWidth() > format.trimWidth()) {
            fail("margins.inside", Msg.get("limits.template.too-wide", String.valueOf(Mpt.toMm(grid.textWidth()))));
        }
        if (grid.bottom() > format.trimHeight()) fail("body.linesPerColumn", Msg.get("limits.template.off-page"));

        Map<String, Template.Style> styles = new LinkedHashMap<>();
        JsonNode st = obj(root, "styles");
        st.fieldNames().forEachRemaining(k -> styles.put(k, style(st.get(k), "styles." + k)));

        JsonNode rh = obj(root, "runningHead");
        var head = new Template.RunningHeadStyle(text(rh, "runningHead", "font"), length(rh, "runningHead", "size"),
                length(rh, "runningHead", "baselineFromTop"), length(rh, "runningHead", "rule"),
                length(rh, "runningHead", "ruleGap"), text(rh, "runningHead", "sectionFormat"),
                text(rh, "runningHead", "journalFormat"));
        JsonNode fo = obj(root, "folio");
        var folio = new Template.FolioStyle(text(fo, "folio", "font"), length(fo, "folio", "size"),
                length(fo, "folio", "baselineFromBottom"), text(fo, "folio", "format"), text(fo, "folio", "position"));
        Map<String, Template.PageMaster> masters = new LinkedHashMap<>();
        JsonNode ms = obj(root, "masters");
        ms.fieldNames().forEachRemaining(k -> {
            JsonNode m = ms.get(k);
            String p = "masters." + k;
            masters.put(k, new Template.PageMaster(head(m, p, "evenHead"), head(m, p, "oddHead"),
                    m.has("titleGapLines") ? integer(m, p, "titleGapLines") : 1));
        });
        for (String need : new String[] {"opening", "continuation"}) {
            if (!masters.containsKey(need)) fail("masters." + need, Msg.get("limits.template.missing"));
        }
        Map<String, LineGrid> kindGrids = new LinkedHashMap<>();
        JsonNode grids = root.path("grids");
        grids.fieldNames().forEachRemaining(k -> {
            JsonNode n = grids.get(k);
            String p = "grids." + k;
            LineGrid kg = new LineGrid(marginTop, length(n, p, "size"), length(n, p, "leading"), integer(n, p, "measureEm"),
                    integer(n, p, "linesPerColumn"), integer(n, p, "columns"), integer(n, p, "gutterEm"));
            if (kg.textWidth() > grid.textWidth()) fail(p, Msg.get("limits.template.wider"));
            if (kg.bottom() > grid.bottom()) fail(p + ".linesPerColumn", Msg.get("limits.template.below"));
            kindGrids.put(k, kg);
        });
        // a first-line indent must leave at least one character of the narrowest measure a style can be set on
        int narrowest = grid.measure();
        for (LineGrid kg : kindGrids.values()) narrowest = Math.min(narrowest, kg.measure());
        for (var e : styles.entrySet()) {
            Template.Style s = e.getValue();
            if ((long) s.indentEm() * s.size() + s.size() > narrowest) {
                fail("styles." + e.getKey() + ".indentEm", Msg.get("limits.template.indent", s.indentEm(),
                        narrowest / (double) Math.max(1, s.size())));
            }
        }
        return new Template(root.path("name").asText("template"), format, marginTop, marginInside, grid, styles, head,
                folio, masters, box(obj(root, "leadBox"), "leadBox"), box(obj(root, "noticeBox"), "noticeBox"), kindGrids);
    }

    private Template.BoxStyle box(JsonNode n, String path) {
        return new Template.BoxStyle(length(n, path, "rule"), length(n, path, "padding"), n.path("label").asText(""));
    }

    private String head(JsonNode m, String path, String field) {
        String v = text(m, path, field);
        if (!v.equals("section") && !v.equals("journal") && !v.equals("none")) {
            fail(path + "." + field, Msg.get("limits.template.head", v));
        }
        return v;
    }

    private Template.Style style(JsonNode n, String path) {
        if (n == null || !n.isObject()) fail(path, Msg.get("limits.template.object"));
        int size = length(n, path, "size");
        int leading = n.has("leading") ? length(n, path, "leading") : 0;
        String a = n.path("align").asText("justify").toUpperCase(Locale.ROOT);
        Template.Align align;
        try {
            align = Template.Align.valueOf(a);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(file + ": " + path + ".align: " + Msg.get("limits.template.align", a.toLowerCase(Locale.ROOT)));
        }
        return new Template.Style(text(n, path, "font"), size, leading, align,
                n.has("indentEm") ? integer(n, path, "indentEm") : 0,
                n.has("spaceBefore") ? integer(n, path, "spaceBefore") : 0,
                n.has("spaceAfter") ? integer(n, path, "spaceAfter") : 0);
    }

    private JsonNode obj(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) fail(field, Msg.get(v == null ? "limits.template.missing" : "limits.template.object"));
        return v;
    }

    private String text(JsonNode n, String path, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) fail(join(path, field), Msg.get(v == null ? "limits.template.missing" : "limits.template.string"));
        return v.asText();
    }

    private int integer(JsonNode n, String path, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
            fail(join(path, field), v == null ? Msg.get("limits.template.missing") : Msg.get("limits.template.whole", String.valueOf(v)));
        }
        // a column count, a measure or a line count of 0 divides by zero; 100,000 of them is no page
        int min = field.equals("columns") || field.equals("measureEm") || field.equals("linesPerColumn") ? 1 : 0;
        if (v.asInt() < min || v.asInt() > 1000) fail(join(path, field), Msg.get("limits.template.integer", v.asInt(), min, 1000));
        return v.asInt();
    }

    /** No length of a page template is larger (the largest printing sheets are about 1.2 m). */
    static final double MAX_MM = 1200;
    /** Type sizes: a 0 pt size divided by zero; a 1000 pt size is no body text. */
    static final double MIN_SIZE_PT = 1, MAX_SIZE_PT = 500;

    /**
     * A length such as "12pt", "3mm" or "2em" (em of the body size): never negative (a margin of -50mm put the
     * body over the running head), never larger than {@link #MAX_MM}; a type size between 1 and 500 pt.
     */
    private int length(JsonNode n, String path, String field) {
        JsonNode v = n.get(field);
        if (v == null) fail(join(path, field), Msg.get("limits.template.missing"));
        String s = v.asText().trim();
        try {
            boolean unit = s.endsWith("mm") || s.endsWith("pt") || s.endsWith("em");
            double number = unit ? Double.parseDouble(s.substring(0, s.length() - 2).trim()) : Double.NaN;
            double mm = s.endsWith("mm") ? number : s.endsWith("pt") ? number * 25.4 / 72
                    : s.endsWith("em") && bodySize > 0 ? number * bodySize / 1000.0 * 25.4 / 72 : Double.NaN;
            if (s.endsWith("mm") || s.endsWith("pt") || (s.endsWith("em") && bodySize > 0)) {
                if (!(mm >= 0 && mm <= MAX_MM)) {
                    fail(join(path, field), Msg.get("limits.template.length", s, (int) MAX_MM));
                }
                double pt = mm * 72 / 25.4;
                if ((field.equals("size") || field.equals("leading")) && !(pt >= MIN_SIZE_PT && pt <= MAX_SIZE_PT)) {
                    fail(join(path, field), Msg.get("limits.template.size", s, (int) MIN_SIZE_PT, (int) MAX_SIZE_PT));
                }
            }
            if (s.endsWith("mm")) return Mpt.mm(number);
            if (s.endsWith("pt")) return Mpt.pt(number);
            if (s.endsWith("em") && bodySize > 0) return (int) Math.round(number * bodySize);
        } catch (NumberFormatException e) {
            fail(join(path, field), Msg.get("limits.template.no-number", s));
        }
        fail(join(path, field), Msg.get("limits.template.no-unit", s));
        return 0;
    }

    private static String join(String path, String field) { return path.isEmpty() ? field : path + "." + field; }

    private void fail(String field, String problem) {
        throw new TemplateException(file.getFileName() + " (" + file + "): " + field + ": " + problem);
    }
}
