package cn.paiban.display;

/** A process colour in CMYK percent: printers want text in K100 and nothing in RGB. */
public record Ink(int c, int m, int y, int k) {
    public static final Ink BLACK = new Ink(0, 0, 0, 100);
    public static final Ink NONE = new Ink(0, 0, 0, 0);

    public Ink {
        for (int v : new int[] {c, m, y, k}) {
            if (v < 0 || v > 100) throw new IllegalArgumentException("ink percent out of range: " + v);
        }
    }

    public static Ink gray(int percentK) { return new Ink(0, 0, 0, percentK); }

    // written out as cn.paiban.font.Face's are (same values as the record's own): no method handles spun at first call
    @Override
    public boolean equals(Object o) { return o instanceof Ink i && c == i.c && m == i.m && y == i.y && k == i.k; }

    @Override
    public int hashCode() { return ((c * 31 + m) * 31 + y) * 31 + k; }
}
