package cn.paiban.cff;

import static org.junit.jupiter.api.Assertions.*;

import com.lowagie.text.pdf.CachedSubsetFont;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFParser;
import org.apache.fontbox.cff.Type2CharString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A subset made by {@link CidCffSubset}, read back by PDFBox's own CFF parser, draws every kept glyph exactly as the
 * original font does (same outline, same advance: a hint mask read with a wrong length would garble the rest of the
 * outline), finds each by its original glyph id as CID, and holds nothing else.
 */
class CidCffSubsetTest {
    /** Characters of the sample issue, 煅 among them (OpenPDF's own subsetter lost strokes of it). */
    private static final String TEXT = "煅烧高岭土农牧融合发展盐碱地变了样，。「」《》0123456789ABCabc";

    @ParameterizedTest
    @ValueSource(strings = {"fonts/NotoSerifCJK-Regular.ttc,2", "fonts/NotoSansCJK-Regular.ttc,2",
            "fonts/NotoSansCJK-Bold.ttc,2"})
    void everyKeptGlyphDrawsAsInTheFullFont(String face) throws Exception {
        CachedSubsetFont font = (CachedSubsetFont) CachedSubsetFont.create(face);
        int[] where = font.tableLocation("CFF ");
        ByteBuffer table;
        try (FileChannel ch = FileChannel.open(Path.of(font.file()))) {
            table = ch.map(FileChannel.MapMode.READ_ONLY, where[0], where[1]);
        }
        byte[] whole = new byte[where[1]];
        table.duplicate().get(whole);
        CFFCIDFont full = (CFFCIDFont) new CFFParser().parse(whole, () -> whole).get(0);
        int nGlyphs = full.getNumCharStrings();

        TreeSet<Integer> gids = new TreeSet<>();
        TEXT.codePoints().forEach(cp -> gids.add(font.cmapGlyph(cp)));
        Random random = new Random(11);
        for (int i = 0; i < 600; i++) gids.add(random.nextInt(nGlyphs));
        gids.add(nGlyphs - 1);
        int[] ids = gids.stream().mapToInt(Integer::intValue).toArray();

        byte[] subset = CidCffSubset.subset(table, ids);
        CFFCIDFont sub = (CFFCIDFont) new CFFParser().parse(subset, () -> subset).get(0);

        assertEquals(gids.contains(0) ? gids.size() : gids.size() + 1, sub.getNumCharStrings(),
                "the kept glyphs and .notdef, nothing else");
        assertEquals(full.getRegistry() + full.getOrdering(), sub.getRegistry() + sub.getOrdering());
        assertTrue(sub.getFontDicts().size() <= full.getFontDicts().size());
        for (int gid : ids) {
            Type2CharString a = full.getType2CharString(full.getCharset().getCIDForGID(gid));
            Type2CharString b = sub.getType2CharString(gid);   // found by the original glyph id as CID
            assertNotEquals(0, sub.getCharset().getGIDForCID(gid), "glyph " + gid + " is in the subset");
            assertEquals(a.getWidth(), b.getWidth(), "advance of glyph " + gid);
            assertEquals(segments(a.getPath()), segments(b.getPath()), "outline of glyph " + gid);
        }
        assertTrue(subset.length < whole.length / 20, "a subset, not the font: " + subset.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fonts/NotoSerifCJK-Regular.ttc,2"})
    void sameGlyphsInAnyOrderGiveTheSameBytes(String face) throws Exception {
        CachedSubsetFont font = (CachedSubsetFont) CachedSubsetFont.create(face);
        int[] where = font.tableLocation("CFF ");
        ByteBuffer table;
        try (FileChannel ch = FileChannel.open(Path.of(font.file()))) {
            table = ch.map(FileChannel.MapMode.READ_ONLY, where[0], where[1]);
        }
        int[] ids = TEXT.codePoints().map(font::cmapGlyph).toArray();
        int[] shuffled = ids.clone();
        List<Integer> l = new ArrayList<>();
        for (int id : shuffled) l.add(id);
        java.util.Collections.shuffle(l, new Random(3));
        l.add(ids[0]);
        shuffled = l.stream().mapToInt(Integer::intValue).toArray();
        assertArrayEquals(CidCffSubset.subset(table, ids), CidCffSubset.subset(table, shuffled));
        assertFalse(Arrays.equals(CidCffSubset.subset(table, ids), CidCffSubset.subset(table, Arrays.copyOf(ids, 5))));
    }

    private static List<String> segments(GeneralPath path) {
        List<String> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            out.add(type + Arrays.toString(c));
        }
        return out;
    }
}
