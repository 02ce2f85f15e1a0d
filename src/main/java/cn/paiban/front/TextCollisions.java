package cn.paiban.front;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.LineBox;

/**
 * Finds text that a design lets collide or fall off the page, which Flying Saucer draws without a word:
 * a contents list grown into the absolutely placed foot, a colophon pushed below the trim. It works on the
 * laid-out box tree, so it judges what will print whatever the CSS says. Each run of text counts as its
 * ideographic em box (0.88 em above the baseline, 0.12 below), not the font's taller line box, so tight
 * leading is not mistaken for a collision.
 */
final class TextCollisions {
    private TextCollisions() {}

    record Run(String text, Rectangle box, String family) {}

    /**
     * The first three collisions and runs off the page, and the runs without glyphs (one line for each font-family
     * they asked for, with how many and the first few), in words, for the warnings list. {@code known} are the families
     * the renderer has, named in the line so the designer sees what to write instead.
     */
    static List<String> find(BlockBox root, int pageWidth, int pageHeight, java.util.Collection<String> known) {
        List<Run> runs = new ArrayList<>();
        collect(root, runs);
        List<String> off = new ArrayList<>();
        java.util.Map<String, List<String>> blankByFamily = new java.util.LinkedHashMap<>();
        Rectangle page = new Rectangle(0, 0, pageWidth, pageHeight);
        for (Run r : runs) {
            // No width: the face Flying Saucer chose has none of these glyphs (a family it does not know).
            if (r.box().width == 0) blankByFamily.computeIfAbsent(r.family(), k -> new ArrayList<>()).add(r.text());
            else if (!page.contains(r.box())) off.add(cn.paiban.i18n.Msg.get("findings.front.off-page", r.text()));
        }
        List<String> blank = new ArrayList<>();
        blankByFamily.forEach((family, texts) -> blank.add(cn.paiban.i18n.Msg.get("findings.front.blank", texts.get(0), texts.size(),
                family, String.join("、", known), texts.subList(0, Math.min(3, texts.size())).stream()
                        .map(t -> cn.paiban.i18n.Msg.get("findings.front.quoted", t)).collect(java.util.stream.Collectors.joining()))));
        runs.removeIf(r -> r.box().width == 0);
        List<String> over = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                Rectangle x = runs.get(i).box().intersection(runs.get(j).box());
                if (x.width > 0 && x.height > 0) {
                    over.add(cn.paiban.i18n.Msg.get("findings.front.overlap", runs.get(i).text(), runs.get(j).text()));
                }
            }
        }
        List<String> problems = new ArrayList<>(over.subList(0, Math.min(3, over.size())));
        problems.addAll(off.subList(0, Math.min(3, off.size())));
        problems.addAll(blank);
        return problems;
    }

    private static void collect(Box box, List<Run> out) {
        if (box instanceof LineBox line) line.getNonFlowContent().forEach(b -> collect(b, out));
        if (box instanceof InlineLayoutBox ilb) {
            for (Object c : ilb.getInlineChildren()) {
                if (c instanceof InlineText t && !t.getSubstring().isBlank()) out.add(run(ilb, t));
                else if (c instanceof Box b) collect(b, out);
            }
        }
        for (Box child : box.getChildren()) collect(child, out);
    }

    private static Run run(InlineLayoutBox ilb, InlineText t) {
        FontSpecification spec = ilb.getStyle().getFontSpecification();
        int baseline = ilb.getAbsY() + ilb.getBaseline();
        int top = ilb.getAbsY();
        int bottom = ilb.getAbsY() + ilb.getHeight();
        if (spec != null && spec.size > 0) {
            top = Math.round(baseline - 0.88f * spec.size);
            bottom = Math.round(baseline + 0.12f * spec.size);
        }
        // Trailing spaces widen a run without ink; a run's own width is what it covers.
        String family = spec == null || spec.families == null ? "" : String.join(", ", spec.families);
        return new Run(t.getSubstring().strip(), new Rectangle(ilb.getAbsX() + t.getX(), top, t.getWidth(), bottom - top), family);
    }
}
