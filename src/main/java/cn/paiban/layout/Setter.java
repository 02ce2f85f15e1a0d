package cn.paiban.layout;

import cn.paiban.i18n.Msg;
import cn.paiban.text.Composition;
import cn.paiban.text.LooseLine;
import cn.paiban.text.MissingGlyph;
import cn.paiban.text.TextStyle;
import java.util.List;

/**
 * Composes text for the flow and reports what the composer could not set: every missing glyph becomes an
 * ERROR finding naming the article, the block and the offset, so nothing is lost silently; every line looser
 * than the composer's limits a WARNING (行过松) naming the paragraph, the line and how loose it is.
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
        for (LooseLine l : c.loose()) {
            String place = block >= 0 ? Msg.get("typography.paragraph", block + 1) : part(where);
            String line = text.substring(l.start(), Math.min(l.end(), text.length())).strip();
            findings.add(l.gap() > 0
                    ? Finding.warning(articleId, block, 0, "typography.loose-line", place, l.line() + 1, ems(l.gap(), style.size()), line)
                    : Finding.warning(articleId, block, 0, "typography.loose-line-short", place, l.line() + 1,
                            ems(l.shortBy(), style.size()), line));
        }
        for (MissingGlyph m : c.missing()) {
            findings.add(Finding.error(articleId, block, 0, "findings.glyph.missing",
                    String.format("U+%04X", m.codePoint()), new String(Character.toChars(m.codePoint())), part(where),
                    block + 1, m.offset() + 1));
        }
        return c;
    }

    /** Composes only to measure (no findings: the text is reported where it is set). */
    Composition measure(String text, Template.Style style, int measure) {
        if (measure < style.size()) return new Composition(java.util.List.of(), java.util.List.of());
        return composer.compose(text, new TextStyle(style.font(), style.size(), 0, TextStyle.Align.LEFT), measure);
    }

    List<Finding> findings() { return findings; }

    /** A setter on the same composer whose findings are dropped: for setting again what was set and reported once. */
    Setter quiet() { return new Setter(composer, new java.util.ArrayList<>()); }

    /** A length as ems of {@code size}, two decimals: "0.62". */
    private static String ems(int mpt, int size) {
        return String.format(java.util.Locale.ROOT, "%.2f", mpt / (double) size);
    }

    /** The part of an article a line belongs to ("title", "lead", "body"…) in the user's language. */
    static String part(String where) {
        String key = "findings.part." + where.replace(' ', '-');
        return cn.paiban.i18n.Msg.has(key) ? cn.paiban.i18n.Msg.get(key) : where;
    }
}
