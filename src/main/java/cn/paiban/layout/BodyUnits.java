package cn.paiban.layout;

import cn.paiban.model.Article;
import cn.paiban.model.Block;
import cn.paiban.text.Composition;
import cn.paiban.text.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's column matter as units: body paragraphs set at the column measure, subheadings with their
 * space before and after in whole grid lines, the source line and the signature right-aligned at the end.
 */
final class BodyUnits {
    private final Template t;
    private final Setter setter;
    private final List<Finding> findings;

    private final ImageSizes images;

    BodyUnits(Template t, Setter setter, List<Finding> findings, ImageSizes images) {
        this.t = t;
        this.setter = setter;
        this.findings = findings;
        this.images = images;
    }

    /** Grid lines a missing image's placeholder takes, so the flow around it is as it will be. */
    static final int PLACEHOLDER_LINES = 6;

    /**
     * An image at the column width (aspect kept), taking whole grid lines, with its caption centred below in the
     * caption style; the caption style's space before and after go around the whole figure. An image taller
     * than a column less its caption is scaled down to fit one.
     */
    private void figure(List<Unit> u, Article a, int b, Block.Image im, LineGrid grid) {
        Template.Style cs = t.style("caption");
        List<Unit> caption = new ArrayList<>();
        add(caption, im.caption() == null ? null : im.caption().strip(), cs, Unit.Kind.CAPTION, a.id(), b, 0, grid.measure());
        int maxLines = Math.max(1, grid.lines() - caption.size());
        var size = images.size(im.path());
        int w = grid.measure();
        int lines;
        int h;
        if (size.isEmpty()) {
            lines = Math.min(PLACEHOLDER_LINES, maxLines);
            h = slotHeight(grid, lines);
            String why = images.problem(im.path());
            findings.add(Finding.error(a.id(), b, 0, why == null ? "findings.image.missing" : "findings.image.missing-why",
                    im.path(), a.title().strip(), b + 1, why == null ? "" : why));
        } else {
            h = (int) Math.round((double) w * size.get().height() / size.get().width());
            lines = linesFor(grid, h);
            if (lines > maxLines) { // too tall for a column: fit the height, narrow the width
                lines = maxLines;
                h = slotHeight(grid, lines);
                w = (int) Math.round((double) h * size.get().width() / size.get().height());
            }
        }
        if (cs.spaceBefore() > 0 && !u.isEmpty()) space(u, cs.spaceBefore(), a.id());
        u.add(new Unit.Figure(lines, a.id(), b, im.path(), w, h, size.isEmpty()));
        u.addAll(caption);
        if (cs.spaceAfter() > 0) space(u, cs.spaceAfter(), a.id());
    }

    /**
     * A table in running text: a three-line table at the column measure with its caption above, the caption style's
     * space around it like a figure's. Rows that do not fit in one column go on in a 续表 below, the header repeated.
     * A table with no data column stays lines of text.
     */
    private void table(List<Unit> u, Article a, int b, Block.Table tb, LineGrid grid, String bodyStyle) {
        if (TableSetter.columns(tb) < 2) {
            int offset = 0;
            for (List<String> row : concat(tb.header(), tb.rows())) {
                String line = String.join("\u3000", row);
                add(u, line, t.style(bodyStyle), Unit.Kind.BODY, a.id(), b, offset, grid.measure());
                offset += line.length() + 1;
            }
            return;
        }
        TableSetter setter = new TableSetter(t, this.setter);
        Template.Style cs = t.style("caption");
        if (cs.spaceBefore() > 0 && !u.isEmpty()) space(u, cs.spaceBefore(), a.id());
        List<Unit> parts = parts(a, b, tb, grid, setter, new int[] {grid.lines()}, 1, true);
        if (parts == null) return;
        if (tb.rows().size() >= 2 * MIN_ROWS) {
            // set again where it falls: a first part in what is left of a column, the next in the column after
            TableSetter quiet = new TableSetter(t, this.setter.quiet());
            java.util.Map<Long, java.util.Optional<List<Unit>>> made = new java.util.concurrent.ConcurrentHashMap<>();
            Unit.Inset first = (Unit.Inset) parts.get(0);
            Unit.Split split = (firstLines, nextLines) -> made.computeIfAbsent(((long) firstLines << 32) | nextLines,
                    k -> java.util.Optional.ofNullable(parts(a, b, tb, grid, quiet, new int[] {firstLines, nextLines, grid.lines()},
                            MIN_ROWS, false))).orElse(null);
            parts.set(0, new Unit.Inset(first.lines(), first.articleId(), first.block(), first.items(), split));
        }
        u.addAll(parts);
        if (cs.spaceAfter() > 0) space(u, cs.spaceAfter(), a.id());
    }

