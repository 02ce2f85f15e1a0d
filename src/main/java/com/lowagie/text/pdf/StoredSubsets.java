package com.lowagie.text.pdf;

import cn.paiban.cache.CodeStamp;
import cn.paiban.cache.DiskCache;
import cn.paiban.cff.CidCffSubset;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * The subset programs and ToUnicode maps of one face kept on disk between processes (the user's cache folder,
 * {@link DiskCache} "subsets"): a cold export of text exported before reads them instead of subsetting the 20 MB
 * CFF table again. Keyed by everything their bytes depend on: the build of the code that makes them, the font file
 * (path, size, time, and the face's table directory and head checksum adjustment, so a font replaced under the
 * same time is caught), the face of a collection, the compression level, and the sorted glyph ids (for a ToUnicode
 * map, each glyph's id, width and characters). A face whose file cannot be read for its key is not cached.
 */
final class StoredSubsets {
    /** Bumped when what is kept, or how it is encoded, changes in a way a new build would not tell. */
    private static final int FORMAT = 1;
    static final byte PROGRAM = 1, TO_UNICODE = 2;
    private static final byte[] NONE = {};
    private static volatile byte[] build;

    private final String file;
    private final String face;
    private final int directoryOffset;
    private final boolean cff;
    /** The font file's identity, read when first needed; NONE when it cannot be read. */
    private byte[] stamp;

    StoredSubsets(String file, String face, int directoryOffset, boolean cff) {
        this.file = file;
        this.face = face;
        this.directoryOffset = directoryOffset;
        this.cff = cff;
    }

    /** Where the stream made of {@code ints} (sorted glyph ids, or ToUnicode rows) at {@code level} is kept. */
    synchronized Slot slot(byte kind, int[] ints, int level) {
        DiskCache cache = DiskCache.of("subsets");
        return new Slot(cache, cache == null ? null : key(kind, ints, level));
    }

    /** A stream's place in the cache: nowhere when caching is off or the face cannot be keyed. */
    record Slot(DiskCache cache, byte[] key) {
        /** The stream kept here by an earlier process, or null. */
        SavedStream find() {
            byte[] data = key == null ? null : cache.get(key);
            return data == null ? null : SavedStream.decode(data);
        }

        /** Keeps {@code s} here for later processes: encoded and written on the cache's thread. */
        void keep(SavedStream s) {
            if (key != null) cache.put(key, s::encode);
        }
    }

    byte[] key(byte kind, int[] ints, int level) {
        byte[] code = build();
        byte[] font = stamp();
        if (code == NONE || font == NONE) return null;
        ByteBuffer b = ByteBuffer.allocate(32 + code.length + font.length + 4 * ints.length);
        b.putInt(0x50425355).putInt(FORMAT).put(kind).put((byte) (cff ? 1 : 0)).putInt(level);
        b.putInt(code.length).put(code).putInt(font.length).put(font).putInt(ints.length);
        b.asIntBuffer().put(ints);   // in bulk: a loop of putInt is ~3 ms in the interpreter for a CJK face's glyphs
        return java.util.Arrays.copyOf(b.array(), b.position() + 4 * ints.length);
    }

    /** The build of the code whose output is kept: this class's, Paiban's CFF subsetter's and OpenPDF's. */
    private static byte[] build() {
        byte[] b = build;
        if (b == null) {
            String s = CodeStamp.of(CachedSubsetFont.class, CidCffSubset.class, TrueTypeFontSubSet.class);
            build = b = s == null ? NONE : s.getBytes(StandardCharsets.UTF_8);
        }
        return b;
    }

    private byte[] stamp() {
        if (stamp == null) {
            try {
                stamp = readStamp();
            } catch (IOException | RuntimeException e) {
                stamp = NONE;
            }
        }
        return stamp;
    }

    /**
     * The font file's absolute path, size and time, the face (of a collection), its table directory (every table's
     * checksum, offset and length) and the checksum adjustment of its head table: three reads of the file.
     */
    private byte[] readStamp() throws IOException {
        Path path = Path.of(file).toAbsolutePath();
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        byte[] name = (path + "," + face).getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer header = read(ch, directoryOffset, 12);
            int tables = header.getShort(4) & 0xffff;
            ByteBuffer directory = read(ch, directoryOffset + 12, 16 * tables);
            int adjustment = 0;
            for (int k = 0; k < tables; k++) {
                if (directory.getInt(16 * k) == 0x68656164) {   // head
                    adjustment = read(ch, (directory.getInt(16 * k + 8) & 0xffffffffL) + 8, 4).getInt(0);
                }
            }
            ByteBuffer b = ByteBuffer.allocate(40 + name.length + 16 * tables);
            b.putInt(name.length).put(name).putLong(a.size()).putLong(a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            b.putInt(directoryOffset).put(header.array()).put(directory.array()).putInt(adjustment);
            return java.util.Arrays.copyOf(b.array(), b.position());
        }
    }

    private static ByteBuffer read(FileChannel ch, long at, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) throw new IOException("font file cut short");
        }
        return b;
    }
}
