package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.paiban.font.FontBook;
import com.lowagie.text.pdf.CachedSubsetFont;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subset programs and ToUnicode maps kept on disk between processes (each export here is a process of its own,
 * as the command line's is: only the disk cache carries anything from one to the next): the sample issue exports to the same bytes
 * with the cache off, empty, warm, broken or unwritable, and text that brings a new character is exported with its
 * glyph in the embedded subset and its text extractable though the cache holds the issue's older subsets.
 */
class SubsetDiskCacheTest {
    @TempDir
    static Path tmp;
    static Path sample;
    static byte[] reference;
    /** The cache the next export uses: a folder, or null for none. */
    static Path cache;

    @BeforeAll
    static void referenceWithoutCache() throws IOException {
        sample = SampleIssueTest.find();
        assumeTrue(sample != null, "no sample issue");
        cache = null;
        reference = export(sample, "reference.pdf");
    }

    /** Caching on, in {@code dir}/subsets. */
    private static Path cacheIn(Path dir) {
        cache = dir;
        return dir.resolve("subsets");
    }

    /** {@code paiban export} of {@code issue} in a process of its own, with {@link #cache}; the PDF's bytes. */
    private static byte[] export(Path issue, String name) throws IOException {
        Path pdf = tmp.resolve(name);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
        cmd.add(cache == null ? "-Dpaiban.cache=off" : "-Dpaiban.cache.dir=" + cache);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "cn.paiban.cli.Cli",
                "export", issue.toString(), "-o", pdf.toString(), "--force"));
        Path log = tmp.resolve(name + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            int code = p.waitFor();
            assertTrue(code == 0 || code == 1, Files.readString(log));   // 1: findings of the layout, as the sample may have
        } catch (InterruptedException e) {
            p.destroyForcibly();
            throw new IOException(e);
        }
        return Files.readAllBytes(pdf);
    }

    private static Map<String, byte[]> entries(Path folder) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        if (!Files.isDirectory(folder)) return m;
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : (Iterable<Path>) s::iterator) m.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return m;
    }

    @Test
    void theSameBytesWithAnEmptyAWarmAndABrokenCache() throws IOException {
        Path folder = cacheIn(tmp.resolve("cache"));
        assertArrayEquals(reference, export(sample, "empty.pdf"), "an empty cache");
        Map<String, byte[]> kept = entries(folder);
        assertTrue(kept.size() >= 2, "the faces' subsets are kept: " + kept.keySet());
        assertTrue(kept.keySet().stream().allMatch(n -> n.endsWith(".entry")), kept.keySet().toString());

        FileTime old = FileTime.fromMillis(946_684_800_000L);   // 2000-01-01: a hit renews the time
        for (String n : kept.keySet()) Files.setLastModifiedTime(folder.resolve(n), old);
        assertArrayEquals(reference, export(sample, "warm.pdf"), "a warm cache");
        assertEquals(kept.keySet(), entries(folder).keySet(), "nothing new to keep");
        List<String> read = new ArrayList<>();
        for (String n : kept.keySet()) if (Files.getLastModifiedTime(folder.resolve(n)).compareTo(old) > 0) read.add(n);
        assertFalse(read.isEmpty(), "the warm export read its subsets from the cache");

        // each entry broken another way: cut short, a bit flipped, replaced by noise, emptied
        Random r = new Random(11);
        int k = 0;
        for (Map.Entry<String, byte[]> e : kept.entrySet()) {
            byte[] b = e.getValue();
            byte[] broken = switch (k++ % 4) {
                case 0 -> Arrays.copyOf(b, b.length / 2);
                case 1 -> flip(b, r.nextInt(b.length));
                case 2 -> noise(r, b.length);
                default -> new byte[0];
            };
            Files.write(folder.resolve(e.getKey()), broken);
        }
        assertArrayEquals(reference, export(sample, "broken.pdf"), "a broken cache is no cache");
        Map<String, byte[]> after = entries(folder);
        for (String n : read) assertArrayEquals(kept.get(n), after.get(n), n + " is made again and replaced");
    }

    private static byte[] flip(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] ^= 0x01;
        return c;
    }

    private static byte[] noise(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    /** A cache folder that cannot be made (where a file is) leaves the export as it is without a cache. */
    @Test
    void anUnwritableCacheFolderStillExports() throws IOException {
        Path file = Files.writeString(tmp.resolve("not a folder"), "x");
        cacheIn(file.resolve("cache"));
        assertArrayEquals(reference, export(sample, "unwritable.pdf"));
        assertEquals("x", Files.readString(file));
    }

    /**
     * One character of an article changed to one the issue does not use yet, exported with the issue's subsets in
     * the cache: the new glyph is in the embedded subset (not .notdef, an outline) and extracts as its character, and
     * the file is the one an export without a cache writes.
     */
    @Test
    void aNewCharacterIsInTheSubsetThoughTheCacheIsWarm() throws IOException {
        Path folder = cacheIn(tmp.resolve("cache-new"));
        assertArrayEquals(reference, export(sample, "before-change.pdf"));
        int before = entries(folder).size();

        Path copy = SampleCopy.copy(tmp.resolve("changed-issue"));
        String all = allText(copy);
        FontBook fonts = FontBook.standard();
        CachedSubsetFont song = (CachedSubsetFont) fonts.metrics(fonts.primary(FontBook.SONG)).baseFont();
        int fresh = -1;
        for (int c : "犇骉麤羴焱淼鑫垚燚猋".codePoints().toArray()) {
            if (all.indexOf(c) < 0 && song.cmapGlyph(c) > 0) {
                fresh = c;
                break;
            }
        }
        assumeTrue(fresh > 0, "a character the issue does not use and the body face has");
        String was = "推进以党建引领基层治理";
        assertTrue(all.contains(was));
        String now = new String(Character.toChars(fresh)) + was.substring(1);
        Path article = copy.resolve("articles/dangjian-yinling.json");
        String json = Files.readString(article, StandardCharsets.UTF_8);
        assertTrue(json.contains(was));
        Files.writeString(article, json.replaceFirst(was, now), StandardCharsets.UTF_8);

        byte[] changed = export(copy, "changed.pdf");
        assertTrue(entries(folder).size() > before, "the changed face's new subset is kept");
        assertTrue(inSubset(changed, fresh), "the new glyph has its outline in the embedded subset");
        try (PDDocument d = Loader.loadPDF(changed)) {
            assertTrue(new PDFTextStripper().getText(d).replaceAll("\\s", "").contains(now), "its text extracts");
        }
        cache = null;
        assertArrayEquals(export(copy, "changed-uncached.pdf"), changed, "the bytes an export without a cache writes");
    }

    private static String allText(Path issue) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.walk(issue)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.toString().endsWith(".json")) b.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }

    /**
     * Whether character {@code cp} is drawn somewhere in {@code pdf} in a CID-keyed CFF font whose embedded subset
     * has a glyph of its own for its code that draws something (a glyph left out falls back to .notdef).
     */
    private static boolean inSubset(byte[] pdf, int cp) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            boolean[] found = {false};
            IOException[] failed = {null};
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (found[0] || t.getUnicode() == null || t.getUnicode().codePointAt(0) != cp) return;
                    if (t.getFont() instanceof PDType0Font f && f.getDescendantFont() instanceof PDCIDFontType0 cid) {
                        int code = t.getCharacterCodes()[0];
                        try {
                            GeneralPath path = cid.getPath(code);
                            found[0] = cid.codeToGID(code) != 0 && !path.getBounds2D().isEmpty();
                        } catch (IOException e) {
                            failed[0] = e;
                        }
                    }
                }
            };
            s.getText(d);
            if (failed[0] != null) throw failed[0];
            return found[0];
        }
    }
}
