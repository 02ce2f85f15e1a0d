package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.font.FontFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cmaps CachedSubsetFont reads in bulk and keeps as segments answer exactly what OpenPDF's own reading of the
 * same face holds: the same {glyph, width} for every code point there is, nothing where it has nothing, and once
 * iterated the very map (entries and order) OpenPDF builds. Random format 4 and 12 tables, overlapping segments
 * among them, agree with OpenPDF's reading loops too.
 */
class CompactCmapTest {
    @Test
    void everyBundledFaceAnswersAsOpenPdfsOwnReading() throws Exception {
        for (String face : List.of("NotoSerifCJK-Regular.ttc,2", "NotoSansCJK-Bold.ttc,2", "LXGWWenKai-Regular.ttf",
                "HanaMinB-SIP.ttf")) {
            String name = FontFiles.directory().resolve(face).toString();
            CachedSubsetFont ours = (CachedSubsetFont) CachedSubsetFont.create(name);
            TrueTypeFontUnicode theirs = new TrueTypeFontUnicode(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, null, false);
            assertInstanceOf(CompactCmap.class, ours.cmapExt, face);
            assertArrayEquals(theirs.GlyphWidths, ours.GlyphWidths, face + ": hmtx widths");
            for (int cp = 0; cp <= 0x10FFFF; cp++) {
                int[] a = theirs.getMetricsTT(cp), b = ours.getMetricsTT(cp);
                if (a == null) assertNull(b, face + " U+" + Integer.toHexString(cp));
                else assertArrayEquals(a, b, face + " U+" + Integer.toHexString(cp));
                if (cp < 0x10000 && theirs.cmap31 != null) {
                    assertEquals(theirs.cmap31.containsKey(cp), ours.cmap31.containsKey(cp), face + " (3,1) U+" + Integer.toHexString(cp));
                }
            }
            Map<Integer, Integer> seen = new HashMap<>();
            ours.forEachCmapGlyph(seen::put);
            assertEquals(theirs.cmapExt.size(), seen.size(), face);
            theirs.cmapExt.forEach((cp, m) -> assertEquals(m[0], seen.get(cp), face));
            for (int gid : new int[] {0, 1, 100, 5000, 20000}) {
                assertEquals(theirs.getCharacterCode(gid), ours.getCharacterCode(gid), face + " glyph " + gid);
            }
            assertSameMap(theirs.cmapExt, ours.cmapExt, face + " (3,10) filled");
            if (theirs.cmap31 != null) assertSameMap(theirs.cmap31, ours.cmap31, face + " (3,1) filled");
        }
    }

    @Test
    void randomTablesAgreeWithOpenPdfsReadingLoops() {
        Random random = new Random(20261204L);
        for (int round = 0; round < 300; round++) {
            int[] widths = new int[1 + random.nextInt(400)];
            for (int i = 0; i < widths.length; i++) widths[i] = random.nextInt(1200);
            java.util.function.IntUnaryOperator width = g -> widths[Math.min(g, widths.length - 1)];
            boolean four = random.nextBoolean();
            byte[] t = four ? format4(random) : format12(random);
            HashMap<Integer, int[]> expected = four ? openPdf4(t, width) : openPdf12(t, width);
            CompactCmap ours = four ? CompactCmap.format4(t, 0, width) : CompactCmap.format12(t, 0, width);
            assertNotNull(ours, "round " + round);
            int top = four ? 0x10000 : 0x3000;
            for (int c = 0; c < top; c++) {
                int[] a = expected.get(c), b = ours.get(c);
                if (a == null) assertNull(b, "round " + round + " code " + c);
                else assertArrayEquals(a, b, "round " + round + " code " + c);
                assertEquals(expected.containsKey(c), ours.containsKey(c));
            }
            assertSameMap(expected, ours, "round " + round);
        }
    }

    private static void assertSameMap(Map<Integer, int[]> expected, Map<Integer, int[]> actual, String what) {
        List<Integer> keys = new ArrayList<>(expected.keySet()), ourKeys = new ArrayList<>(actual.keySet());
        assertEquals(keys, ourKeys, what + ": the same entries in the same order");
        for (Integer k : keys) assertArrayEquals(expected.get(k), actual.get(k), what + " " + k);
    }

