package cn.paiban.display;

import cn.paiban.font.Face;
import cn.paiban.geom.Rect;
import java.util.Arrays;

/**
 * What a page holds. Coordinates are millipoints from the top-left corner of the trim box, y downwards.
 * Every renderer draws exactly these, so the preview, the PNG and the PDF agree.
 */
public sealed interface Item {

    /**
     * Glyphs of one face and size on one baseline. {@code xs[i]} is the left edge of the i-th code point
     * of {@code text}, relative to {@code x}; justification and punctuation adjustment are already in it.
     * {@code glyphs} (null when every code point takes the glyph the face's cmap gives it) holds per code point
     * 0 for the cmap's glyph, a glyph id of the face for a form the composer chose from its GSUB (the full-width
     * dash; one 2-em rule for ——), or -1 where the glyph of the code point before covers this one: nothing is
     * drawn for it, yet it stays in {@code text}, so the PDF's text still reads — —.
     */
    record GlyphRun(int x, int baseline, Face face, int size, String text, int[] xs, int[] glyphs, Ink ink, SourceRef source)
            implements Item {
        public GlyphRun {
            int n = text.codePointCount(0, text.length());
            if (xs.length != n) {
                throw new IllegalArgumentException("one x per code point: " + xs.length + " for '" + text + "'");
            }
            if (glyphs != null && glyphs.length != n) {
                throw new IllegalArgumentException("one glyph entry per code point: " + glyphs.length + " for '" + text + "'");
            }
            xs = xs.clone();
            glyphs = glyphs == null || Arrays.stream(glyphs).allMatch(g -> g == 0) ? null : glyphs.clone();
        }

        /** A run whose code points all take the face's cmap glyphs. */
        public GlyphRun(int x, int baseline, Face face, int size, String text, int[] xs, Ink ink, SourceRef source) {
            this(x, baseline, face, size, text, xs, null, ink, source);
        }

        public int[] xs() { return xs.clone(); }

        /** The glyph entries (see above), or null when every code point takes its cmap glyph. */
        public int[] glyphs() { return glyphs == null ? null : glyphs.clone(); }

        /** Entry {@code i} of {@code glyphs}: 0 (cmap), a glyph id, or -1 (covered by the glyph before). */
        public int glyph(int i) { return glyphs == null ? 0 : glyphs[i]; }

        public int xAt(int i) { return x + xs[i]; }

        @Override
        public boolean equals(Object o) {
            return o instanceof GlyphRun g && x == g.x && baseline == g.baseline && face.equals(g.face) && size == g.size
                    && text.equals(g.text) && Arrays.equals(xs, g.xs) && Arrays.equals(glyphs, g.glyphs) && ink.equals(g.ink)
                    && source.equals(g.source);
        }

        @Override
        public int hashCode() { return 31 * text.hashCode() + Arrays.hashCode(xs) + Arrays.hashCode(glyphs) + x * 7 + baseline; }

        @Override
        public String toString() { return "GlyphRun[" + x + "," + baseline + " " + size + " " + text + "]"; }
    }

    /** A straight line. */
    record Rule(int x1, int y1, int x2, int y2, int width, Ink ink) implements Item {}

    /** A rectangle, stroked and/or filled ({@link Ink#NONE} for neither). */
    record Box(Rect rect, int strokeWidth, Ink stroke, Ink fill) implements Item {}

    /** A raster or vector image from the issue folder, scaled into {@code rect}. */
    record Image(Rect rect, String path, SourceRef source) implements Item {}

    /**
     * A page made elsewhere (a front-matter template rendered by Flying Saucer) placed whole:
     * {@code source} is, for the PDF renderer, either a document of which page {@code pageIndex} is placed, or a
     * painter that draws the page into the PDF being written; {@code raster} is the same page rendered as a PNG
     * (from the same XHTML) for screen and PNG renderers.
     */
    record ForeignPage(Rect rect, ForeignPdf source, int pageIndex, PageRaster raster, String template) implements Item {
        public ForeignPage(Rect rect, byte[] pdf, int pageIndex, PageRaster raster, String template) {
            this(rect, ForeignPdf.of(pdf), pageIndex, raster, template);
        }

        public ForeignPage(Rect rect, byte[] pdf, int pageIndex, byte[] png, String template) {
            this(rect, pdf, pageIndex, PageRaster.of(png), template);
        }

        /** The page's document as a stand-alone PDF (for a painted page, made on first use). */
        public byte[] pdf() { return source.bytes(); }

        /** The page as PNG for screens, rendered on first use; null where there is none. */
        public byte[] png() { return raster.png(); }
    }

    /** A named destination for the outline (bookmarks) and links; level 0 = section, 1 = article. */
    record Anchor(String id, String title, int level, int y) implements Item {}
}
