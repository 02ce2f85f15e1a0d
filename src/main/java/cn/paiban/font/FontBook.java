package cn.paiban.font;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CachedSubsetFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The faces a template may use, by role (song 宋, hei 黑, heiBold, kai 楷), each role a fallback chain:
 * a character the first face lacks is taken from the next one that has it. Faces load lazily and once.
 */
public final class FontBook {
    public static final String SONG = "song";
    public static final String HEI = "hei";
    public static final String HEI_BOLD = "heiBold";
    public static final String KAI = "kai";

    /** The rare-character face shipped in fonts/: CJK Extensions B–F (花園明朝B, subset to plane 2). */
    public static final String RARE_FILE = "HanaMinB-SIP.ttf";

    private final Map<String, List<Face>> roles;
    private final Map<Face, FaceMetrics> loaded;
    /** The face every role falls back on last for characters its own faces lack (null if none). */
    private final Face rare;
    /** Per role, the chosen face of each BMP code point (index into the chain + 1; -1 none; 0 not yet known). */
    private final Map<String, byte[]> choice = new ConcurrentHashMap<>();

    public FontBook(Map<String, List<Face>> roles) {
        this(roles, null);
    }

    /**
     * A book whose roles all end with {@code rare} (if not null): a face used only for the characters none of the
     * role's own faces has, each of which preflight reports.
     */
    /**
     * The bundled faces parsed once per process and shared by every standard book: a parsed CJK face holds about
     * 9 MB of OpenPDF's tables, so a book of five is 45 MB, and a process that makes books repeatedly (the test
     * suite, a server) ran out of heap. The faces are safe to share: their readers lock the font, and their subset
     * cache is keyed by glyph set.
     */
    private static final Map<Face, FaceMetrics> SHARED = new ConcurrentHashMap<>();

    public FontBook(Map<String, List<Face>> roles, Face rare) {
        this(roles, new ConcurrentHashMap<>(), rare);
    }

    private FontBook(Map<String, List<Face>> roles, Map<Face, FaceMetrics> loaded, Face rare) {
        this.rare = rare;
        this.roles = new LinkedHashMap<>(roles);
        this.roles.replaceAll((k, v) -> {
            List<Face> chain = new java.util.ArrayList<>(v);
            if (rare != null) {
                chain.remove(rare);
                chain.add(rare);
            }
            return List.copyOf(chain);
        });
        this.loaded = loaded;
    }

    /** The rare-character fallback face, or null when this book has none. */
    public Face rare() { return rare; }

    /** Whether {@code face} is the rare-character fallback: text set in it is reported, character by character. */
    public boolean isRare(Face face) { return rare != null && rare.equals(face); }

    /**
     * This book with some roles' chains replaced or added (a template's own fonts, cn.paiban.typeset.TemplateFonts),
     * sharing the faces already read: the PDF embeds the very fonts the layout measured with.
     */
    public FontBook withChains(Map<String, List<Face>> chains) {
        Map<String, List<Face>> all = new LinkedHashMap<>(roles);
        all.putAll(chains);
        return new FontBook(all, loaded, rare);
    }

    /**
     * The default book over the project's fonts/: Noto Serif/Sans CJK SC (face 2 of the .ttc) and LXGW WenKai, with
     * 花園明朝B (plane 2) for rare characters when fonts/ has it.
     */
    public static FontBook standard() { return standard(FontFiles.directory()); }

    public static FontBook standard(Path dir) {
        Face song = new Face("Noto Serif CJK SC", dir.resolve("NotoSerifCJK-Regular.ttc"), 2);
        Face hei = new Face("Noto Sans CJK SC", dir.resolve("NotoSansCJK-Regular.ttc"), 2);
        Face heiBold = new Face("Noto Sans CJK SC Bold", dir.resolve("NotoSansCJK-Bold.ttc"), 2);
        Face kai = new Face("LXGW WenKai", dir.resolve("LXGWWenKai-Regular.ttf"), 0);
        for (Face f : List.of(song, hei, heiBold, kai)) {
            if (!Files.isRegularFile(f.file())) throw new FontException(cn.paiban.i18n.Msg.get("limits.fonts.missing", f.file()));
        }
        // WenKai closes gaps Noto CJK leaves (₂ U+2082 among them); Noto Serif backs up the others; 花園明朝B takes
        // the Extension B–F characters none of them has (an author's name, a village), each reported in preflight.
        Path rareFile = dir.resolve(RARE_FILE);
        Face rare = Files.isRegularFile(rareFile) ? new Face("HanaMinB", rareFile, 0) : null;
        return new FontBook(Map.of(
                SONG, List.of(song, kai),
                HEI, List.of(hei, song, kai),
                HEI_BOLD, List.of(heiBold, hei, song, kai),
                KAI, List.of(kai, song)), SHARED, rare);
    }

