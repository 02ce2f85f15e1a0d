package cn.paiban.geom;

/**
 * Lengths in Paiban are {@code int} millipoints (1/1000 pt). Integers keep a page free of float drift:
 * every CJK em fraction at the hao sizes (10.5 pt → 10500, ½ em → 5250, ¼ em → 2625) is exact.
 */
public final class Mpt {
    public static final int PT = 1000;
    private static final double MM = 72.0 / 25.4 * PT;

    private Mpt() {}

    public static int pt(double points) { return (int) Math.round(points * PT); }

    public static int mm(double millimetres) { return (int) Math.round(millimetres * MM); }

    public static double toPt(int mpt) { return mpt / (double) PT; }

    public static double toMm(int mpt) { return mpt / MM; }
}
