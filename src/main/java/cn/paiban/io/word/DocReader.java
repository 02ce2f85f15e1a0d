package cn.paiban.io.word;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Picture;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a Word 97–2003 .doc through POI's HWPF (scratchpad) into a {@link Manuscript}, with the same rules as
 * {@link DocxReader} as far as HWPF tells them: deleted runs dropped and inserted ones kept, hidden text
 * dropped, footnote and endnote marks as ①②, list numbers written out, tables, pictures.
 */
final class DocReader {
    private final HWPFDocument doc;
    private final List<Manuscript.Part> parts = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ImportNote> findings = new ArrayList<>();
    private final Map<Integer, int[]> counters = new HashMap<>();
    private int revisions, hidden;

    private DocReader(HWPFDocument doc) { this.doc = doc; }

    static Manuscript read(Path file, POIFSFileSystem fs) throws java.io.IOException {
        HWPFDocument doc = new HWPFDocument(fs);
        DocReader r = new DocReader(doc);
        r.body();
        if (r.revisions > 0) r.findings.add(new ImportNote(ImportNote.Level.WARNING, 0, "import.docx.revisions", r.revisions));
        if (r.hidden > 0) r.findings.add(new ImportNote(ImportNote.Level.NOTE, 0, "import.docx.hidden", r.hidden));
        return new Manuscript(r.parts, r.notes, r.findings);
    }

