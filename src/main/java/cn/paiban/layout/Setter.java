package cn.paiban.layout;

import cn.paiban.text.Composition;
import cn.paiban.text.MissingGlyph;
import cn.paiban.text.TextStyle;
import java.util.List;

/**
 * Composes text for the flow and reports what the composer could not set: every missing glyph becomes an
 * ERROR finding naming the article, the block and the offset, so nothing is lost silently.
 */
final class Setter {
    private final LineComposer composer;
    private final List<Finding> findings;

    Setter(LineComposer composer, List<Finding> findings) {
        this.composer = composer;
        this.findings = findings;
    }

    Composition compose(String text, Template.Style style, int measure, String articleId, int block, String where) {
        // Centred and right-aligned lines are placed by LinePainter; the composer sets them flush left.
        TextStyle.Align align = switch (style.align()) {
            case JUSTIFY -> TextStyle.Align.JUSTIFY;
            case LEFT, CENTER, RIGHT -> TextStyle.Align.LEFT;
        };
        Composition c;
        if (measure < style.size()) {
            // a 500-column table or a huge style: said with the article and the place, and nothing set there
            findings.add(Finding.error(articleId, block, 0, "limits.measure-narrow", where, measure / 1000, style.size() / 1000));
            return new Composition(java.util.List.of(), java.util.List.of());
        }
        c = composer.compose(text, new TextStyle(style.font(), style.size(), style.indent(), align), measure);
        for (MissingGlyph m : c.missing()) {
            findings.add(new Finding(Finding.Severity.ERROR, articleId, block, 0,
                    "missing glyph " + m.describe() + " in " + where + (block >= 0 ? " (paragraph " + (block + 1) + ")" : "")));
        }
        return c;
    }

    /** Composes only to measure (no findings: the text is reported where it is set). */
    Composition measure(String text, Template.Style style, int measure) {
        if (measure < style.size()) return new Composition(java.util.List.of(), java.util.List.of());
        return composer.compose(text, new TextStyle(style.font(), style.size(), 0, TextStyle.Align.LEFT), measure);
    }

    List<Finding> findings() { return findings; }
}
