package com.lowagie.text.pdf;

import cn.paiban.cff.CidCffSubset;
import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenPDF TrueType/OpenType font (Identity-H, embedded, subset) that keeps the subset font programs it has
 * made, keyed by the set of glyphs: exporting the same text again (the editor's next export, a benchmark's warm
 * run) reuses the program instead of subsetting a 20 MB CFF table again, and text that brings a glyph the set
 * lacked makes a new one. The programs and ToUnicode maps are also kept on disk ({@link StoredSubsets}), so a new
 * process exporting text exported before reads them instead. Paiban's FontBook creates its faces through this class.
 *
 * <p>It lives in OpenPDF's package because the font a writer embeds is written by the package-private
 * {@code writeFont}. The override makes the subset program itself (Paiban's {@link CidCffSubset} for the CJK CFF
 * faces, OpenPDF's TrueTypeFontSubSet for TrueType ones, on a copy of the glyph map, which OpenPDF's subsetters
 * extend), keeps it deflated, and writes the dictionaries around it with TrueTypeFontUnicode's own (private)
 * makers, in the order and with the subset prefix its writeFont uses. Every export takes this one road, cached or
 * not, so the bytes cannot differ. Unsubset fonts go through OpenPDF's writeFont unchanged.
 */
public final class CachedSubsetFont extends TrueTypeFontUnicode {
    /** Glyph sets remembered per face: the last few versions of an issue being edited. */
    private static final int KEEP = 4;

