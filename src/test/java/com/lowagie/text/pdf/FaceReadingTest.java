package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.font.FontFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CachedSubsetFont reads a face through its own unpreloaded map and reads glyph boxes when first asked: what it
 * holds afterwards is what OpenPDF's own reading of the same face holds (table directory, names, metrics for
 * the font descriptor, widths, boxes), and a file OpenPDF refuses is refused with OpenPDF's message.
 */
class FaceReadingTest {
    private static final List<String> FACES = List.of("NotoSerifCJK-Regular.ttc,2", "NotoSansCJK-Regular.ttc,0",
            "NotoSansCJK-Bold.ttc,2", "LXGWWenKai-Regular.ttf", "HanaMinB-SIP.ttf");

    @Test
    void everyBundledFaceHoldsWhatOpenPdfsOwnReadingHolds() throws Exception {
        for (String face : FACES) {
            String name = FontFiles.directory().resolve(face).toString();
            CachedSubsetFont ours = (CachedSubsetFont) CachedSubsetFont.create(name);
            TrueTypeFontUnicode theirs = new TrueTypeFontUnicode(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, null, false);
            assertInstanceOf(MappedFontFile.class, ours.rf, face + ": read through the unpreloaded map");
            assertEquals(theirs.tables.keySet(), ours.tables.keySet(), face);
            theirs.tables.forEach((tag, at) -> assertArrayEquals(at, ours.tables.get(tag), face + " " + tag));
            assertEquals(theirs.directoryOffset, ours.directoryOffset, face);
            assertEquals(theirs.cff, ours.cff, face);
            assertEquals(theirs.cffOffset, ours.cffOffset, face);
            assertEquals(theirs.cffLength, ours.cffLength, face);
            assertEquals(theirs.fontName, ours.fontName, face);
            assertArrayEquals(theirs.fullName, ours.fullName, face);
            assertArrayEquals(theirs.familyName, ours.familyName, face);
            assertArrayEquals(theirs.allNameEntries, ours.allNameEntries, face);
            for (int key : new int[] {BaseFont.ASCENT, BaseFont.CAPHEIGHT, BaseFont.DESCENT, BaseFont.ITALICANGLE,
                    BaseFont.BBOXLLX, BaseFont.BBOXLLY, BaseFont.BBOXURX, BaseFont.BBOXURY, BaseFont.UNDERLINE_POSITION,
                    BaseFont.UNDERLINE_THICKNESS, BaseFont.AWT_ASCENT, BaseFont.AWT_DESCENT, BaseFont.AWT_LEADING}) {
                assertEquals(theirs.getFontDescriptor(key, 1000), ours.getFontDescriptor(key, 1000), face + " descriptor " + key);
            }
            assertArrayEquals(theirs.GlyphWidths, ours.GlyphWidths, face);
            for (int cp : new int[] {'A', 'g', '中', '国', '。', 0x2082, 0x20000, 0x2A6D6}) {
                assertArrayEquals(theirs.getCharBBox(cp), ours.getCharBBox(cp), face + " box of U+" + Integer.toHexString(cp));
                assertEquals(theirs.getWidth(cp), ours.getWidth(cp), face + " width of U+" + Integer.toHexString(cp));
            }
            assertArrayEquals(theirs.bboxes, ours.bboxes, face + ": every glyph's box");
        }
    }

    @Test
    void aTrueTypeFacesBoxesAreThere() throws Exception {
        CachedSubsetFont kai = (CachedSubsetFont) CachedSubsetFont.create(
                FontFiles.directory().resolve("LXGWWenKai-Regular.ttf").toString());
        int[] box = kai.getCharBBox('中');
        assertNotNull(box);
        assertTrue(box[0] < box[2] && box[1] < box[3], java.util.Arrays.toString(box));
    }

    @Test
    void aFaceOpenPdfRefusesIsRefusedWithItsMessage(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.ttf");
        Files.write(junk, new byte[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0});
        Path noto = FontFiles.directory().resolve("NotoSansCJK-Bold.ttc");
        for (String name : List.of(junk.toString(), noto + ",99", noto + ",-1", junk + ",0", dir.resolve("none.ttf").toString())) {
            String theirs = message(() -> new TrueTypeFontUnicode(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, null, false));
            String ours = message(() -> CachedSubsetFont.create(name));
            assertNotNull(theirs, name);
            assertEquals(theirs, ours, name);
        }
    }

    private interface Opening {
        Object open() throws Exception;
    }

    private static String message(Opening o) {
        try {
            o.open();
            return null;
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void theMapReadsAsOpenPdfsReaderDoes() throws Exception {
        String name = FontFiles.directory().resolve("LXGWWenKai-Regular.ttf").toString();
        try (MappedFontFile ours = new MappedFontFile(name);
             RandomAccessFileOrArray theirs = new RandomAccessFileOrArray(name, false, false)) {
            assertEquals(theirs.length(), ours.length());
            java.util.Random random = new java.util.Random(11);
            for (int round = 0; round < 2000; round++) {
                int at = random.nextInt(10) == 0 ? theirs.length() - random.nextInt(8) : random.nextInt(theirs.length());
                theirs.seek(at);
                ours.seek(at);
                switch (random.nextInt(7)) {
                    case 0 -> assertEquals(theirs.read(), ours.read());
                    case 1 -> assertEquals(result(theirs::readInt), result(ours::readInt), "int at " + at);
                    case 2 -> assertEquals(result(theirs::readShort), result(ours::readShort), "short at " + at);
                    case 3 -> assertEquals(result(theirs::readUnsignedShort), result(ours::readUnsignedShort));
                    case 4 -> assertEquals(theirs.skipBytes(at & 0xff), ours.skipBytes(at & 0xff));
                    case 5 -> {
                        byte[] a = new byte[random.nextInt(100)], b = new byte[a.length];
                        assertEquals(theirs.read(a, 0, a.length), ours.read(b, 0, b.length));
                        assertArrayEquals(a, b);
                    }
                    default -> {
                        byte x = (byte) theirs.read();
                        ours.read();
                        theirs.pushBack(x);
                        ours.pushBack(x);
                        assertEquals(theirs.getFilePointer(), ours.getFilePointer());
                        assertEquals(result(theirs::readInt), result(ours::readInt));
                    }
                }
                assertEquals(theirs.getFilePointer(), ours.getFilePointer(), "position after round " + round);
            }
            ours.close();
            ours.reOpen();
            ours.seek(0);
            theirs.seek(0);
            assertEquals(theirs.readInt(), ours.readInt(), "read again after closing");
        }
    }

    private interface Read {
        Object read() throws Exception;
    }

    private static Object result(Read r) {
        try {
            return r.read();
        } catch (Exception e) {
            return e.getClass();
        }
    }

    static {
        // the test compares with OpenPDF's mapped reading, not its RandomAccessFile one
        assertFalse(com.lowagie.text.Document.plainRandomAccess);
    }
}
