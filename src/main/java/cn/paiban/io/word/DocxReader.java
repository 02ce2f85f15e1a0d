package cn.paiban.io.word;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a .docx (through POI's XWPF for the parts, and the WordprocessingML of each part directly, so that
 * tracked changes, fields, text boxes and alternate content are handled the same in every POI version) into a
 * {@link Manuscript}: revisions accepted, comments and hidden text dropped, automatic numbers written out,
 * footnote and endnote marks replaced by ①② with the notes collected in order.
 */
final class DocxReader {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final XWPFDocument doc;
    private final Map<String, StyleInfo> styles = new HashMap<>();
    private StyleInfo defaults = new StyleInfo(null, null, null, null, null, null, null, null, null, 0);
    private final Numbering numbering;
    private final List<Manuscript.Part> parts = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ImportNote> findings = new ArrayList<>();
    private int revisions, comments, hidden, textBoxes, charts, fields;
    private int paraNo;

    private DocxReader(XWPFDocument doc) {
        this.doc = doc;
        readStyles();
        this.numbering = new Numbering(doc.getNumbering(), styles);
    }

    static Manuscript read(XWPFDocument doc) {
        DocxReader r = new DocxReader(doc);
        r.body((Element) doc.getDocument().getBody().getDomNode());
        return r.finish();
    }

    private Manuscript finish() {
        if (revisions > 0) findings.add(new ImportNote(ImportNote.Level.WARNING, 0, "import.docx.revisions", revisions));
        if (comments > 0) findings.add(new ImportNote(ImportNote.Level.NOTE, 0, "import.docx.comments", comments));
        if (hidden > 0) findings.add(new ImportNote(ImportNote.Level.NOTE, 0, "import.docx.hidden", hidden));
        if (charts > 0) findings.add(new ImportNote(ImportNote.Level.WARNING, 0, "import.docx.charts", charts));
        return new Manuscript(parts, notes, findings);
    }

    // ---- styles -------------------------------------------------------------------------------------

    /** What a style says (null where it says nothing); {@code heading} 1… from its name or outline level. */
    record StyleInfo(String name, String basedOn, Boolean bold, Boolean vanish, Double size, String jc, Integer numId,
                     Integer ilvl, Integer outline, int heading) {}

    private void readStyles() {
        try {
            if (doc.getStyles() == null) return;
            Node root = doc.getStyle().getDomNode();
            for (Element e : Dom.children(root)) {
                if (Dom.is(e, W, "docDefaults")) {
                    Element rpr = Dom.path(e, "rPrDefault", "rPr");
                    Element ppr = Dom.path(e, "pPrDefault", "pPr");
                    defaults = new StyleInfo(null, null, rpr == null ? null : Dom.onOff(rpr, "b"), null, size(rpr),
                            ppr == null ? null : Dom.val(Dom.child(ppr, W, "jc")), null, null, null, 0);
                } else if (Dom.is(e, W, "style")) {
                    String id = e.getAttributeNS(W, "styleId");
                    String name = Dom.val(Dom.child(e, W, "name"));
                    String based = Dom.val(Dom.child(e, W, "basedOn"));
                    Element rpr = Dom.child(e, W, "rPr");
                    Element ppr = Dom.child(e, W, "pPr");
                    Element numPr = ppr == null ? null : Dom.child(ppr, W, "numPr");
                    Integer outline = ppr == null ? null : Dom.intVal(Dom.child(ppr, W, "outlineLvl"));
                    styles.put(id, new StyleInfo(name, based, rpr == null ? null : Dom.onOff(rpr, "b"),
                            rpr == null ? null : Dom.onOff(rpr, "vanish"), size(rpr),
                            ppr == null ? null : Dom.val(Dom.child(ppr, W, "jc")),
                            numPr == null ? null : Dom.intVal(Dom.child(numPr, W, "numId")),
                            numPr == null ? null : Dom.intVal(Dom.child(numPr, W, "ilvl")), outline, headingOf(name, outline)));
                }
            }
        } catch (org.apache.xmlbeans.XmlException | IOException | RuntimeException e) {
            findings.add(new ImportNote(ImportNote.Level.WARNING, 0, "import.docx.styles", String.valueOf(e.getMessage())));
        }
    }

    static int headingOf(String name, Integer outline) {
        if (name != null) {
            String n = name.strip().toLowerCase(java.util.Locale.ROOT);
            var m = java.util.regex.Pattern.compile("^(?:heading|标题)\\s*([1-9])$").matcher(n);
            if (m.matches()) return Integer.parseInt(m.group(1));
        }
        return outline != null && outline >= 0 && outline < 9 ? outline + 1 : 0;
    }

