package cn.paiban.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names and the embedding permission of each face of a font file (.ttf, .otf, .ttc, .otc), read from the
 * OpenType 'name' and 'OS/2' tables alone, so that a folder of system fonts is indexed without parsing glyphs.
 * Family names are read in every language the font carries them in (宋体 as well as SimSun).
 */
public final class FontNames {
    /**
     * One face: its index in the file, its family names (name IDs 1 and 16), full and PostScript names (4, 6),
     * OS/2 fsType, and whether it is the plain style (neither bold nor italic in OS/2 fsSelection).
     */
    public record FaceNames(int index, List<String> families, List<String> fullNames, int fsType, boolean plain) {
        /**
         * OS/2 fsType: "Restricted License embedding" (usage bits 0x000F exactly 0x0002) or bitmap embedding
         * only (0x0200). Either forbids embedding the outlines a PDF needs.
         */
        public boolean embeddingForbidden() {
            return (fsType & 0x000F) == 0x0002 || (fsType & 0x0200) != 0;
        }

        /** Every name, families first. */
        public List<String> names() {
            List<String> all = new ArrayList<>(families);
            all.addAll(fullNames);
            return all;
        }
    }

    private static final int TTCF = 0x74746366;
    private static final int NAME = 0x6E616D65;
    private static final int OS2 = 0x4F532F32;

    private FontNames() {}

    /** The faces of {@code file}; an unreadable or malformed file throws IOException. */
    public static List<FaceNames> read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() < 12) throw new IOException("not a font file: " + file);
            ByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.BIG_ENDIAN);
            List<FaceNames> out = new ArrayList<>();
            if (b.getInt(0) == TTCF) {
                int n = b.getInt(8);
                if (n <= 0 || n > 1000) throw new IOException("bad font collection: " + file);
                for (int i = 0; i < n; i++) out.add(face(b, b.getInt(12 + 4 * i), i));
            } else {
                out.add(face(b, 0, 0));
            }
            return out;
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("malformed font file: " + file, e);
        }
    }

    private static FaceNames face(ByteBuffer b, int offset, int index) throws IOException {
        int tag = b.getInt(offset);
        if (tag != 0x00010000 && tag != 0x4F54544F && tag != 0x74727565) throw new IOException("not an OpenType face");
        int numTables = b.getShort(offset + 4) & 0xffff;
        int name = -1;
        int os2 = -1;
        for (int i = 0; i < numTables; i++) {
            int rec = offset + 12 + 16 * i;
            int t = b.getInt(rec);
            if (t == NAME) name = b.getInt(rec + 8);
            if (t == OS2) os2 = b.getInt(rec + 8);
        }
        int fsType = os2 < 0 ? 0 : b.getShort(os2 + 8) & 0xffff;
        int fsSelection = os2 < 0 ? 0 : b.getShort(os2 + 62) & 0xffff;
        boolean plain = (fsSelection & 0x21) == 0;   // bit 0 italic, bit 5 bold
        return new FaceNames(index, name < 0 ? List.of() : names(b, name, Set.of(1, 16)),
                name < 0 ? List.of() : names(b, name, Set.of(4, 6)), fsType, plain);
    }

    private static List<String> names(ByteBuffer b, int table, Set<Integer> ids) {
        int count = b.getShort(table + 2) & 0xffff;
        int strings = table + (b.getShort(table + 4) & 0xffff);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            int r = table + 6 + 12 * i;
            int platform = b.getShort(r) & 0xffff;
            int encoding = b.getShort(r + 2) & 0xffff;
            int id = b.getShort(r + 6) & 0xffff;
            if (!ids.contains(id)) continue;
            int len = b.getShort(r + 8) & 0xffff;
            int at = strings + (b.getShort(r + 10) & 0xffff);
            byte[] bytes = new byte[len];
            b.get(at, bytes);
            String s = decode(platform, encoding, bytes);
            if (s != null && !s.isBlank()) out.add(s.strip());
        }
        return List.copyOf(out);
    }

    /** Unicode and Windows names are UTF-16BE; Windows PRC (3,3) and Mac Chinese (1,25) are GBK; Mac Roman else. */
    private static String decode(int platform, int encoding, byte[] bytes) {
        if (platform == 0 || (platform == 3 && (encoding == 0 || encoding == 1 || encoding == 10))) {
            return new String(bytes, StandardCharsets.UTF_16BE);
        }
        if ((platform == 3 && encoding == 3) || (platform == 1 && encoding == 25)) {
            // (3,3) stores GBK bytes in 16-bit units: drop the zero high bytes first
            byte[] packed = platform == 3 ? packWide(bytes) : bytes;
            return new String(packed, Charset.forName("GBK"));
        }
        if (platform == 1 && encoding == 0) return new String(bytes, StandardCharsets.ISO_8859_1);
        return null;
    }

    private static byte[] packWide(byte[] bytes) {
        java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            if (bytes[i] != 0) o.write(bytes[i]);
            o.write(bytes[i + 1]);
        }
        return o.toByteArray();
    }
}
