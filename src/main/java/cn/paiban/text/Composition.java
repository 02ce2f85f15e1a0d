package cn.paiban.text;

import java.util.List;

/**
 * A composed paragraph: its lines, every character no face could set (never dropped silently), and every
 * line looser than the composer's limits ({@link LooseLine}, reported as 行过松).
 */
public record Composition(List<Line> lines, List<MissingGlyph> missing, List<LooseLine> loose) {
    public Composition {
        lines = List.copyOf(lines);
        missing = List.copyOf(missing);
        loose = List.copyOf(loose);
    }

    public Composition(List<Line> lines, List<MissingGlyph> missing) {
        this(lines, missing, List.of());
    }
}
