package cn.paiban.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets glyphs [a, b) as one line: line-edge punctuation adjustment, then justification in clreq's order —
 * compress (spaces and Han–Latin spacing; marks are never squeezed to fit, so one paragraph never mixes
 * comma widths), else stretch: first spaces and Han–Latin spacing up to ⅛ em more, then every
 * inter-character gap alike (and, with half a share, an address's break opportunities; never a gap inside a
 * word). Integer remainders go one millipoint each to the first gaps, so a justified
 * line is exactly the measure and the same input always gives the same positions.
 */
final class LineSetter {
    private LineSetter() {}

    static Line set(PreparedParagraph p, int a, int b, int index, boolean last, TextStyle style, int measure,
                    CompositionRules rules) {
        int e = Math.max(p.contentEnd[b], a);
        int indent = index == 0 ? style.firstIndent() : 0;
        int avail = measure - indent;
        boolean trimStart = a > 0;
        long natural = p.width(a, e, trimStart);
        int gaps = Math.max(e - 1 - a, 0);
        int[] extra = new int[gaps];
        boolean justify = style.align() == TextStyle.Align.JUSTIFY && !last;
        if (natural > avail) {
            distribute(natural - avail > p.shrink(a, e) ? -p.shrink(a, e) : avail - natural, p.shrink, a, extra);
        } else if (natural < avail && (justify || rules.grid())) {
            long need = avail - natural;
            if (rules.grid()) {
                long rest = GridAligner.align(p, a, e, indent - (trimStart ? p.startTrim[a] : 0), need, extra, justify);
                need = justify ? rest : 0; // a last or flush-left line takes only the grid's padding
            }
            long first = Math.min(need, p.flex(a, e));
            if (first > 0) distribute(first, p.flex, a, extra);
            long rest = need - first;
            if (rest > 0) {
                int[] w = new int[gaps];
                for (int g = 0; g < gaps; g++) w[g] = p.stretchWeight(a + g);
                addWeighted(rest, w, extra); // none: a word alone is never letter-spaced; the line falls short

            }
        }
        long contentWidth = natural;
        for (int x : extra) contentWidth += x;
        // A lone glyph cannot be spaced out: its set width takes the rest, so the line still fills the measure.
        long loneFill = justify && gaps == 0 && contentWidth < avail ? avail - contentWidth : 0;
        contentWidth += loneFill;
        int offset = switch (style.align()) {
            case CENTER -> (int) Math.max(0, (avail - contentWidth) / 2);
            case RIGHT -> (int) Math.max(0, avail - contentWidth);
            default -> 0;
        };
        List<Glyph> glyphs = new ArrayList<>(e - a);
        long left = indent + offset - (trimStart ? p.startTrim[a] : 0); // untrimmed box left of glyph i
        long visible = indent + offset;
        for (int i = a; i < e; i++) {
            long nextLeft = left + p.box[i] + (i + 1 < e ? p.gap[i] + extra[i - a] : 0);
            long nextVisible = i + 1 < e ? nextLeft : left + p.box[i] - p.endTrim[i] + loneFill;
            long x = left + p.shift[i];
            if (i == e - 1 && p.kind[i] == CharKind.DASH && (i == a || p.kind[i - 1] != CharKind.DASH)) {
                x = left + p.box[i] - p.advance[i]; // a connector — ending the line: its narrower glyph reaches the measure
            }
            glyphs.add(new Glyph(p.offset[i], p.cp[i], p.face[i], (int) x, (int) (nextVisible - visible), p.gid[i]));
            visible = nextVisible;
            left = nextLeft;
        }
        int start = p.offset.length > a ? p.offset[a] : p.text.length();
        int end = b < p.n ? p.offset[b] : p.text.length();
        return new Line(start, end, glyphs, (int) (e > a ? visible : indent), last);
    }

    /** Adds {@code total} (may be negative) over gaps from {@code a}, in proportion to {@code weights}. */
    private static void distribute(long total, int[] weights, int a, int[] extra) {
        int[] w = new int[extra.length];
        for (int g = 0; g < extra.length; g++) w[g] = weights[a + g];
        addWeighted(total, w, extra);
    }

    static void addWeighted(long total, int[] w, int[] extra) {
        long sum = 0;
        for (int x : w) sum += x;
        if (sum == 0 || total == 0) return;
        long given = 0;
        for (int g = 0; g < w.length; g++) {
            long part = total * w[g] / sum; // truncates toward zero for shrink as well
            extra[g] += (int) part;
            given += part;
        }
        long rest = total - given;
        int step = rest > 0 ? 1 : -1;
        for (int g = 0; g < w.length && rest != 0; g++) {
            if (w[g] > 0) {
                extra[g] += step;
                rest -= step;
            }
        }
    }
}
