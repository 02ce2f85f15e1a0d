package com.lowagie.text.pdf;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A font file read through a memory map that is never preloaded: OpenPDF's own map of a font
 * (MappedRandomAccessFile) first touches every page of it (MappedByteBuffer.load, 10–30 ms of CPU for each
 * 15–26 MB CJK face) although parsing a face reads a few hundred KB of tables, and then reads each byte
 * through two calls; here a page is read when a table on it is, and bulk reads are one copy. Once closed it
 * maps the file again when reopened (OpenPDF's closed files fall back to RandomAccessFile, a system call a byte).
 *
 * <p>Serves OpenPDF's readers of a face ({@link CachedSubsetFont#process}): every method they call on a
 * RandomAccessFileOrArray reads from the map. A copy made with OpenPDF's copy constructor opens the file as
 * OpenPDF would, by name.
 */
final class MappedFontFile extends RandomAccessFileOrArray {
    private final String file;
    private ByteBuffer map;
    private int offset;   // OpenPDF's start offset: positions count from there
    private boolean pushedBack;
    private byte back;

    MappedFontFile(String file) throws IOException {
        super(new byte[0]);
        this.file = file;
        // what OpenPDF's copy constructor takes: a copy opens the file by name, as OpenPDF opens it
        this.arrayIn = null;
        this.filename = file;
        reOpen();
    }

    private static ByteBuffer map(String file) throws IOException {
        try (FileChannel ch = FileChannel.open(Path.of(file), StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) throw new IOException(file + ": over 2 GB");
            return ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
    }

    private ByteBuffer open() throws IOException {
        if (map == null) throw new IOException("closed: " + file);
        return map;
    }

    @Override
    public void reOpen() throws IOException {
        if (map == null) map = map(file);
        seek(0);
    }

    @Override
    protected void insureOpen() throws IOException {
        if (map == null) reOpen();
    }

    @Override
    public boolean isOpen() { return map != null; }

    @Override
    public void close() {
        map = null;   // the mapping goes with the buffer
        pushedBack = false;
    }

    @Override
    public void pushBack(byte b) {
        back = b;
        pushedBack = true;
    }

    @Override
    public int read() throws IOException {
        if (pushedBack) {
            pushedBack = false;
            return back & 0xff;
        }
        ByteBuffer m = open();
        return m.hasRemaining() ? m.get() & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        int n = 0;
        if (pushedBack) {
            pushedBack = false;
            b[off++] = back;
            len--;
            n = 1;
        }
        ByteBuffer m = open();
        int k = Math.min(len, m.remaining());
        m.get(b, off, k);
        n += k;
        return n == 0 ? -1 : n;
    }

    @Override
    public int read(byte[] b) throws IOException { return read(b, 0, b.length); }

    @Override
    public void readFully(byte[] b) throws IOException { readFully(b, 0, b.length); }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int k = read(b, off + n, len - n);
            if (k < 0) throw new EOFException();
            n += k;
        }
    }

    @Override
    public long skip(long n) throws IOException { return skipBytes((int) Math.min(n, Integer.MAX_VALUE)); }

    @Override
    public int skipBytes(int n) throws IOException {
        if (n <= 0) return 0;
        int skipped = 0;
        if (pushedBack) {
            pushedBack = false;
            if (n == 1) return 1;
            n--;
            skipped = 1;
        }
        ByteBuffer m = open();
        int k = Math.min(n, m.remaining());
        m.position(m.position() + k);
        return skipped + k;
    }

    @Override
    public int length() throws IOException { return open().limit() - offset; }

    @Override
    public void seek(int pos) throws IOException { seek((long) pos); }

    @Override
    public void seek(long pos) throws IOException {
        pushedBack = false;
        ByteBuffer m = open();
        m.position((int) Math.min(m.limit(), Math.max(0, pos + offset)));
    }

    @Override
    public int getFilePointer() throws IOException {
        return open().position() - offset - (pushedBack ? 1 : 0);
    }

    @Override
    public int getStartOffset() { return offset; }

    @Override
    public void setStartOffset(int offset) { this.offset = offset; }

    @Override
    public short readShort() throws IOException {
        ByteBuffer m = open();
        if (pushedBack || m.remaining() < 2) return super.readShort();
        return m.getShort();
    }

    @Override
    public int readUnsignedShort() throws IOException { return readShort() & 0xffff; }

    @Override
    public char readChar() throws IOException { return (char) readShort(); }

    @Override
    public int readInt() throws IOException {
        ByteBuffer m = open();
        if (pushedBack || m.remaining() < 4) return super.readInt();
        return m.getInt();
    }

    @Override
    public ByteBuffer getNioByteBuffer() throws IOException { return open().duplicate().position(offset); }
}
