package cn.paiban.proof;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * One printed line of a page, read from the display list: the glyph runs on one baseline that follow each other in
 * one column, with their text and, for each code point, where it stands and where it comes from (its
 * {@link SourceRef}). {@code stream} names the text the line belongs to: the article ({@code a:<id>}) or, for
 * running heads and folios, the page ({@code p:<index>}).
 */
public record PrintedLine(int page, int folio, int baseline, int size, String stream, String text, List<Item.GlyphRun> runs) {
    public PrintedLine {
        runs = List.copyOf(runs);
    }

    /** The article the line prints, or "" for page furniture. */
    public String articleId() { return stream.startsWith("a:") ? stream.substring(2) : ""; }

    public int x() { return runs.get(0).x(); }

    /** Past the last glyph (its x plus one em of the run's size). */
    public int right() { return end(runs.get(runs.size() - 1)); }

    public int top() { return baseline - size; }

    public int bottom() { return baseline + size / 5; }

    public int length() { return text.codePointCount(0, text.length()); }

    /** Left edge of code point {@code i} (0 … length; length gives the right edge). */
    public int xAt(int i) {
        for (Item.GlyphRun r : runs) {
            int n = r.text().codePointCount(0, r.text().length());
            if (i < n) return r.xAt(i);
            i -= n;
        }
        return right();
    }

    /** Right edge of code point {@code i}: where the next glyph of its run starts, or one em past its own x. */
    public int xEnd(int i) {
        for (Item.GlyphRun r : runs) {
            int n = r.text().codePointCount(0, r.text().length());
            if (i < n) return i + 1 < n ? r.xAt(i + 1) : end(r);
            i -= n;
        }
        return right();
    }

    /** Where code point {@code i} of the line comes from: its run's source plus the chars before it in the run. */
    public SourceRef sourceAt(int i) {
        for (Item.GlyphRun r : runs) {
            int n = r.text().codePointCount(0, r.text().length());
            if (i < n) {
                SourceRef s = r.source();
                return new SourceRef(s.articleId(), s.block(), s.offset() + r.text().offsetByCodePoints(0, i));
            }
            i -= n;
        }
        return null;
    }

    /** The code point whose box holds {@code x} (nearest when x is outside the line). */
    public int indexAt(int x) {
        int n = length();
        for (int i = 0; i < n; i++) if (x < xEnd(i)) return i;
        return n - 1;
    }

    private static int end(Item.GlyphRun r) {
        int[] xs = r.xs();
        return r.x() + (xs.length == 0 ? 0 : xs[xs.length - 1]) + r.size();
    }

    /** The printed lines of every page of {@code doc}, page by page in the order the page lists its runs. */
    public static List<PrintedLine> of(Document doc) {
        List<PrintedLine> out = new ArrayList<>();
        for (int p = 0; p < doc.pages().size(); p++) out.addAll(of(doc.pages().get(p), p));
        return out;
    }

    /**
     * The lines of one page: a run joins the line before it when it shares its baseline and its text, starts at or
     * after the line's last run, and leaves less than one em between them (a column gap is wider).
     */
    public static List<PrintedLine> of(Page page, int index) {
        List<PrintedLine> out = new ArrayList<>();
        List<Item.GlyphRun> runs = new ArrayList<>();
        String stream = null;
        StringBuilder text = new StringBuilder();
        for (Item item : page.items()) {
            if (!(item instanceof Item.GlyphRun r) || r.text().isEmpty()) continue;
            String s = stream(r.source(), index);
            if (!runs.isEmpty()) {
                Item.GlyphRun last = runs.get(runs.size() - 1);
                boolean joins = s.equals(stream) && r.baseline() == last.baseline() && r.x() >= last.x()
                        && r.x() - end(last) < Math.max(r.size(), last.size());
                if (!joins) {
                    out.add(line(page, index, stream, text, runs));
                    runs = new ArrayList<>();
                    text.setLength(0);
                }
            }
            stream = s;
            runs.add(r);
            text.append(r.text());
        }
        if (!runs.isEmpty()) out.add(line(page, index, stream, text, runs));
        return out;
    }

    private static PrintedLine line(Page page, int index, String stream, StringBuilder text, List<Item.GlyphRun> runs) {
        int size = 0;
        for (Item.GlyphRun r : runs) size = Math.max(size, r.size());
        return new PrintedLine(index, page.folio(), runs.get(0).baseline(), size, stream, text.toString(), runs);
    }

    static String stream(SourceRef s, int page) {
        return s.articleId().isEmpty() || s.block() == -2 ? "p:" + page : "a:" + s.articleId();
    }
}
