package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.*;

import cn.paiban.font.FontFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key of a kept subset program or ToUnicode map holds all their bytes depend on: a font file replaced by another
 * of the same size and time is caught by its table directory or head checksum adjustment, another face of a
 * collection is another key, and so are other glyphs, another kind or another compression level. A stream is kept
 * as bytes and read back as the same stream; anything else is not read as one.
 */
class StoredSubsetsTest {
    private static final int[] GLYPHS = {1, 5, 900, 4000};

    @TempDir
    Path tmp;

    private static byte[] key(Path font, String face, int directoryOffset) {
        return new StoredSubsets(font.toString(), face, directoryOffset, false).key(StoredSubsets.PROGRAM, GLYPHS, 6);
    }

    /** A copy of WenKai (a TrueType font), its time set. */
    private Path copy() throws IOException {
        Path f = Files.copy(FontFiles.directory().resolve("LXGWWenKai-Regular.ttf"), tmp.resolve("wenkai.ttf"));
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_700_000_000_000L));
        return f;
    }

    /** Changes the file's bytes at {@code at} in place, keeping its size and time. */
    private static void poke(Path f, long at, byte value) throws IOException {
        FileTime time = Files.getLastModifiedTime(f);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {value}), at);
        }
        Files.setLastModifiedTime(f, time);
    }

    private static int headOffset(Path f) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f));
        int tables = b.getShort(4) & 0xffff;
        for (int k = 0; k < tables; k++) if (b.getInt(12 + 16 * k) == 0x68656164) return b.getInt(12 + 16 * k + 8);
        throw new AssertionError("no head");
    }

    @Test
    void aFontReplacedUnderTheSameSizeAndTimeIsAnotherKey() throws IOException {
        Path f = copy();
        byte[] key = key(f, "", 0);
        assertNotNull(key);
        assertArrayEquals(key, key(f, "", 0), "the same file, the same key");
        int head = headOffset(f);
        poke(f, head + 8, (byte) ~Files.readAllBytes(f)[head + 8]);   // the head's checksum adjustment
        byte[] adjusted = key(f, "", 0);
        assertFalse(java.util.Arrays.equals(key, adjusted), "another checksum adjustment");
        poke(f, 12 + 4, (byte) 0x5a);   // the first table's checksum in the directory
        assertFalse(java.util.Arrays.equals(adjusted, key(f, "", 0)), "another table directory");
    }

    @Test
    void facesGlyphsKindsAndLevelsAreOtherKeys() {
        Path ttc = FontFiles.directory().resolve("NotoSansCJK-Regular.ttc");
        StoredSubsets face0 = new StoredSubsets(ttc.toString(), "0", directoryOffset(ttc, 0), true);
        StoredSubsets face2 = new StoredSubsets(ttc.toString(), "2", directoryOffset(ttc, 2), true);
        byte[] k = face0.key(StoredSubsets.PROGRAM, GLYPHS, 6);
        List<byte[]> others = List.of(face2.key(StoredSubsets.PROGRAM, GLYPHS, 6),
                face0.key(StoredSubsets.PROGRAM, new int[] {1, 5, 900, 4001}, 6),
                face0.key(StoredSubsets.PROGRAM, new int[] {1, 5, 900}, 6),
                face0.key(StoredSubsets.TO_UNICODE, GLYPHS, 6),
                face0.key(StoredSubsets.PROGRAM, GLYPHS, 9));
        for (byte[] o : others) assertFalse(java.util.Arrays.equals(k, o));
    }

    private static int directoryOffset(Path ttc, int face) {
        try {
            return ByteBuffer.wrap(Files.readAllBytes(ttc), 12 + 4 * face, 4).getInt();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFileThatCannotBeReadHasNoKey() {
        assertNull(key(tmp.resolve("gone.ttf"), "", 0));
    }

    @Test
    void aStreamIsKeptAsBytesAndReadBackTheSame() throws Exception {
        SavedStream s = SavedStream.of(new BaseFont.StreamFont(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "CIDFontType0C", 6));
        byte[] encoded = s.encode();
        SavedStream back = SavedStream.decode(encoded);
        assertNotNull(back);
        assertArrayEquals(s.bytes(), back.bytes());
        assertEquals(s.entries().size(), back.entries().size());
        for (int i = 0; i < s.entries().size(); i++) {
            Map.Entry<PdfName, PdfObject> a = s.entries().get(i), b = back.entries().get(i);
            assertEquals(a.getKey(), b.getKey());
            assertEquals(a.getValue().getClass(), b.getValue().getClass());
            assertArrayEquals(a.getValue().getBytes(), b.getValue().getBytes());
        }
        for (int cut = 0; cut < encoded.length; cut++) {
            assertNull(SavedStream.decode(java.util.Arrays.copyOf(encoded, cut)), "cut to " + cut);
        }
        byte[] longer = java.util.Arrays.copyOf(encoded, encoded.length + 1);
        assertNull(SavedStream.decode(longer), "a byte too many");
        byte[] huge = encoded.clone();
        huge[0] = 0x7f;   // a length of 2 GB
        assertNull(SavedStream.decode(huge));
    }
}
