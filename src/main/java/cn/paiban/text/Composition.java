package cn.paiban.text;

import java.util.List;

/** A composed paragraph: its lines, and every character no face could set (never dropped silently). */
public record Composition(List<Line> lines, List<MissingGlyph> missing) {
    public Composition {
        lines = List.copyOf(lines);
        missing = List.copyOf(missing);
    }
}
