package cn.paiban.layout;

import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.text.Composition;
import cn.paiban.text.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * A full-page statistics table, condensed to the text width as a three-line table (三线表). When its
 * columns do not fit at a readable size, the data columns are split into parts stacked down the page,
 * each repeating the header rows and the row heads. Header cells followed by empty cells span them.
 */
final class TableSetter {
    private static final int PAD = 2000;
    private final Template t;
    private final Setter setter;

    TableSetter(Template t, Setter setter) {
        this.t = t;
        this.setter = setter;
    }

    /** Items at the origin of the text area (x from its left, y from the grid top). */
    List<Item> set(Article a, String section, boolean sectionStart) {
        List<Item> items = new ArrayList<>();
        if (sectionStart && section != null) items.add(new Item.Anchor("section:" + section, section, 0, 0));
        items.add(new Item.Anchor("article:" + a.id(), a.title().strip(), 1, 0));
        int w = t.grid().textWidth();
        int block = -1;
        Block.Table tb = null;
        for (int b = 0; b < a.body().size(); b++) {
            if (a.body().get(b) instanceof Block.Table x) {
                tb = x;
                block = b;
                break;
            }
        }
        int y = 0;
        String caption = tb != null && TitleBlock.notBlank(tb.caption()) ? tb.caption() : a.title();
        y = text(items, caption.strip(), t.style("tableCaption"), 0, w, y, a.id(), -1);
        if (tb != null && TitleBlock.notBlank(tb.issuer())) y = text(items, tb.issuer().strip(), t.style("tableIssuer"), 0, w, y, a.id(), -1);
        if (tb == null) {
            setter.findings().add(Finding.warning(a.id(), -1, 0, "findings.table.none", a.title().strip()));
            return items;
        }
        y += 6000;
        y = grid(items, tb.header(), tb.rows(), t.style("tableCell"), a.id(), block, w, y);
        if (y < 0) return items;
        y += 10000;
        if (TitleBlock.notBlank(tb.note())) y = text(items, tb.note().strip(), t.style("tableNote"), 0, w, y, a.id(), block);
        int room = t.grid().bottom() - t.grid().top();
        if (y > room) {
            setter.findings().add(Finding.error(a.id(), block, 0, "findings.table.too-tall",
                    a.title().strip(), (y - room) / 1000));
        }
        return items;
    }

    /** A table set at {@code width} from y = 0, and the height it takes. */
    record Set(List<Item> items, int height) {}

    /**
     * A table inside running text, set at the column measure: its caption (if any) above in {@code captionStyle},
     * the header and {@code rows} as a three-line table, the note below when {@code withNote}. Null when it has
     * no data column (a one-column table reads as lines).
     */
    Set inColumn(Block.Table tb, List<List<String>> rows, String caption, Template.Style captionStyle, boolean withNote,
                 String id, int block, int width) {
        List<Item> items = new ArrayList<>();
        int y = 0;
        if (TitleBlock.notBlank(caption)) y = text(items, caption.strip(), captionStyle, 0, width, y, id, block) + 1500;
        // in a column a cell is narrow enough that centred figures read as well as aligned ones, and look less scattered
        Template.Style cell = t.styles().containsKey("columnTableCell") ? t.style("columnTableCell") : centred(t.style("tableCell"));
        y = grid(items, tb.header(), rows, cell, id, block, width, y);
        if (y < 0) return null;
        if (withNote && TitleBlock.notBlank(tb.note())) {
            y = text(items, tb.note().strip(), t.style("tableNote"), 0, width, y + 1500, id, block);
        }
        return new Set(items, y);
    }

    /** Columns a table's rows hold: the widest header or data row. */
    static int columns(Block.Table tb) {
        return columns(tb.header(), tb.rows());
    }

    private static int columns(List<List<String>> header, List<List<String>> rows) {
        int cols = 0;
        for (List<String> r : header) cols = Math.max(cols, r.size());
        for (List<String> r : rows) cols = Math.max(cols, r.size());
        return cols;
    }