    private static Double size(Element rpr) {
        if (rpr == null) return null;
        Integer half = Dom.intVal(Dom.child(rpr, W, "sz"));
        return half == null ? null : half / 2.0;
    }

    /** The first non-null value along a style's basedOn chain. */
    private <T> T inherit(String styleId, java.util.function.Function<StyleInfo, T> f) {
        for (int guard = 0; styleId != null && guard < 20; guard++) {
            StyleInfo s = styles.get(styleId);
            if (s == null) break;
            T v = f.apply(s);
            if (v != null) return v;
            styleId = s.basedOn();
        }
        return null;
    }

    private StyleInfo style(String id) { return id == null ? null : styles.get(id); }

    // ---- body ---------------------------------------------------------------------------------------

    private void body(Element container) {
        String carried = null; // text of a paragraph whose mark was deleted: it runs into the next one
        for (Element e : Dom.children(container)) {
            if (Dom.is(e, W, "p")) {
                Para p = paragraph(e);
                if (carried != null) {
                    p = p.prefixed(carried);
                    carried = null;
                }
                if (p.markDeleted) {
                    carried = p.text.toString();
                    parts.addAll(p.after);
                    continue;
                }
                emit(p);
            } else if (Dom.is(e, W, "tbl")) {
                table(e);
            } else if (Dom.is(e, W, "sdt")) {
                Element content = Dom.child(e, W, "sdtContent");
                if (content != null) body(content);
            } else if (Dom.is(e, W, "customXml") || Dom.is(e, W, "ins") || Dom.is(e, W, "moveTo")) {
                if (!Dom.is(e, W, "customXml")) revisions++;
                body(e);
            } else if (Dom.is(e, W, "del") || Dom.is(e, W, "moveFrom")) {
                revisions++;
            } else if (Dom.is(e, MC, "AlternateContent")) {
                Element choice = Dom.firstChild(e);
                if (choice != null) body(choice);
            }
        }
        if (carried != null) emit(new Para(null).prefixed(carried));
    }

    private void emit(Para p) {
        if (p.text.length() > 0 || p.number.length() > 0) {
            paraNo++;
            parts.add(new Manuscript.Para(p.text.toString(), p.number, p.heading, p.title, "center".equals(p.jc),
                    "right".equals(p.jc) || "end".equals(p.jc), p.boldChars > 0 && p.plainChars == 0, p.maxSize, false));
        }
        parts.addAll(p.after);
    }

    /** A paragraph as it is being read: text, formatting facts, and what it carries after it. */
    private static final class Para {
        final StringBuilder text = new StringBuilder();
        String number = "";
        int heading;
        boolean title;
        String jc;
        String styleId;
        int boldChars, plainChars;
        double maxSize;
        boolean markDeleted;
        final List<Manuscript.Part> after = new ArrayList<>();

        Para(String styleId) { this.styleId = styleId; }

        Para prefixed(String s) {
            text.insert(0, s);
            return this;
        }
    }

    private Para paragraph(Element p) {
        Element ppr = Dom.child(p, W, "pPr");
        String styleId = ppr == null ? null : Dom.val(Dom.child(ppr, W, "pStyle"));
        Para out = new Para(styleId);
        StyleInfo st = style(styleId);
        String name = st == null ? null : inherit(styleId, StyleInfo::name);
        out.title = name != null && (name.equalsIgnoreCase("Title") || name.equals("标题"));
        Integer outline = ppr == null ? null : Dom.intVal(Dom.child(ppr, W, "outlineLvl"));
        out.heading = st != null && st.heading() > 0 ? st.heading() : outline != null && outline < 9 ? outline + 1 : 0;
        if (out.heading == 0 && st != null) {
            Integer inherited = inherit(styleId, s -> s.heading() > 0 ? s.heading() : null);
            if (inherited != null) out.heading = inherited;
        }
        String jc = ppr == null ? null : Dom.val(Dom.child(ppr, W, "jc"));
        if (jc == null) jc = inherit(styleId, StyleInfo::jc);
        if (jc == null) jc = defaults.jc();
        out.jc = jc;
        if (ppr != null) {
            Element markRpr = Dom.child(ppr, W, "rPr");
            if (markRpr != null && Dom.child(markRpr, W, "del") != null) {
                out.markDeleted = true;
                revisions++;
            }
            if (markRpr != null && Dom.child(markRpr, W, "ins") != null) revisions++;
            if (Dom.child(ppr, W, "pPrChange") != null) revisions++;
        }
        // automatic numbering: direct numPr, else the style's
        Element numPr = ppr == null ? null : Dom.child(ppr, W, "numPr");
        Integer numId = numPr == null ? null : Dom.intVal(Dom.child(numPr, W, "numId"));
        Integer ilvl = numPr == null ? null : Dom.intVal(Dom.child(numPr, W, "ilvl"));
        if (numId == null) numId = inherit(styleId, StyleInfo::numId);
        if (ilvl == null) ilvl = inherit(styleId, StyleInfo::ilvl);
        FieldState fs = new FieldState();
        runs(p, out, fs);
        if (numId != null && numId > 0 && out.text.toString().strip().length() > 0) {
            out.number = numbering.next(numId, ilvl == null ? 0 : ilvl);
        }
        return out;
    }