    /** Rows a part of a table set again where it falls holds at least, and leaves at least for its 续表. */
    static final int MIN_ROWS = 2;

    /**
     * A table's parts as units: each part the most rows from where the last ended that {@code caps[i]} grid lines hold
     * (the last cap for every part after), a blank line between parts, 续表 captions after the first. The first part
     * holds at least {@code minRows} rows and leaves as many for the next, or null (a table too short to part so);
     * with {@code report}, a row taller than a column is an error and a table with no data column is null.
     */
    private List<Unit> parts(Article a, int b, Block.Table tb, LineGrid grid, TableSetter setter, int[] caps, int minRows,
                             boolean report) {
        Template.Style title = t.styles().containsKey("columnTableCaption") ? t.style("columnTableCaption") : t.style("tableHead");
        List<Unit> u = new ArrayList<>();
        List<List<String>> rows = tb.rows();
        int from = 0;
        int part = 0;
        do {
            int cap = caps[Math.min(part, caps.length - 1)];
            String caption = from == 0 ? tb.caption()
                    : TitleBlock.notBlank(tb.caption()) ? tb.caption().strip() + "（续）" : "续表";
            // the most rows from here that the part's lines hold, at least one (at least minRows in a first part)
            int least = part == 0 ? minRows : 1;
            int lo = Math.min(from + least, rows.size());
            int hi = part == 0 && minRows > 1 ? rows.size() - minRows : rows.size();
            TableSetter.Set best = setter.inColumn(tb, rows.subList(from, lo), caption, title, lo == rows.size(), a.id(), b, grid.measure());
            if (best == null) return null;
            if (linesFor(grid, best.height()) > cap && !report) return null;
            while (lo < hi) {
                int mid = (lo + hi + 1) / 2;
                TableSetter.Set s = setter.inColumn(tb, rows.subList(from, mid), caption, title, mid == rows.size(), a.id(), b, grid.measure());
                if (linesFor(grid, s.height()) <= cap) {
                    lo = mid;
                    best = s;
                } else {
                    hi = mid - 1;
                }
            }
            int lines = linesFor(grid, best.height());
            if (lines > grid.lines()) {
                if (report) {
                    findings.add(Finding.error(a.id(), b, 0, "findings.table.too-tall", a.title().strip(),
                            (best.height() - slotHeight(grid, grid.lines())) / 1000));
                }
                lines = grid.lines();
            }
            if (from > 0) space(u, 1, a.id());
            u.add(new Unit.Inset(lines, a.id(), b, best.items()));
            from = lo;
            part++;
        } while (from < rows.size());
        return u;
    }

    /**
     * Grid lines an image of height {@code h} takes from the top of a line's em box: it may reach the foot of the
     * last line's em box, so the next line keeps its place on the grid.
     */
    static int linesFor(LineGrid g, int h) {
        return 1 + Math.max(0, (h - g.bodySize() + g.leading() - 1) / g.leading());
    }

    /** The tallest image that {@code lines} grid lines hold. */
    static int slotHeight(LineGrid g, int lines) { return (lines - 1) * g.leading() + g.bodySize(); }

    /** The title lines of a short news item, set inside a column. */
    List<Unit> newsTitle(Article a, LineGrid grid) {
        int m = grid.measure();
        List<Unit> u = new ArrayList<>();
        Template.Style st = t.style("newsTitle");
        if (st.spaceBefore() > 0) space(u, st.spaceBefore(), a.id());
        add(u, a.title().strip(), st, Unit.Kind.TITLE, a.id(), -1, 0, m);
        if (TitleBlock.notBlank(a.subtitle())) {
            add(u, a.subtitle().strip(), t.style("newsSubtitle"), Unit.Kind.TITLE, a.id(), -1, 0, m);
        }
        if (st.spaceAfter() > 0) space(u, st.spaceAfter(), a.id());
        return u;
    }

