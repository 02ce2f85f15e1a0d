package com.lowagie.text.pdf;

import cn.paiban.cff.CidCffSubset;
import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An OpenPDF TrueType/OpenType font (Identity-H, embedded, subset) that keeps the subset font programs it has
 * made, keyed by the set of glyphs: exporting the same text again (the editor's next export, a benchmark's warm
 * run) reuses the program instead of subsetting a 20 MB CFF table again, and text that brings a glyph the set
 * lacked makes a new one. Paiban's FontBook creates its faces through this class.
 *
 * <p>It lives in OpenPDF's package because the font a writer embeds is written by the package-private
 * {@code writeFont}. The override makes the subset program itself (exactly as OpenPDF 2.0.5's own
 * {@code TrueTypeFontUnicode.writeFont} does, on a copy of the glyph map, which OpenPDF's subsetters extend) and
 * then lets OpenPDF write the dictionaries around it: while it runs, the font reads as not subset (so OpenPDF
 * embeds the program it is handed rather than subsetting again), with the subset prefix, drawn as OpenPDF
 * would, put in front of the name. Every export takes this one road, cached or not, so the bytes cannot differ.
 */
public final class CachedSubsetFont extends TrueTypeFontUnicode {
    /** Glyph sets remembered per face: the last few versions of an issue being edited. */
    private static final int KEEP = 4;

    private final Map<Glyphs, byte[]> programs = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Glyphs, byte[]> eldest) { return size() > KEEP; }
    };
    /** The program being written, handed to OpenPDF through {@link #readCffFont()} / {@link #getFullFont()}. */
    private byte[] pending;
    private int made;

    private CachedSubsetFont(String name) throws DocumentException, IOException {
        super(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, null, false);
    }

    /**
     * The face {@code name} ("file.ttf", or "file.ttc,2" for face 2 of a collection), parsed through a memory map
     * of the file as OpenPDF does on first opening: only the tables it parses are touched, nothing is read a byte
     * per system call, and the 20–26 MB files stay out of the heap.
     */
    public static BaseFont create(String name) throws DocumentException, IOException {
        CachedSubsetFont f = new CachedSubsetFont(name);
        LayoutProcessor.loadFont(f, name);   // what BaseFont.createFont does after construction
        return f;
    }

    /** The glyph id of {@code codePoint} by the font's cmap, or -1 if it has none. */
    public int cmapGlyph(int codePoint) {
        int[] m = getMetricsTT(codePoint);
        return m == null ? -1 : m[0];
    }

    /** Advance of glyph {@code gid} in 1/1000 em (hmtx). */
    public int glyphAdvance(int gid) { return getGlyphWidth(gid); }

    /** Every code point of the font's Unicode cmap with its glyph id. */
    public Map<Integer, Integer> cmapGlyphs() {
        Map<Integer, int[]> cmap = cmapExt != null ? cmapExt : cmap31;
        Map<Integer, Integer> out = new HashMap<>();
        if (cmap != null) cmap.forEach((cp, m) -> out.put(cp, m[0]));
        return out;
    }

    /** The font file and where table {@code tag} lies in it ({offset, length} from the file start), or null. */
    public int[] tableLocation(String tag) {
        int[] t = tables.get(tag);
        return t == null ? null : t.clone();
    }

    /** The font file (of a collection, the .ttc itself). */
    public String file() { return fileName; }

    /** How many subset programs this font has made (not taken from its cache): for tests. */
    public synchronized int programsMade() { return made; }

    private record Glyphs(int[] ids) {
        static Glyphs of(Map<Integer, int[]> longTag) {
            int[] ids = longTag.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            return new Glyphs(ids);
        }

        @Override
        public boolean equals(Object o) { return o instanceof Glyphs g && Arrays.equals(ids, g.ids); }

        @Override
        public int hashCode() { return Arrays.hashCode(ids); }
    }

    @Override
    @SuppressWarnings("unchecked")
    synchronized void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params)
            throws DocumentException, IOException {
        if (!subset || subsetRanges != null) {
            super.writeFont(writer, ref, params);
            return;
        }
        HashMap<Integer, int[]> longTag = (HashMap<Integer, int[]>) params[0];
        Glyphs key = Glyphs.of(longTag);
        byte[] program = programs.get(key);
        if (program == null) {
            program = subsetProgram(new HashMap<>(longTag));
            programs.put(key, program);
            made++;
        }
        String name = fontName;
        int offset = directoryOffset;
        String prefix = createSubsetPrefix();
        pending = program;
        subset = false;
        directoryOffset = 0;
        fontName = prefix + name;
        try {
            super.writeFont(writer, ref, params);
        } finally {
            pending = null;
            subset = true;
            directoryOffset = offset;
            fontName = name;
        }
    }

    /**
     * The subset font program, made as TrueTypeFontUnicode.writeFont makes it, but reading the font through a
     * fresh memory map of the file: OpenPDF's own copies of a closed file fall back to RandomAccessFile, one
     * system call per byte (350,000 for the sample issue), and its CFF path first copies the whole 20 MB table.
     */
    private byte[] subsetProgram(HashMap<Integer, int[]> glyphs) throws DocumentException, IOException {
        if (cff) {
            byte[] own = cidCffSubset(glyphs);
            if (own != null) return own;
        }
        try (RandomAccessFileOrArray file = new RandomAccessFileOrArray(fileName, false, false)) {
            if (cff) {
                file.setStartOffset(cffOffset);   // the CFF table read in place: its offsets count from its start
                CFFFontSubset cffSubset = new CFFFontSubset(file, glyphs);
                return cffSubset.Process(cffSubset.getNames()[0]);
            }
            return new TrueTypeFontSubSet(fileName, file, glyphs, directoryOffset, false, false).process();
        }
    }

    /**
     * The subset by Paiban's own CID-keyed CFF subsetter, reading the CFF table through a memory map: only the used
     * glyphs, subroutines inlined (about half the size of OpenPDF's subset of the Noto CJK faces), or null for a
     * CFF it does not handle, which OpenPDF's CFFFontSubset then subsets.
     */
    private byte[] cidCffSubset(Map<Integer, int[]> glyphs) throws IOException {
        int[] where = tables.get("CFF ");
        if (where == null) return null;
        try (FileChannel ch = FileChannel.open(Path.of(fileName), StandardOpenOption.READ)) {
            ByteBuffer table = ch.map(FileChannel.MapMode.READ_ONLY, where[0], where[1]);
            int[] ids = glyphs.keySet().stream().mapToInt(Integer::intValue).toArray();
            return CidCffSubset.subset(table, ids);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    @Override
    protected byte[] readCffFont() throws IOException {
        return pending != null ? pending : super.readCffFont();
    }

    @Override
    protected byte[] getFullFont() throws IOException {
        return pending != null ? pending : super.getFullFont();
    }
}