    private final Map<Glyphs, SavedStream> programs = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Glyphs, SavedStream> eldest) { return size() > KEEP; }
    };
    private int made;
    /** The programs and ToUnicode maps of earlier processes, kept on disk; made when first asked for. */
    private StoredSubsets stored;

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

    /** Per BMP code point: 0 not looked up yet, NONE, or PRESENT | gid << 32 | width. Racing threads store the same. */
    private final long[] bmpGlyphs = new long[0x10000];
    private static final long NONE = Long.MIN_VALUE, PRESENT = 1L << 62;

    /**
     * The glyph id (high 32 bits) and width in 1/1000 em (low 32 bits) the cmap gives {@code codePoint}, the very
     * pair OpenPDF writes for text in this font, or -1 if the font has no glyph for it. BMP code points are looked
     * up once: OpenPDF's lookup boxes the code point and hashes it every time.
     */
    public long glyphAndWidth(int codePoint) {
        if (codePoint < 0 || codePoint >= bmpGlyphs.length) return lookUp(codePoint);
        long v = bmpGlyphs[codePoint];
        if (v == 0) {
            long g = lookUp(codePoint);
            v = g < 0 ? NONE : g | PRESENT;
            bmpGlyphs[codePoint] = v;
        }
        return v == NONE ? -1 : v & ~PRESENT;
    }

    private long lookUp(int codePoint) {
        int[] m = getMetricsTT(codePoint);
        return m == null ? -1 : (long) m[0] << 32 | (m[1] & 0xffffffffL);
    }

    /** Advance of glyph {@code gid} in 1/1000 em (hmtx). */
    public int glyphAdvance(int gid) { return getGlyphWidth(gid); }

    /** Hears a code point of the cmap and its glyph id. */
    public interface CmapEntry {
        void accept(int codePoint, int glyph);
    }

    /**
     * Every code point of the font's Unicode cmap with its glyph id, read in place (a copy of the map boxed 45,000
     * entries per CJK face, on every cold start).
     */
    public void forEachCmapGlyph(CmapEntry to) {
        Map<Integer, int[]> cmap = cmapExt != null ? cmapExt : cmap31;
        if (cmap instanceof CompactCmap c) c.forEachGlyph(to);
        else if (cmap != null) cmap.forEach((cp, m) -> to.accept(cp, m[0]));
    }

    // ---- reading the face: the tables OpenPDF parses a number at a time, read in bulk ----
    // These run inside OpenPDF's constructor, before this class's own fields are set: they touch OpenPDF's only.

    /**
     * Reads the face as OpenPDF's TrueTypeFont.process does (the face's table directory in the file or in the
     * collection, its names, then its tables), with two differences: the file is read through a
     * {@link MappedFontFile}, whose pages are read when a table on them is (OpenPDF's map first touched all of the
     * 15–26 MB file: 40–60 ms of CPU for the four standard faces), and the glyph bounding boxes are read when first
     * asked for ({@link #getCharBBox}): a TrueType face's boxes, one seek into table glyf per glyph, took 20–30 ms
     * of a cold start for LXGW WenKai, and nothing Paiban draws asks for them. Anything unusual (font bytes given,
     * a collection index or a directory that does not read) goes to OpenPDF's process, which reports it.
     */
    @Override
    void process(byte[] ttfAfm, boolean preload) throws DocumentException, IOException {
        if (ttfAfm != null || preload || com.lowagie.text.Document.plainRandomAccess || !readDirectory()) {
            super.process(ttfAfm, preload);
            return;
        }
        try {
            checkCff();
            fontName = getBaseFont();
            fullName = getNames(4);
            familyName = getNames(1);
            allNameEntries = getAllNames();
            if (!justNames) {
                fillTables();
                readGlyphWidths();
                readCMaps();
                readKerning();
                if (tables.get("loca") != null && tables.get("glyf") == null) {   // what OpenPDF's readBbox reports
                    throw new DocumentException(com.lowagie.text.error_messages.MessageLocalization.getComposedMessage(
                            "table.1.does.not.exist.in.2", "glyf", fileName + style));
                }
            }
        } finally {
            rf.close();
            if (!embedded) rf = null;
        }
    }

    /**
     * Opens the file as a {@link MappedFontFile} into {@code rf} and reads the face's table directory into
     * {@code tables} (and, in a collection, {@code directoryOffset}), or answers false (rf closed) where OpenPDF
     * would throw or the file does not open, for OpenPDF's process to say why.
     */
    private boolean readDirectory() throws IOException {
        tables = new HashMap<>();
        try {
            rf = new MappedFontFile(fileName);
        } catch (IOException | RuntimeException e) {
            rf = null;
            return false;
        }
        try {
            if (!ttcIndex.isEmpty()) {
                int face = Integer.parseInt(ttcIndex);
                if (face < 0 || !"ttcf".equals(readStandardString(4))) return closed();
                rf.skipBytes(4);
                if (face >= rf.readInt()) return closed();
                rf.skipBytes(face * 4);
                directoryOffset = rf.readInt();
            }
            rf.seek(directoryOffset);
            int version = rf.readInt();
            if (version != 0x00010000 && version != 0x4F54544F) return closed();   // TrueType outlines, or 'OTTO'
            int count = rf.readUnsignedShort();
            rf.skipBytes(6);
            for (int k = 0; k < count; k++) {
                String tag = readStandardString(4);
                rf.skipBytes(4);   // checksum
                tables.put(tag, new int[] {rf.readInt(), rf.readInt()});
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return closed();
        }
    }

    private boolean closed() throws IOException {
        rf.close();
        rf = null;
        tables = new HashMap<>();
        return false;
    }

    /** Whether {@link #bboxes} has been read (false, as Java leaves it, when the constructor's process ends). */
    private boolean bboxesRead;

    @Override
    public int[] getCharBBox(int c) {
        readBboxes();
        return super.getCharBBox(c);
    }

    @Override
    protected int[] getRawCharBBox(int c, String name) {
        readBboxes();
        return super.getRawCharBBox(c, name);
    }

    /**
     * The bounding box of every glyph of a TrueType face (tables loca and glyf) in 1/1000 em, into OpenPDF's
     * {@code bboxes} as its readBbox fills it; a CFF face has none. Read once, when first asked for.
     */
    private void readBboxes() {
        synchronized (cmapLock()) {
            if (bboxesRead) return;
            bboxesRead = true;
            int[] head = tables.get("head"), loca = tables.get("loca"), glyf = tables.get("glyf");
            if (head == null || loca == null || glyf == null || this.head == null) return;
            try (FileChannel ch = FileChannel.open(Path.of(fileName), StandardOpenOption.READ)) {
                ByteBuffer file = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
                boolean shortOffsets = (file.getShort(head[0] + 51) & 0xffff) == 0;
                int n = shortOffsets ? loca[1] / 2 : loca[1] / 4;
                int[] at = new int[n];
                for (int k = 0; k < n; k++) {
                    at[k] = shortOffsets ? (file.getShort(loca[0] + 2 * k) & 0xffff) * 2 : file.getInt(loca[0] + 4 * k);
                }
                int[][] boxes = new int[Math.max(0, n - 1)][];
                int upem = this.head.unitsPerEm;
                for (int g = 0; g < n - 1; g++) {
                    if (at[g] == at[g + 1]) continue;
                    int p = glyf[0] + at[g] + 2;
                    boxes[g] = new int[] {file.getShort(p) * 1000 / upem, file.getShort(p + 2) * 1000 / upem,
                            file.getShort(p + 4) * 1000 / upem, file.getShort(p + 6) * 1000 / upem};
                }
                bboxes = boxes;
            } catch (IOException | RuntimeException e) {
                bboxes = null;   // as for a face without boxes: none to give
            }
        }
    }

    /**
     * The Unicode cmaps read as OpenPDF reads them, but the whole table in one read and the (3,1) format 4 and
     * (3,10) format 12 maps kept as their segments ({@link CompactCmap}) instead of boxed into maps of every code
     * point; the glyph-to-code map TrueTypeFontUnicode makes of them is made when first asked for
     * ({@link #getCharacterCode}). A symbol font's cmap, or a table this reading cannot take, is read by OpenPDF.
     */
    @Override
    void readCMaps() throws DocumentException, IOException {
        int[] location = tables.get("cmap");
        byte[] t = location == null || location[1] < 4 ? null : new byte[location[1]];
        if (t != null) {
            rf.seek(location[0]);
            rf.readFully(t);
        }
        int[] maps = t == null ? null : cmapDirectory(t);
        if (maps == null || maps[2] > 0) {   // (3,0): a symbol font, its codes remapped
            super.readCMaps();
            return;
        }
        fontSpecific = false;
        int map10 = maps[0], map31 = maps[1], mapExt = maps[3];
        if (map10 > 0) {
            rf.seek(location[0] + map10);
            switch (rf.readUnsignedShort()) {
                case 0 -> cmap10 = readFormat0();
                case 4 -> cmap10 = readFormat4();
                case 6 -> cmap10 = readFormat6();
                default -> { }
            }
        }
        if (map31 > 0 && format(t, map31) == 4) {
            cmap31 = CompactCmap.format4(t, map31, this::getGlyphWidth);
            if (cmap31 == null) {
                rf.seek(location[0] + map31 + 2);
                cmap31 = readFormat4();
            }
        }
        if (mapExt > 0) {
            int format = format(t, mapExt);
            if (format == 12) cmapExt = CompactCmap.format12(t, mapExt, this::getGlyphWidth);
            if (format != 12 || cmapExt == null) {
                rf.seek(location[0] + mapExt + 2);
                switch (format) {
                    case 0 -> cmapExt = readFormat0();
                    case 4 -> cmapExt = readFormat4();
                    case 6 -> cmapExt = readFormat6();
                    case 12 -> cmapExt = readFormat12();
                    default -> { }
                }
            }
        }
    }

    /** The (1,0), (3,1), (3,0) and (3,10) subtable offsets as OpenPDF's readCMaps finds them, or null if cut short. */
    private static int[] cmapDirectory(byte[] t) {
        int n = (t[2] & 0xff) << 8 | (t[3] & 0xff);
        if (4 + 8L * n > t.length) return null;
        int[] maps = new int[4];
        for (int k = 0; k < n; k++) {
            int at = 4 + 8 * k;
            int platform = (t[at] & 0xff) << 8 | (t[at + 1] & 0xff), encoding = (t[at + 2] & 0xff) << 8 | (t[at + 3] & 0xff);
            int offset = java.nio.ByteBuffer.wrap(t, at + 4, 4).getInt();
            if (platform == 3 && encoding == 0) maps[2] = offset;
            else if (platform == 3 && encoding == 1) maps[1] = offset;
            else if (platform == 3 && encoding == 10) maps[3] = offset;
            if (platform == 1 && encoding == 0) maps[0] = offset;
        }
        for (int m : maps) {
            if (m > 0 && m + 2 > t.length) return null;   // OpenPDF reads past the table there: let it
        }
        return maps;
    }

    private static int format(byte[] t, int at) { return (t[at] & 0xff) << 8 | (t[at + 1] & 0xff); }

    /** The widths of table hmtx, read as OpenPDF's readGlyphWidths reads them but in one read. */
    @Override
    protected void readGlyphWidths() throws DocumentException, IOException {
        int[] location = tables.get("hmtx");
        if (location == null) {
            super.readGlyphWidths();   // its message
            return;
        }
        rf.seek(location[0]);
        int n = hhea.numberOfHMetrics;
        byte[] b = new byte[4 * n];
        rf.readFully(b);
        int[] widths = new int[n];
        for (int k = 0; k < n; k++) {
            widths[k] = (((b[4 * k] & 0xff) << 8 | (b[4 * k + 1] & 0xff)) * 1000) / head.unitsPerEm;
        }
        GlyphWidths = widths;
    }

    /** TrueTypeFontUnicode's glyph-to-code map, made on first use from the cmap it would have been made of. */
    @Override
    protected Integer getCharacterCode(int code) {
        synchronized (cmapLock()) {
            if (inverseCmap == null) {
                Map<Integer, int[]> cmap = cmapExt != null ? cmapExt : cmap31;
                if (cmap == null) return null;
                Map<Integer, Integer> inverse = new HashMap<>();
                for (Map.Entry<Integer, int[]> e : cmap.entrySet()) inverse.put(e.getValue()[0], e.getKey());
                inverseCmap = inverse;
            }
            return inverseCmap.get(code);
        }
    }

    /** A change of advance goes into the map OpenPDF would hold: the cmaps are filled first. */
    @Override
    public boolean setCharAdvance(int c, int advance) {
        synchronized (cmapLock()) {
            for (Map<Integer, int[]> m : java.util.Arrays.asList(cmap10, cmap31, cmapExt)) {
                if (m != null) m.size();   // fills a CompactCmap
            }
            return super.setCharAdvance(c, advance);
        }
    }

    private Object cmapLock() { return tables; }

    /** The font file and where table {@code tag} lies in it ({offset, length} from the file start), or null. */
    public int[] tableLocation(String tag) {
        int[] t = tables.get(tag);
        return t == null ? null : t.clone();
    }

    /** The font file (of a collection, the .ttc itself). */
    public String file() { return fileName; }

    /** Whether this font has made a subset program in this process (and keeps some). */
    public synchronized boolean hasPrograms() { return !programs.isEmpty(); }

    /** How many subset programs this font has made (not taken from its cache): for tests. */
    public synchronized int programsMade() { return made; }

    private record Glyphs(int[] ids) {
        static Glyphs of(Map<Integer, int[]> longTag) {
            int[] ids = glyphIds(longTag);
            Arrays.sort(ids);
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
        int pdfa = writer.getPDFXConformance();
        if (!subset || subsetRanges != null) {
            super.writeFont(writer, ref, params);   // OpenPDF's own road: a full font or ranges
            return;
        }
        HashMap<Integer, int[]> longTag = (HashMap<Integer, int[]>) params[0];
        Map<Integer, int[]> fillerCmap = (Map<Integer, int[]>) params[2];
        SavedStream program = program(longTag);
        int[][] metrics = longTag.values().toArray(new int[0][]);
        Arrays.sort(metrics, this);
        String name = fontName;
        String prefix = createSubsetPrefix();
        subset = false;
        fontName = prefix + name;
        try {
            // The dictionaries around the program, written as TrueTypeFontUnicode.writeFont writes them.
            PdfIndirectReference cidSet = null;
            if (includeCidSet || pdfa == PdfWriter.PDFA1A || pdfa == PdfWriter.PDFA1B) {
                cidSet = writer.addToBody(cidSet(metrics)).getIndirectReference();
            }
            PdfIndirectReference ind = writer.addToBody(program.stream()).getIndirectReference();
            ind = writer.addToBody(getFontDescriptor(ind, "", cidSet)).getIndirectReference();
            ind = writer.addToBody((PdfObject) call(CID_FONT, ind, "", metrics)).getIndirectReference();
            PdfObject toUnicode = toUnicode(mergeMetricsAndFillerCmap(metrics, fillerCmap));
            PdfIndirectReference toUnicodeRef =
                    toUnicode == null ? null : writer.addToBody(toUnicode).getIndirectReference();
            writer.addToBody((PdfObject) call(BASE_FONT, ind, "", toUnicodeRef), ref);
        } finally {
            subset = true;
            fontName = name;
        }
    }

    /** ToUnicode maps made, keyed by every glyph's id, width and code point: the same text gives the same map. */
    private final Map<Rows, SavedStream> toUnicodes = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Rows, SavedStream> eldest) { return size() > KEEP; }
    };

    /** An int[][] by content. */
    private record Rows(int[] flat) {
        static Rows of(int[][] rows) {
            int n = 0;
            for (int[] r : rows) n += r.length + 1;
            int[] flat = new int[n];
            int at = 0;
            for (int[] r : rows) {
                flat[at++] = r.length;
                System.arraycopy(r, 0, flat, at, r.length);
                at += r.length;
            }
            return new Rows(flat);
        }

        @Override
        public boolean equals(Object o) { return o instanceof Rows r && Arrays.equals(flat, r.flat); }

        @Override
        public int hashCode() { return Arrays.hashCode(flat); }
    }

    /**
     * OpenPDF's ToUnicode CMap of {@code metrics}, made once per set of glyphs and characters (a fresh stream each
     * time): kept from an earlier export of this process or an earlier process, or made now and kept in both.
     */
    private PdfObject toUnicode(int[][] metrics) throws DocumentException {
        Rows key = Rows.of(metrics);
        SavedStream saved = toUnicodes.get(key);
        if (saved == null) {
            StoredSubsets.Slot slot = stored().slot(StoredSubsets.TO_UNICODE, key.flat(), compressionLevel);
            saved = slot.find();
            if (saved == null) {
                PdfObject made = (PdfObject) call(TO_UNICODE, (Object) metrics);
                if (made == null) return null;
                saved = SavedStream.of((PdfStream) made);
                slot.keep(saved);
            }
            toUnicodes.put(key, saved);
        }
        return saved.stream();
    }

    /**
     * The subset program of the glyphs of {@code longTag}: kept from an earlier export of this process or an
     * earlier process, or made now and kept in both.
     */
    private synchronized SavedStream program(Map<Integer, int[]> longTag) throws DocumentException, IOException {
        Glyphs key = Glyphs.of(longTag);
        SavedStream program = programs.get(key);
        if (program == null) {
            StoredSubsets.Slot slot = stored().slot(StoredSubsets.PROGRAM, key.ids(), compressionLevel);
            program = slot.find();
            if (program == null) {
                byte[] raw = subsetProgram(new HashMap<>(longTag));
                program = SavedStream.of(cff ? new StreamFont(raw, "CIDFontType0C", compressionLevel)
                        : new StreamFont(raw, new int[] {raw.length}, compressionLevel));
                slot.keep(program);
                made++;
            }
            programs.put(key, program);
        }
        return program;
    }

    private synchronized StoredSubsets stored() {
        if (stored == null) stored = new StoredSubsets(fileName, ttcIndex, directoryOffset, cff);
        return stored;
    }

    /**
     * The glyph map (glyph id → {id, advance, code point}) and filler cmap of each subset font of {@code writer} as
     * they stand, copied: what its pages have drawn up to now. Only the thread drawing into the writer may ask.
     */
    public static Map<CachedSubsetFont, Entered> enteredSoFar(PdfWriter writer) {
        Map<CachedSubsetFont, Entered> drawn = new LinkedHashMap<>();
        for (FontDetails fd : writer.documentFonts.values()) {
            if (fd.baseFont instanceof CachedSubsetFont f && fd.longTag != null) {
                drawn.put(f, new Entered(deepCopy(fd.longTag), deepCopy(fd.getFillerCmap())));
            }
        }
        return drawn;
    }

    // deepCopy and glyphIds are loops where a stream or a lambda would do: they run on the cold path
    // of every export, where a stream's first pipeline is a score of interpreted calls and a lambda is linked on first use.

    private static Map<Integer, int[]> deepCopy(Map<Integer, int[]> map) {
        Map<Integer, int[]> copy = new HashMap<>();
        for (Map.Entry<Integer, int[]> e : map.entrySet()) copy.put(e.getKey(), e.getValue().clone());
        return copy;
    }

    /** The glyph ids of a glyph map, in its order. */
    private static int[] glyphIds(Map<Integer, int[]> glyphs) {
        int[] ids = new int[glyphs.size()];
        int i = 0;
        for (Integer g : glyphs.keySet()) ids[i++] = g;
        return ids;
    }

    /** A font's glyph map and filler cmap as a writer holds them (see {@link #enteredSoFar}). */
    public record Entered(Map<Integer, int[]> glyphs, Map<Integer, int[]> filler) {}

    /**
     * Makes and keeps what closing a writer whose glyph map and filler cmap for this font end as {@code entered}
     * embeds: the subset program of its glyphs and the ToUnicode CMap of its glyphs and characters, if this font
     * embeds subsets. A writer that closes with them finds them made. Both caches are keyed by exactly what they are
     * made of, so an entry that turns out different from the final one costs time, never a wrong font.
     */
    public synchronized void prepare(Entered entered) throws DocumentException, IOException {
        if (!subset || subsetRanges != null) return;
        program(entered.glyphs());
        int[][] metrics = entered.glyphs().values().toArray(new int[0][]);
        Arrays.sort(metrics, this);
        toUnicode(mergeMetricsAndFillerCmap(metrics, entered.filler()));
    }

    /**
     * Makes on {@code pool}, one face per task, the subset programs that closing {@code writer} will embed: once the
     * last page is drawn every glyph is known, so the faces can be subset side by side on the cores there are instead
     * of one after another while the document closes, which then finds them made. Returns when all are made; a face
     * that fails here is left for the close to make again and report.
     */
    public static void subsetAhead(PdfWriter writer, java.util.concurrent.ExecutorService pool) {
        List<java.util.concurrent.Future<?>> jobs = new java.util.ArrayList<>();
        for (FontDetails fd : writer.documentFonts.values()) {
            if (fd.baseFont instanceof CachedSubsetFont f && fd.longTag != null && f.subset && f.subsetRanges == null) {
                Map<Integer, int[]> glyphs = new HashMap<>(fd.longTag);
                jobs.add(pool.submit(() -> f.program(glyphs)));
            }
        }
        for (java.util.concurrent.Future<?> job : jobs) {
            try {
                job.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // made again, and reported, by writeFont
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The CIDSet: a bit per CID (high bit first) for each glyph the text uses, deflated; one 0x80 byte for none. */
    private PdfStream cidSet(int[][] metrics) {
        if (metrics.length == 0) return new PdfStream(new byte[] {(byte) 0x80});
        byte[] bits = new byte[metrics[metrics.length - 1][0] / 8 + 1];
        for (int[] m : metrics) bits[m[0] >> 3] |= (byte) (0x80 >>> (m[0] & 7));
        PdfStream s = new PdfStream(bits);
        s.flateCompress(compressionLevel);
        return s;
    }

    private static final Method CID_FONT = method("getCIDFontType2", PdfIndirectReference.class, String.class, int[][].class);
    private static final Method TO_UNICODE = method("getToUnicode", int[][].class);
    private static final Method BASE_FONT = method("getFontBaseType", PdfIndirectReference.class, String.class,
            PdfIndirectReference.class);

    /** OpenPDF's private dictionary makers of TrueTypeFontUnicode, so the dictionaries stay exactly OpenPDF's. */
    private static Method method(String name, Class<?>... types) {
        try {
            Method m = TrueTypeFontUnicode.class.getDeclaredMethod(name, types);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Object call(Method m, Object... args) throws DocumentException {
        try {
            return m.invoke(this, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new DocumentException(e.getCause() instanceof Exception x ? x : new RuntimeException(e.getCause()));
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
        try (RandomAccessFileOrArray file = new MappedFontFile(fileName)) {
            if (cff) {
                file.setStartOffset(cffOffset);   // the CFF table read in place: its offsets count from its start
                CFFFontSubset cffSubset = new CFFFontSubset(file, glyphs);
                return cffSubset.Process(cffSubset.getNames()[0]);
            }
            byte[] program = new TrueTypeFontSubSet(fileName, file, glyphs, directoryOffset, false, false).process();
            return clearUnusedMetrics(program, glyphs.keySet());
        }
    }

    /**
     * OpenPDF's TrueType subset keeps the advance and side bearing of every glyph in hmtx, used or not (116 KB in
     * LXGW WenKai); a PDF takes widths from the font's W array, never from there. Zeroing the entries of the glyphs
     * left out (all but glyph 0 and {@code kept}, composite parts included) makes the deflated program ~18 %
     * smaller. The hmtx table's checksum in the directory is brought up to date.
     */
    static byte[] clearUnusedMetrics(byte[] font, java.util.Set<Integer> kept) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xffff;
        int hmtx = -1, hmtxLength = 0, hmtxEntry = -1, hhea = -1, maxp = -1;
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            int tag = b.getInt(at), offset = b.getInt(at + 8);
            if (tag == 0x686d7478) {   // hmtx
                hmtx = offset;
                hmtxLength = b.getInt(at + 12);
                hmtxEntry = at;
            } else if (tag == 0x68686561) {   // hhea
                hhea = offset;
            } else if (tag == 0x6d617870) {   // maxp
                maxp = offset;
            }
        }
        if (hmtx < 0 || hhea < 0 || maxp < 0) return font;
        int longMetrics = b.getShort(hhea + 34) & 0xffff, glyphs = b.getShort(maxp + 4) & 0xffff;
        byte[] out = font.clone();
        for (int g = 1; g < glyphs; g++) {
            if (kept.contains(g)) continue;
            int at = g < longMetrics ? hmtx + 4 * g : hmtx + 4 * longMetrics + 2 * (g - longMetrics);
            int size = g < longMetrics ? 4 : 2;
            if (at + size > hmtx + hmtxLength) break;
            Arrays.fill(out, at, at + size, (byte) 0);
        }
        java.nio.ByteBuffer o = java.nio.ByteBuffer.wrap(out);
        int sum = 0;
        for (int i = 0; i < hmtxLength; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) word = word << 8 | (i + k < hmtxLength ? out[hmtx + i + k] & 0xff : 0);
            sum += word;
        }
        o.putInt(hmtxEntry + 4, sum);
        return out;
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
            return CidCffSubset.subset(table, glyphIds(glyphs));
        } catch (RuntimeException e) {   // not CID-keyed, or a CFF it cannot read: OpenPDF's subsetter decides
            return null;
        }
    }
}