    /** A format 4 subtable of random segments: sorted or not, overlapping or not, by delta or by glyph array. */
    private static byte[] format4(Random r) {
        int segs = 1 + r.nextInt(12);
        int glyphs = r.nextInt(40);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16 + segs * 8 + glyphs * 2);
        int[] start = new int[segs], end = new int[segs];
        int at = r.nextInt(50);
        boolean sorted = r.nextInt(4) > 0;
        for (int k = 0; k < segs; k++) {
            start[k] = sorted ? at + r.nextInt(30) : r.nextInt(0x200);
            end[k] = start[k] + r.nextInt(20) - (r.nextInt(8) == 0 ? 25 : 0);
            at = Math.max(start[k], end[k]) + 1;
        }
        if (r.nextBoolean()) {
            start[segs - 1] = 0xFFF0 + r.nextInt(16);
            end[segs - 1] = 0xFFFF;
        }
        b.putShort((short) 4).putShort((short) (16 + segs * 8 + glyphs * 2)).putShort((short) 0)
                .putShort((short) (segs * 2)).putShort((short) 0).putShort((short) 0).putShort((short) 0);
        for (int k = 0; k < segs; k++) b.putShort((short) end[k]);
        b.putShort((short) 0);
        for (int k = 0; k < segs; k++) b.putShort((short) start[k]);
        for (int k = 0; k < segs; k++) b.putShort((short) r.nextInt(0x10000));
        for (int k = 0; k < segs; k++) b.putShort((short) (r.nextBoolean() ? 0 : 2 * (segs - k + r.nextInt(20))));
        for (int k = 0; k < glyphs; k++) b.putShort((short) r.nextInt(500));
        return b.array();
    }

    private static byte[] format12(Random r) {
        int groups = r.nextInt(10);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16 + groups * 12);
        b.putShort((short) 12).putShort((short) 0).putInt(16 + groups * 12).putInt(0).putInt(groups);
        int at = r.nextInt(100);
        boolean sorted = r.nextInt(4) > 0;
        for (int k = 0; k < groups; k++) {
            int s = sorted ? at + r.nextInt(300) : r.nextInt(0x2000);
            int e = s + r.nextInt(200) - (r.nextInt(8) == 0 ? 250 : 0);
            b.putInt(s).putInt(e).putInt(r.nextInt(600));
            at = Math.max(s, e) + 1;
        }
        return b.array();
    }

    /** TrueTypeFont.readFormat4's loop over the same bytes (non-symbol font). */
    private static HashMap<Integer, int[]> openPdf4(byte[] t, java.util.function.IntUnaryOperator width) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(t);
        int length = b.getShort(2) & 0xffff, segCount = (b.getShort(6) & 0xffff) / 2;
        int[] endCount = new int[segCount], startCount = new int[segCount], idDelta = new int[segCount], idRO = new int[segCount];
        for (int k = 0; k < segCount; k++) {
            endCount[k] = b.getShort(14 + 2 * k) & 0xffff;
            startCount[k] = b.getShort(16 + 2 * segCount + 2 * k) & 0xffff;
            idDelta[k] = b.getShort(16 + 4 * segCount + 2 * k) & 0xffff;
            idRO[k] = b.getShort(16 + 6 * segCount + 2 * k) & 0xffff;
        }
        int[] glyphId = new int[length / 2 - 8 - segCount * 4];
        for (int k = 0; k < glyphId.length; k++) glyphId[k] = b.getShort(16 + 8 * segCount + 2 * k) & 0xffff;
        HashMap<Integer, int[]> h = new HashMap<>();
        for (int k = 0; k < segCount; ++k) {
            for (int j = startCount[k]; j <= endCount[k] && j != 0xFFFF; ++j) {
                int glyph;
                if (idRO[k] == 0) {
                    glyph = (j + idDelta[k]) & 0xFFFF;
                } else {
                    int idx = k + idRO[k] / 2 - segCount + j - startCount[k];
                    if (idx >= glyphId.length) continue;
                    glyph = (glyphId[idx] + idDelta[k]) & 0xFFFF;
                }
                h.put(j, new int[] {glyph, width.applyAsInt(glyph)});
            }
        }
        return h;
    }

    /** TrueTypeFont.readFormat12's loop over the same bytes. */
    private static HashMap<Integer, int[]> openPdf12(byte[] t, java.util.function.IntUnaryOperator width) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(t);
        HashMap<Integer, int[]> h = new HashMap<>();
        int n = b.getInt(12);
        for (int k = 0; k < n; k++) {
            int start = b.getInt(16 + 12 * k), end = b.getInt(20 + 12 * k), glyph = b.getInt(24 + 12 * k);
            for (int i = start; i <= end; i++) {
                h.put(i, new int[] {glyph, width.applyAsInt(glyph)});
                glyph++;
            }
        }
        return h;
    }
}
