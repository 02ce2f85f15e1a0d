package cn.paiban.font;

import com.lowagie.text.pdf.CachedSubsetFont;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The glyph forms Chinese setting takes from a face's GSUB table (script hani, language system ZHS, else the
 * script's default): {@code locl} everywhere, {@code fwid} for marks set full width (the dash), then the
 * {@code ccmp} ligatures of such a run. Noto Serif CJK SC maps U+2014 to a proportional 0.89 em dash at Latin
 * height; its zh-Hans {@code locl} gives the full-width dash on the middle line, and {@code ccmp} joins two of
 * them into one unbroken 2-em rule. Quotes, …… and · keep the glyphs the cmap gives them: for zh-Hans those are
 * the Chinese forms already, and {@code pwid}/{@code hwid} are never applied (the composer sets mark widths).
 *
 * <p>Glyph ids are the face's own (CID = GID in Noto CJK's CFF), as the PDF, Java2D and the outlines use them.
 */
public final class GlyphForms {
    static final String SCRIPT = "hani", LANG = "ZHS ";
    static final GlyphForms NONE = new GlyphForms(null, Map.of(), Map.of(), Map.of());

    private final CachedSubsetFont font;
    /** Code points whose zh-Hans glyph differs from the cmap's, sorted, and those glyphs (no boxing per character). */
    private final int[] loclCps, loclGids;
    private final Map<Integer, Integer> fwid;
    private final Map<Integer, List<int[]>> ccmp;

    private GlyphForms(CachedSubsetFont font, Map<Integer, Integer> locl, Map<Integer, Integer> fwid,
                       Map<Integer, List<int[]>> ccmp) {
        this.font = font;
        loclCps = locl.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        loclGids = new int[loclCps.length];
        for (int i = 0; i < loclCps.length; i++) loclGids[i] = locl.get(loclCps[i]);
        this.fwid = fwid;
        this.ccmp = ccmp;
    }

    static GlyphForms read(CachedSubsetFont font) {
        int[] where = font.tableLocation("GSUB");
        if (where == null) return NONE;
        ByteBuffer table;
        try (FileChannel ch = FileChannel.open(Path.of(font.file()), StandardOpenOption.READ)) {
            table = ch.map(FileChannel.MapMode.READ_ONLY, where[0], where[1]);
        } catch (IOException e) {
            throw new FontException("cannot read the GSUB table of " + font.file() + ": " + e.getMessage(), e);
        }
        Gsub gsub = new Gsub(table);
        Map<Integer, Integer> loclGlyphs = new HashMap<>();
        for (int l : gsub.lookups(SCRIPT, LANG, "locl")) gsub.singles(l).forEach(loclGlyphs::putIfAbsent);
        Map<Integer, Integer> locl = new HashMap<>();
        if (!loclGlyphs.isEmpty()) {
            java.util.BitSet from = new java.util.BitSet();
            loclGlyphs.keySet().forEach(from::set);
            font.forEachCmapGlyph((cp, g) -> {
                if (!from.get(g)) return;   // most glyphs have no zh-Hans form: no map lookup, no boxing
                Integer to = loclGlyphs.get(g);
                if (to != null && to != g) locl.put(cp, to);
            });
        }
        Map<Integer, Integer> fwid = new HashMap<>();
        for (int l : gsub.lookups(SCRIPT, LANG, "fwid")) gsub.singles(l).forEach(fwid::putIfAbsent);
        Map<Integer, List<int[]>> ccmp = new HashMap<>();
        for (int l : gsub.lookups(SCRIPT, LANG, "ccmp")) {
            gsub.ligatures(l).forEach((first, ligs) -> ccmp.computeIfAbsent(first, k -> new java.util.ArrayList<>()).addAll(ligs));
        }
        return new GlyphForms(font, Map.copyOf(locl), Map.copyOf(fwid), Map.copyOf(ccmp));
    }

    /** The glyph that sets {@code codePoint} in zh-Hans ({@code locl}), or 0 where the cmap's glyph stands. */
    public int local(int codePoint) {
        if (loclCps.length == 0) return 0;
        int i = java.util.Arrays.binarySearch(loclCps, codePoint);
        return i < 0 ? 0 : loclGids[i];
    }

    /**
     * Glyphs of a run of marks set full width (—— as one 2-em rule): per code point of {@code cps[from..to)} its glyph
     * id, 0 where the cmap's glyph stands unchanged, -1 where a ligature begun before covers it.
     */
    public int[] fullWidthRun(int[] cps, int from, int to) {
        int n = to - from;
        int[] cmap = new int[n], g = new int[n];
        for (int i = 0; i < n; i++) {
            cmap[i] = font == null ? -1 : font.cmapGlyph(cps[from + i]);
            int x = local(cps[from + i]);
            if (x == 0) x = cmap[i];
            Integer w = x < 0 ? null : fwid.get(x);
            g[i] = w != null ? w : x;
        }
        int[] out = new int[n];
        for (int i = 0; i < n; ) {
            int[] lig = ligatureAt(g, i);
            if (lig != null) {
                out[i] = lig[lig.length - 1];
                for (int k = 1; k < lig.length - 1; k++) out[i + k] = -1;
                i += lig.length - 1;
            } else {
                out[i] = g[i] == cmap[i] || g[i] < 0 ? 0 : g[i];
                i++;
            }
        }
        return out;
    }

    private int[] ligatureAt(int[] g, int i) {
        List<int[]> cands = ccmp.get(g[i]);
        if (cands == null) return null;
        for (int[] lig : cands) {
            int len = lig.length - 1;
            if (len < 2 || i + len > g.length) continue;
            boolean match = true;
            for (int k = 1; k < len && match; k++) match = g[i + k] == lig[k];
            if (match) return lig;
        }
        return null;
    }

    /** Advance of glyph {@code gid} in 1/1000 em. */
    public int advance(int gid) { return font == null ? 0 : font.glyphAdvance(gid); }
}