    /**
     * The ruled table at width {@code w} from {@code y}, its data columns split into parts stacked down when they do
     * not fit at a readable size; returns the y below it, or -1 when the table has no data column.
     */
    private int grid(List<Item> items, List<List<String>> header, List<List<String>> rows, Template.Style cell, String id,
                     int block, int w, int y) {
        // a Word table with merged cells can have short rows: every row is padded to the widest
        int cols = columns(header, rows);
        header = padded(header, cols);
        rows = padded(rows, cols);
        Template.Style head = t.style("tableHead");
        Template.Style rowHead = t.style("tableRowHead");
        int rowHeadW = 0;
        for (List<String> r : rows) rowHeadW = Math.max(rowHeadW, width(r.get(0), rowHead));
        rowHeadW = Math.min(rowHeadW + 2 * PAD, w * 3 / 10);
        int colMin = 0;
        for (List<String> r : rows) for (int c = 1; c < r.size(); c++) colMin = Math.max(colMin, width(r.get(c), cell));
        for (int hr = 0; hr < header.size(); hr++) {
            for (int c = 1; c < header.get(hr).size(); c++) {
                String h = header.get(hr).get(c);
                // a short head (累计完成) stays on one line; a longer one (同比增长(%)) may take two
                int need = h.codePointCount(0, h.length()) <= 4 ? width(h, head) : (width(h, head) + 1) / 2;
                // over two header rows, the first one's heads span the empty cells after them
                if (hr == 0 && header.size() > 1) continue;
                colMin = Math.max(colMin, need);
            }
        }
        colMin += 2 * PAD;
        int data = cols - 1;
        if (data < 1) { // one column of row heads and no data: "/ by zero" before
            setter.findings().add(Finding.error(id, block, 0, "limits.table.one-column"));
            return -1;
        }
        int perPart = Math.max(1, (w - rowHeadW) / Math.max(1, colMin));
        if (perPart < data && perPart > 1) perPart -= perPart % 2; // keep 累计/同比 pairs together
        perPart = Math.min(perPart, data);
        // as many parts as needed, as even as the column pairs allow
        int parts = (data + perPart - 1) / perPart;
        perPart = (data + parts - 1) / parts;
        if (parts > 1 && perPart % 2 == 1) perPart++;
        int colW = (w - rowHeadW) / Math.max(1, perPart);
        for (int from = 1; from <= data; from += perPart) {
            int to = Math.min(cols, from + perPart);
            y = part(items, header, rows, cell, id, block, from, to, rowHeadW, colW, y) + (to < cols ? 10000 : 0);
        }
        return y;
    }

    private static Template.Style centred(Template.Style s) {
        return new Template.Style(s.font(), s.size(), s.leading(), Template.Align.CENTER, s.indentEm(), s.spaceBefore(), s.spaceAfter());
    }

    private static List<List<String>> padded(List<List<String>> rows, int cols) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> r : rows) {
            List<String> p = new ArrayList<>(r);
            while (p.size() < cols) p.add("");
            out.add(p);
        }
        return out;
    }

    private int part(List<Item> items, List<List<String>> header, List<List<String>> rows, Template.Style cell, String id, int block,
                     int from, int to, int rowHeadW, int colW, int y) {
        int w = rowHeadW + (to - from) * colW;
        Template.Style head = t.style("tableHead");
        Template.Style rowHead = t.style("tableRowHead");
        items.add(new Item.Rule(0, y, w, y, 1000, Ink.BLACK));
        y += 3000;
        for (int hr = 0; hr < header.size(); hr++) {
            List<String> row = header.get(hr);
            int h = 0;
            List<int[]> spans = new ArrayList<>();
            h = Math.max(h, cellText(items, row.get(0), head, 0, rowHeadW, y, id, block));
            for (int c = from; c < to; c++) {
                if (row.get(c).isBlank()) continue;
                int span = 1;
                while (c + span < to && row.get(c + span).isBlank() && hr == 0) span++;
                int x = rowHeadW + (c - from) * colW;
                h = Math.max(h, cellText(items, row.get(c), head, x, colW * span, y, id, block));
                if (span > 1) spans.add(new int[] {x + PAD, x + colW * span - PAD});
            }
            y += h + 2000;
            for (int[] s : spans) items.add(new Item.Rule(s[0], y - 1000, s[1], y - 1000, 400, Ink.BLACK));
        }
        items.add(new Item.Rule(0, y, w, y, 500, Ink.BLACK));
        y += 2500;
        for (List<String> row : rows) {
            int h = cellText(items, row.get(0), rowHead, 0, rowHeadW, y, id, block);
            for (int c = from; c < to && c < row.size(); c++) {
                h = Math.max(h, cellText(items, row.get(c), cell, rowHeadW + (c - from) * colW, colW, y, id, block));
            }
            y += Math.max(h, cell.leading()) + 1000;
        }
        items.add(new Item.Rule(0, y + 1000, w, y + 1000, 1000, Ink.BLACK));
        return y + 1000;
    }

    /** Sets one cell's text in [x, x + width) from y; returns its height. */
    private int cellText(List<Item> items, String text, Template.Style st, int x, int width, int y, String id, int block) {
        if (text == null || text.isBlank()) return st.leading();
        Composition c = setter.compose(text.strip(), st, width - 2 * PAD, id, block, "table cell");
        int yy = y;
        for (Line l : c.lines()) {
            int baseline = yy + (st.leading() - st.size()) / 2 + LineGrid.baselineOffset(st.size());
            items.addAll(LinePainter.paint(l, st, st.align(), x + PAD, width - 2 * PAD, baseline, id, block, 0));
            yy += st.leading();
        }
        return yy - y;
    }

    private int text(List<Item> items, String text, Template.Style st, int x, int width, int y, String id, int block) {
        Composition c = setter.compose(text, st, width, id, block, "table");
        for (Line l : c.lines()) {
            int baseline = y + (st.leading() - st.size()) / 2 + LineGrid.baselineOffset(st.size());
            items.addAll(LinePainter.paint(l, st, st.align(), x, width, baseline, id, block, 0));
            y += st.leading();
        }
        return y;
    }

    private int width(String text, Template.Style st) {
        if (text == null || text.isBlank()) return 0;
        Composition c = setter.measure(text.strip(), st, 1_000_000);
        return c.lines().stream().mapToInt(Line::width).max().orElse(0);
    }
}