    public List<String> roleNames() { return List.copyOf(roles.keySet()); }

    public List<Face> chain(String role) {
        List<Face> chain = roles.get(role);
        if (chain == null) throw new FontException("no font role '" + role + "'; known: " + roles.keySet());
        return chain;
    }

    public Face primary(String role) { return chain(role).get(0); }

    /** The first face of the role's chain that has {@code codePoint}, or null if none has it. */
    public Face faceFor(String role, int codePoint) {
        return chooser(role).faceFor(codePoint);
    }

    /** The fallback chain of one role, resolved once: what a composer holds while it measures a paragraph. */
    public Chooser chooser(String role) {
        return new Chooser(chain(role), choice.computeIfAbsent(role, r -> new byte[0x10000]));
    }

    /** Picks faces from one role's chain, with the book's per-code-point cache. */
    public final class Chooser {
        private final List<Face> chain;
        private final byte[] cache;

        private Chooser(List<Face> chain, byte[] cache) {
            this.chain = chain;
            this.cache = cache;
        }

        public Face primary() { return chain.get(0); }

        /** The first face of the chain that has {@code codePoint}, or null if none has it. */
        public Face faceFor(int codePoint) {
            if (codePoint < 0 || codePoint > 0xFFFF || chain.size() > 126) return search(chain, codePoint);
            int v = cache[codePoint]; // racing threads store the same value
            if (v == 0) {
                Face f = search(chain, codePoint);
                v = f == null ? -1 : chain.indexOf(f) + 1;
                cache[codePoint] = (byte) v;
            }
            return v < 0 ? null : chain.get(v - 1);
        }
    }

    private Face search(List<Face> chain, int codePoint) {
        for (Face f : chain) {
            if (metrics(f).covers(codePoint)) return f;
        }
        return null;
    }

    /**
     * Coverage of {@code text} in {@code role}: each character no face of the chain has, once, with the
     * char offset of its first occurrence, so that a preflight can name it before anything is rendered.
     */
    public Map<Integer, Integer> uncovered(String role, CharSequence text) {
        Map<Integer, Integer> missing = new LinkedHashMap<>();
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (!Character.isWhitespace(cp) && faceFor(role, cp) == null) missing.putIfAbsent(cp, i);
            i += Character.charCount(cp);
        }
        return missing;
    }

    /** Daemon threads that read faces ahead of their first use; an export never waits for them to end. */
    private static final java.util.concurrent.ExecutorService PRELOADER = java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "paiban-font-preload");
                t.setDaemon(true);
                return t;
            });

    /**
     * Starts reading the first face of every role (and its glyph forms) on background threads, so that a cold
     * process parses the 20 MB font files while it loads the issue and the template instead of after (each face
     * takes 80–250 ms cold). Whoever asks for a face still being read waits for that reading; a face that fails
     * to read fails again, with its message, for the caller that asks for it. Returns this book.
     */
    public FontBook preload() {
        java.util.Set<Face> first = new java.util.LinkedHashSet<>();
        for (String role : List.of(SONG, HEI_BOLD, HEI, KAI)) {   // the body's face first
            if (roles.containsKey(role)) first.add(primary(role));
        }
        roles.values().forEach(c -> first.add(c.get(0)));
        for (Face f : first) {
            PRELOADER.execute(() -> {
                try {
                    metrics(f).forms();
                } catch (RuntimeException e) {
                    // reported to the thread that needs the face
                }
            });
        }
        return this;
    }

    public FaceMetrics metrics(Face face) {
        return loaded.computeIfAbsent(face, FontBook::load);
    }

    /**
     * Through {@link CachedSubsetFont}: parsed from a memory map of the file (never a byte per system call, the
     * files not copied into the heap), and each face keeps the subset programs it made, so exporting the same
     * text again does not subset again. Not OpenPDF's font cache: a FontBook owns its faces.
     */
    private static FaceMetrics load(Face face) {
        try {
            BaseFont bf = CachedSubsetFont.create(face.pdfName());
            return new FaceMetrics(face, bf);
        } catch (Exception e) {
            throw new FontException(cn.paiban.i18n.Msg.get("limits.fonts.unreadable", face.file(), face.index(), String.valueOf(e.getMessage())), e);
        }
    }
}
