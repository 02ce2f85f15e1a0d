package cn.paiban.layout;

import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.geom.Rect;
import cn.paiban.model.Article;
import cn.paiban.model.Author;
import cn.paiban.text.Composition;
import cn.paiban.text.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * The opening of an article across both columns: kicker, title, subtitle, byline, centred, then the
 * 核心阅读 lead box framed with its label. Its height is rounded up to whole grid lines (plus the master's
 * gap) so that the columns below start on the grid.
 */
final class TitleBlock {
    private final Template t;
    private final Setter setter;

    TitleBlock(Template t, Setter setter) {
        this.t = t;
        this.setter = setter;
    }

    Band build(Article a, String sectionTitle, boolean sectionStart, LineGrid grid) {
        int width = grid.textWidth();
        List<Item> items = new ArrayList<>();
        if (sectionStart && sectionTitle != null) items.add(new Item.Anchor("section:" + sectionTitle, sectionTitle, 0, 0));
        items.add(new Item.Anchor("article:" + a.id(), a.title().replace(' ', ' ').strip(), 1, 0));
        int y = 0;
        if (notBlank(a.kicker())) y = lines(items, a.kicker(), t.style("kicker"), width, y, a.id(), 0) + pt(4);
        y = title(items, a, width, y) + pt(6);
        if (notBlank(a.subtitle())) y = lines(items, a.subtitle(), t.style("subtitle"), width, y, a.id(), 0) + pt(6);
        String byline = byline(a.authors());
        if (!byline.isEmpty()) y = lines(items, byline, t.style("byline"), width, y, a.id(), 0) + pt(6);
        if (notBlank(a.lead())) y = leadBox(items, a, width, y + pt(4), grid);
        int lines = grid.linesFor(y) + t.master("opening").titleGapLines();
        return new Band(lines, items);
    }

    /** A title with the deliberate space between its halves breaks there when it does not fit on one line. */
    private int title(List<Item> items, Article a, int width, int y) {
        Template.Style st = t.style("title");
        String title = a.title().strip();
        Composition whole = setter.compose(title, st, width, a.id(), -1, "title");
        if (whole.lines().size() > 1 && title.contains(" ")) {
            int cut = title.indexOf(' ');
            y = lines(items, title.substring(0, cut).strip(), st, width, y, a.id(), 0);
            return lines(items, title.substring(cut + 1).strip(), st, width, y, a.id(), cut + 1);
        }
        return place(items, whole, st, width, y, a.id(), 0);
    }

    private int lines(List<Item> items, String text, Template.Style st, int width, int y, String id, int offset) {
        return place(items, setter.compose(text, st, width, id, -1, "title block"), st, width, y, id, offset);
    }

    private int place(List<Item> items, Composition c, Template.Style st, int width, int y, String id, int offset) {
        int leading = st.leading() > 0 ? st.leading() : st.size() * 3 / 2;
        for (Line line : c.lines()) {
            int baseline = y + (leading - st.size()) / 2 + LineGrid.baselineOffset(st.size());
            items.addAll(LinePainter.paint(line, st, st.align(), 0, width, baseline, id, -1, offset));
            y += leading;
        }
        return y;
    }

    /**
     * The 核心阅读 box: its label and lines sit on the body grid (the band starts on a grid line), so the
     * box reads as part of the page and nothing below it drifts.
     */
    private int leadBox(List<Item> items, Article a, int width, int y, LineGrid grid) {
        Template.BoxStyle box = t.leadBox();
        int pad = box.padding();
        int inner = width - 2 * pad;
        int top = y;
        int lead = grid.leading();
        int line = (y + pad + lead - 1) / lead; // first grid line inside the frame
        Template.Style label = t.style("leadLabel");
        if (!box.label().isEmpty()) {
            Composition c = setter.compose(box.label(), label, inner, a.id(), -1, "lead label");
            for (Line l : c.lines()) {
                items.addAll(LinePainter.paint(l, label, label.align(), pad, inner,
                        line * lead + LineGrid.baselineOffset(label.size()), a.id(), -1, 0));
                line++;
            }
        }
        Template.Style st = t.style("lead");
        Composition c = setter.compose(a.lead().strip(), st, inner, a.id(), -1, "lead");
        for (Line l : c.lines()) {
            items.addAll(LinePainter.paint(l, st, st.align(), pad, inner, line * lead + LineGrid.baselineOffset(st.size()),
                    a.id(), -1, 0));
            line++;
        }
        int bottom = (line - 1) * lead + Math.max(st.size(), label.size()) + pad;
        items.add(new Item.Box(new Rect(0, top, width, bottom - top), box.rule(), Ink.BLACK, Ink.NONE));
        return bottom;
    }

    static String byline(List<Author> authors) {
        List<String> parts = new ArrayList<>();
        for (Author au : authors) {
            String name = padName(au.name());
            parts.add(notBlank(au.affiliation()) ? au.affiliation().strip() + "\u3000" + name : name);
        }
        return String.join("\u3000", parts);
    }

    /** Printers set a two-character name with an em space in the middle (王　爽) to line up with three-character names. */
    static String padName(String name) {
        String n = name.strip();
        return n.codePointCount(0, n.length()) == 2 && !n.contains(" ")
                ? n.substring(0, n.offsetByCodePoints(0, 1)) + "\u3000" + n.substring(n.offsetByCodePoints(0, 1)) : n;
    }

    static boolean notBlank(String s) { return s != null && !s.isBlank(); }

    private static int pt(double p) { return (int) Math.round(p * 1000); }
}