    private void body() {
        Range range = doc.getRange();
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table t = range.getTable(p);
                table(t);
                // skip the table's paragraphs
                int end = t.getEndOffset();
                while (i + 1 < n && range.getParagraph(i + 1).getStartOffset() < end) i++;
                continue;
            }
            paragraph(p);
        }
    }

    private void paragraph(Paragraph p) {
        StringBuilder text = new StringBuilder();
        int bold = 0, plain = 0;
        double size = 0;
        List<Manuscript.Part> after = new ArrayList<>();
        boolean inField = false;
        for (int k = 0; k < p.numCharacterRuns(); k++) {
            CharacterRun cr = p.getCharacterRun(k);
            String t = cr.text();
            if (cr.isMarkedDeleted()) { revisions++; continue; }
            if (cr.isMarkedInserted()) revisions++;
            if (cr.isVanished() || cr.isFldVanished()) { if (!t.isBlank()) hidden++; continue; }
            if (doc.getPicturesTable().hasPicture(cr)) {
                Picture pic = doc.getPicturesTable().extractPicture(cr, false);
                if (pic != null) after.add(new Manuscript.Picture(pic.getContent(), pic.suggestFileExtension().toLowerCase(java.util.Locale.ROOT)));
                continue;
            }
            StringBuilder keep = new StringBuilder();
            for (int c = 0; c < t.length(); c++) {
                char ch = t.charAt(c);
                switch (ch) {
                    case 0x13 -> inField = true;      // field begin: instruction follows
                    case 0x14 -> inField = false;     // field separator: result follows
                    case 0x15 -> inField = false;     // field end
                    case 0x02 -> { if (!inField) keep.append(noteMark(cr)); }
                    case 0x0B -> { if (!inField) keep.append('\n'); }
                    case '\r', 0x07, 0x0C, 0x01, 0x08, 0x05 -> { }
                    case '\t' -> { if (!inField) keep.append(' '); }
                    default -> { if (!inField) keep.append(ch); }
                }
            }
            text.append(keep);
            int visible = (int) keep.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000).count();
            if (cr.isBold()) bold += visible; else plain += visible;
            if (visible > 0) size = Math.max(size, cr.getFontSize() / 2.0);
        }
        String number = "";
        if (p.isInList() && text.toString().strip().length() > 0) number = listNumber(p);
        StyleDescription sd = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
        String name = sd == null ? null : sd.getName();
        int heading = DocxReader.headingOf(name, null);
        if (heading == 0 && p.getLvl() >= 0 && p.getLvl() < 9) heading = p.getLvl() + 1;
        boolean title = name != null && (name.equalsIgnoreCase("Title") || name.equals("标题"));
        int jc = p.getJustification();
        if (text.length() > 0 || !number.isEmpty()) {
            parts.add(new Manuscript.Para(text.toString(), number, heading, title, jc == 1, jc == 2, bold > 0 && plain == 0, size, false));
        }
        parts.addAll(after);
    }

    private String noteMark(CharacterRun cr) {
        String mark = NumberFormats.circled(notes.size() + 1);
        String text = "";
        try {
            for (boolean foot : new boolean[] {true, false}) {
                Notes ns = foot ? doc.getFootnotes() : doc.getEndnotes();
                int idx = ns.getNoteIndexByAnchorPosition(cr.getStartOffset());
                if (idx < 0) continue;
                Range r = foot ? doc.getFootnoteRange() : doc.getEndnoteRange();
                String all = r.text();
                int s = ns.getNoteTextStartOffset(idx), e = ns.getNoteTextEndOffset(idx);
                if (s >= 0 && e <= all.length() && s <= e) text = all.substring(s, e);
                break;
            }
        } catch (RuntimeException e) {
            findings.add(new ImportNote(ImportNote.Level.WARNING, 0, "import.doc.noteUnread", mark));
        }
        text = text.replaceAll("[\\u0002\\u0005\\r\\u0007]", " ").replace('\u000B', ' ').strip();
        notes.add(mark + text);
        return mark;
    }

    /** The list number as Word shows it, counted per list and level. */
    private String listNumber(Paragraph p) {
        try {
            HWPFList list = p.getList();
            int lvl = Math.max(0, Math.min(8, p.getIlvl()));
            int key = list.getLsid();
            int[] c = counters.computeIfAbsent(key, k -> new int[9]);
            for (int i = 0; i < 9; i++) if (c[i] == 0) c[i] = safeStart(list, i) - 1;
            c[lvl]++;
            for (int i = lvl + 1; i < 9; i++) c[i] = safeStart(list, i) - 1;
            String tmpl = list.getNumberText((char) lvl);
            int fmt = list.getNumberFormat((char) lvl);
            if (fmt == 23 || fmt == 255) return ""; // bullet, none
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < tmpl.length(); i++) {
                char ch = tmpl.charAt(i);
                if (ch < 9) sb.append(NumberFormats.format(c[ch], nfc(list.getNumberFormat(ch))));
                else sb.append(ch);
            }
            return sb.toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static int safeStart(HWPFList list, int lvl) {
        try {
            return Math.max(0, list.getStartAt((char) lvl));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /** Word's binary number format codes (nfc) to the names .docx uses. */
    private static String nfc(int code) {
        return switch (code) {
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 18 -> "decimalEnclosedCircle";
            case 22 -> "decimalZero";
            case 30 -> "ideographTraditional";
            case 31 -> "ideographZodiac";
            case 33, 34, 35, 37, 38, 39 -> "chineseCounting";
            case 23 -> "bullet";
            case 255 -> "none";
            default -> "decimal";
        };
    }

    private void table(Table t) {
        List<List<String>> rows = new ArrayList<>();
        int header = 0;
        boolean headerRun = true;
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                var cell = row.getCell(c);
                String text = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() ? "" : cellText(cell);
                cells.add(text);
            }
            if (row.isTableHeader() && headerRun) header++;
            else headerRun = false;
            rows.add(cells);
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        for (List<String> row : rows) while (row.size() < width) row.add("");
        if (width > 0) parts.add(new Manuscript.TablePart(rows, header));
    }

    private String cellText(Range cell) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            String t = cell.getParagraph(i).text().replaceAll("[\\u0007\\r\\u0001\\u0013\\u0014\\u0015]", "").replace('\u000B', ' ').strip();
            if (t.isEmpty()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(t);
        }
        return sb.toString();
    }
}