    List<Unit> body(Article a, LineGrid grid, String bodyStyle) {
        List<Unit> u = new ArrayList<>();
        int m = grid.measure();
        for (int b = 0; b < a.body().size(); b++) {
            Block block = a.body().get(b);
            if (block instanceof Block.Paragraph p) {
                add(u, p.text(), t.style(bodyStyle), Unit.Kind.BODY, a.id(), b, 0, m);
            } else if (block instanceof Block.Quotation q) {
                add(u, q.text(), t.style("quotation"), Unit.Kind.BODY, a.id(), b, 0, m);
            } else if (block instanceof Block.Subheading h) {
                Template.Style st = t.style(h.level() == 1 ? "subheading" : "subheading2");
                if (st.spaceBefore() > 0 && !u.isEmpty()) space(u, st.spaceBefore(), a.id());
                int offset = 0;
                for (String line : h.lines()) {
                    add(u, line, st, Unit.Kind.HEADING, a.id(), b, offset, m);
                    offset += line.length() + 1;
                }
                if (st.spaceAfter() > 0) space(u, st.spaceAfter(), a.id());
            } else if (block instanceof Block.ListBlock l) {
                int offset = 0;
                for (String item : l.items()) {
                    add(u, item, t.style("listItem"), Unit.Kind.BODY, a.id(), b, offset, m);
                    offset += item.length() + 1;
                }
            } else if (block instanceof Block.Table tb) {
                table(u, a, b, tb, grid, bodyStyle);
            } else if (block instanceof Block.Image im) {
                figure(u, a, b, im, grid);
            } else if (block instanceof Block.Notes n) {
                // footnotes and endnotes after the body, one line of space above, in the smaller note style
                Template.Style ns = t.styles().containsKey("note") ? t.style("note") : t.style("caption");
                if (!u.isEmpty()) space(u, Math.max(1, ns.spaceBefore()), a.id());
                int offset = 0;
                for (String item : n.items()) {
                    add(u, item, ns, Unit.Kind.BODY, a.id(), b, offset, m);
                    offset += item.length() + 1;
                }
            }
        }
        if (TitleBlock.notBlank(a.source())) {
            add(u, "（文章来源：" + a.source().strip() + "）", t.style("source"), Unit.Kind.SOURCE, a.id(), -1, 0, m);
        }
        if (TitleBlock.notBlank(a.signature())) {
            String s = a.signature().strip();
            if (!s.startsWith("（") && !s.startsWith("(")) s = "（" + s + "）";
            add(u, s, t.style("signature"), Unit.Kind.SIGNATURE, a.id(), -1, 0, m);
        }
        return u;
    }

    private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
        List<List<String>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Appends blank lines; space after one thing and space before the next (a figure's after and a heading's
     * before) collapse into the larger, as a typesetter would not stack two.
     */
    static void space(List<Unit> u, int lines, String id) {
        if (!u.isEmpty() && u.get(u.size() - 1) instanceof Unit.Space last) {
            if (lines > last.lines()) u.set(u.size() - 1, new Unit.Space(lines, id));
            return;
        }
        u.add(new Unit.Space(lines, id));
    }

    /** Sets {@code text} at {@code measure} and appends one unit per line. */
    void add(List<Unit> u, String text, Template.Style st, Unit.Kind kind, String id, int block, int offsetBase,
             int measure) {
        if (text == null || text.isBlank()) return;
        Composition c = setter.compose(text, st, measure, id, block, kind.name().toLowerCase(java.util.Locale.ROOT));
        List<Line> lines = c.lines();
        for (int i = 0; i < lines.size(); i++) {
            u.add(new Unit.Text(lines.get(i), st, kind, id, block, offsetBase, i, lines.size()));
        }
    }

    /** One line unit for a marker such as （下转第46页）. */
    Unit.Text marker(String text, Template.Style st, Unit.Kind kind, String id, LineGrid grid) {
        Composition c = setter.compose(text, st, grid.measure(), id, -1, "jump marker");
        return new Unit.Text(c.lines().get(0), st, kind, id, -1, 0, 0, 1);
    }
}