    /** Complex fields: the instruction part (between begin and separate) is not text. */
    private static final class FieldState {
        int depth;
        boolean inInstruction;
    }

    private void runs(Element parent, Para out, FieldState fs) {
        for (Element e : Dom.children(parent)) {
            String ln = e.getLocalName();
            if (!W.equals(e.getNamespaceURI())) {
                if (Dom.is(e, MC, "AlternateContent")) {
                    Element choice = Dom.firstChild(e);
                    if (choice != null) runs(choice, out, fs);
                }
                continue;
            }
            switch (ln) {
                case "r" -> run(e, out, fs);
                case "ins", "moveTo" -> {
                    revisions++;
                    runs(e, out, fs);
                }
                case "del", "moveFrom" -> revisions++;
                case "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo" -> runs(e, out, fs);
                case "sdt" -> {
                    Element c = Dom.child(e, W, "sdtContent");
                    if (c != null) runs(c, out, fs);
                }
                case "commentRangeStart" -> { }
                default -> { }
            }
        }
    }

    private void run(Element r, Para out, FieldState fs) {
        Element rpr = Dom.child(r, W, "rPr");
        String rStyle = rpr == null ? null : Dom.val(Dom.child(rpr, W, "rStyle"));
        Boolean vanish = rpr == null ? null : Dom.onOff(rpr, "vanish");
        if (vanish == null) vanish = inherit(rStyle, StyleInfo::vanish);
        if (vanish == null) vanish = inherit(out.styleId, StyleInfo::vanish);
        Boolean bold = rpr == null ? null : Dom.onOff(rpr, "b");
        if (bold == null) bold = inherit(rStyle, StyleInfo::bold);
        if (bold == null) bold = inherit(out.styleId, StyleInfo::bold);
        if (bold == null) bold = defaults.bold();
        Double size = size(rpr);
        if (size == null) size = inherit(rStyle, StyleInfo::size);
        if (size == null) size = inherit(out.styleId, StyleInfo::size);
        if (size == null) size = defaults.size();
        if (rpr != null && Dom.child(rpr, W, "rPrChange") != null) revisions++;
        boolean superscript = rpr != null && "superscript".equals(Dom.val(Dom.child(rpr, W, "vertAlign")));
        for (Element e : Dom.children(r)) {
            if (Dom.is(e, MC, "AlternateContent")) {
                Element choice = Dom.firstChild(e);
                if (choice != null) for (Element c : Dom.children(choice)) inline(c, out);
                continue;
            }
            if (!W.equals(e.getNamespaceURI())) continue;
            switch (e.getLocalName()) {
                case "fldChar" -> {
                    String t = e.getAttributeNS(W, "fldCharType");
                    if ("begin".equals(t)) { fs.depth++; fs.inInstruction = true; fields++; }
                    else if ("separate".equals(t)) fs.inInstruction = false;
                    else if ("end".equals(t)) { fs.depth = Math.max(0, fs.depth - 1); fs.inInstruction = false; }
                }
                case "t" -> {
                    if (fs.inInstruction) continue;
                    String t = Dom.text(e);
                    if (Boolean.TRUE.equals(vanish)) {
                        if (!t.isBlank()) hidden++;
                        continue;
                    }
                    out.text.append(t);
                    int visible = (int) t.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000).count();
                    if (Boolean.TRUE.equals(bold)) out.boldChars += visible; else out.plainChars += visible;
                    if (visible > 0 && size != null && !superscript) out.maxSize = Math.max(out.maxSize, size);
                }
                case "tab", "ptab" -> { if (!Boolean.TRUE.equals(vanish) && !fs.inInstruction) out.text.append(' '); }
                case "br", "cr" -> {
                    String type = e.getAttributeNS(W, "type");
                    if (!Boolean.TRUE.equals(vanish) && !fs.inInstruction) out.text.append(type.equals("page") || type.equals("column") ? "\n" : "\n");
                }
                case "noBreakHyphen" -> out.text.append('-');
                case "footnoteReference", "endnoteReference" -> note(e, out);
                case "commentReference" -> comments++;
                case "drawing", "pict", "object" -> inline(e, out);
                default -> { }
            }
        }
    }

    private void note(Element ref, Para out) {
        boolean foot = ref.getLocalName().equals("footnoteReference");
        Integer id = Dom.intAttr(ref, W, "id");
        if (id == null) return;
        XWPFAbstractFootnoteEndnote n = foot ? doc.getFootnoteByID(id) : doc.getEndnoteByID(id);
        String mark = NumberFormats.circled(notes.size() + 1);
        out.text.append(mark);
        StringBuilder text = new StringBuilder();
        if (n != null) {
            for (Element p : Dom.descendants(n.getCTFtnEdn().getDomNode(), W, "p")) {
                Para np = new Para(null);
                runs(p, np, new FieldState());
                if (text.length() > 0 && np.text.length() > 0) text.append(' ');
                text.append(np.text);
            }
        }
        notes.add(mark + text.toString().replace('\n', ' ').strip());
    }

    /** A drawing or VML shape inside a run: pictures, text boxes, charts. */
    private void inline(Element e, Para out) {
        for (Element tb : Dom.descendants(e, W, "txbxContent")) {
            textBoxes++;
            int before = parts.size();
            List<Manuscript.Part> saved = new ArrayList<>(parts);
            parts.clear();
            body(tb);
            List<Manuscript.Part> boxParts = new ArrayList<>(parts);
            parts.clear();
            parts.addAll(saved);
            for (Manuscript.Part bp : boxParts) {
                out.after.add(bp instanceof Manuscript.Para pp ? new Manuscript.Para(pp.text(), pp.number(), pp.heading(),
                        false, pp.centred(), pp.right(), pp.allBold(), pp.size(), true) : bp);
            }
            findings.add(new ImportNote(ImportNote.Level.WARNING, paraNo + 1, "import.docx.textbox", boxParts.size()));
            if (before != parts.size()) throw new IllegalStateException("text box bookkeeping");
            return; // the picture of a shape that holds a text box is its outline, not an image
        }
        for (Element blip : Dom.descendants(e, "http://schemas.openxmlformats.org/drawingml/2006/main", "blip")) {
            picture(blip.getAttributeNS(R, "embed"), out);
        }
        for (Element im : Dom.descendants(e, "urn:schemas-microsoft-com:vml", "imagedata")) {
            picture(im.getAttributeNS(R, "id"), out);
        }
        if (!Dom.descendants(e, "http://schemas.openxmlformats.org/drawingml/2006/chart", "chart").isEmpty()) charts++;
    }

    private void picture(String rid, Para out) {
        if (rid == null || rid.isEmpty()) return;
        XWPFPictureData pd = doc.getPictureDataByID(rid);
        if (pd == null) {
            findings.add(new ImportNote(ImportNote.Level.WARNING, paraNo + 1, "import.docx.linkedImage", rid));
            return;
        }
        out.after.add(new Manuscript.Picture(pd.getData(), pd.suggestFileExtension().toLowerCase(java.util.Locale.ROOT)));
    }

    // ---- tables -------------------------------------------------------------------------------------

    private void table(Element tbl) {
        List<List<String>> rows = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int header = 0;
        boolean headerRun = true;
        Map<Integer, Integer> mergeTop = new HashMap<>();
        for (Element tr : Dom.children(tbl)) {
            if (!Dom.is(tr, W, "tr")) continue;
            Element trPr = Dom.child(tr, W, "trPr");
            if (trPr != null && Dom.child(trPr, W, "del") != null) { revisions++; continue; }
            List<String> row = new ArrayList<>();
            if (trPr != null) {
                Integer before = Dom.intVal(Dom.child(trPr, W, "gridBefore"));
                for (int k = 0; before != null && k < before; k++) row.add("");
            }
            for (Element tc : cells(tr)) {
                Element tcPr = Dom.child(tc, W, "tcPr");
                Integer span = tcPr == null ? null : Dom.intVal(Dom.child(tcPr, W, "gridSpan"));
                Element vm = tcPr == null ? null : Dom.child(tcPr, W, "vMerge");
                boolean continues = vm != null && !"restart".equals(vm.getAttributeNS(W, "val"));
                String text = continues ? "" : cellText(tc);
                row.add(text);
                for (int k = 1; span != null && k < span; k++) row.add("");
            }
            boolean isHeader = trPr != null && Dom.child(trPr, W, "tblHeader") != null
                    && !"0".equals(Dom.child(trPr, W, "tblHeader").getAttributeNS(W, "val"))
                    && !"false".equals(Dom.child(trPr, W, "tblHeader").getAttributeNS(W, "val"));
            if (isHeader && headerRun) header++;
            else headerRun = false;
            rows.add(row);
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        for (List<String> row : rows) while (row.size() < width) row.add("");
        if (!rows.isEmpty() && width > 0) parts.add(new Manuscript.TablePart(rows, header));
    }

    private List<Element> cells(Element tr) {
        List<Element> out = new ArrayList<>();
        for (Element e : Dom.children(tr)) {
            if (Dom.is(e, W, "tc")) out.add(e);
            else if (Dom.is(e, W, "sdt") || Dom.is(e, W, "customXml")) {
                Element c = Dom.is(e, W, "sdt") ? Dom.child(e, W, "sdtContent") : e;
                if (c != null) out.addAll(cells(c));
            }
        }
        return out;
    }

    /** A cell's paragraphs (and nested tables' text) run together; pictures in cells are not kept. */
    private String cellText(Element tc) {
        StringBuilder sb = new StringBuilder();
        for (Element p : Dom.descendants(tc, W, "p")) {
            Para pp = paragraph(p);
            String t = (pp.number + pp.text).replace('\n', ' ').strip();
            if (t.isEmpty()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(t);
        }
        return sb.toString();
    }

    // ---- numbering ----------------------------------------------------------------------------------

    /** Counts automatic numbers per list and level, as Word does, and writes them out (%1、 → 一、). */
    static final class Numbering {
        private final XWPFNumbering numbering;
        private final Map<BigInteger, int[]> counters = new HashMap<>();
        private final Map<Integer, Level[]> levelsByNum = new HashMap<>();

        Numbering(XWPFNumbering numbering, Map<String, StyleInfo> styles) { this.numbering = numbering; }

        record Level(String fmt, String text, int start) {}

        String next(int numId, int ilvl) {
            if (numbering == null) return "";
            XWPFNum num = numbering.getNum(BigInteger.valueOf(numId));
            if (num == null || num.getCTNum().getAbstractNumId() == null) return "";
            BigInteger abs = num.getCTNum().getAbstractNumId().getVal();
            Level[] levels = levelsByNum.computeIfAbsent(numId, k -> levels(num, abs));
            if (levels == null || ilvl < 0 || ilvl >= levels.length || levels[ilvl] == null) return "";
            int[] c = counters.computeIfAbsent(abs, k -> {
                int[] a = new int[9];
                for (int i = 0; i < 9; i++) a[i] = levels[i] == null ? 0 : levels[i].start() - 1;
                return a;
            });
            c[ilvl]++;
            for (int i = ilvl + 1; i < 9; i++) c[i] = levels[i] == null ? 0 : levels[i].start() - 1;
            Level lv = levels[ilvl];
            if ("bullet".equals(lv.fmt()) || "none".equals(lv.fmt())) return "";
            String t = lv.text() == null ? "%" + (ilvl + 1) + "." : lv.text();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ch == '%' && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) {
                    int k = t.charAt(++i) - '1';
                    if (k >= 0 && k < 9 && levels[k] != null) sb.append(NumberFormats.format(Math.max(c[k], levels[k].start()), levels[k].fmt()));
                } else {
                    sb.append(ch);
                }
            }
            return sb.toString();
        }

        private Level[] levels(XWPFNum num, BigInteger abs) {
            XWPFAbstractNum an = numbering.getAbstractNum(abs);
            if (an == null) return null;
            Level[] out = new Level[9];
            for (Element lvl : Dom.children(an.getCTAbstractNum().getDomNode())) {
                if (!Dom.is(lvl, W, "lvl")) continue;
                Integer i = Dom.intAttr(lvl, W, "ilvl");
                if (i == null || i < 0 || i > 8) continue;
                Integer start = Dom.intVal(Dom.child(lvl, W, "start"));
                out[i] = new Level(Dom.val(Dom.child(lvl, W, "numFmt")), Dom.val(Dom.child(lvl, W, "lvlText")), start == null ? 1 : start);
            }
            for (Element o : Dom.children(num.getCTNum().getDomNode())) {
                if (!Dom.is(o, W, "lvlOverride")) continue;
                Integer i = Dom.intAttr(o, W, "ilvl");
                Integer start = Dom.intVal(Dom.child(o, W, "startOverride"));
                if (i != null && i >= 0 && i < 9 && out[i] != null && start != null) {
                    out[i] = new Level(out[i].fmt(), out[i].text(), start);
                    counters.remove(abs); // a restarted list counts afresh
                }
            }
            return out;
        }
    }
}
