package com.lowagie.text.pdf;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A finished PDF stream (a subset font program, a ToUnicode CMap) kept as its bytes, deflated as they are
 * written, and its dictionary's entries in order: written again as a fresh stream object by each export, and
 * saved to and read from a cache file ({@link #encode}, {@link #decode}) without a change to a byte of the PDF.
 */
record SavedStream(byte[] bytes, List<Map.Entry<PdfName, PdfObject>> entries) {
    private static final byte NAME = 0, NUMBER = 1;

    static SavedStream of(PdfStream s) {
        byte[] b = s.streamBytes != null ? s.streamBytes.toByteArray() : s.getBytes();
        List<Map.Entry<PdfName, PdfObject>> entries = new ArrayList<>(s.size());
        // a loop, not a stream or a lambda: this runs on the cold path of every export
        for (Map.Entry<PdfName, PdfObject> e : s.getKeysAndValues()) entries.add(Map.entry(e.getKey(), e.getValue()));
        return new SavedStream(b, List.copyOf(entries));
    }

    PdfStream stream() {
        PdfStream s = new PdfStream(bytes);
        for (Map.Entry<PdfName, PdfObject> e : entries) s.put(e.getKey(), e.getValue());
        return s;
    }

    /**
     * The stream as bytes for a cache file, or null if its dictionary holds anything but names and numbers (the
     * only values of the streams kept), which then stays out of the file.
     */
    byte[] encode() {
        int size = 8 + bytes.length;
        for (Map.Entry<PdfName, PdfObject> e : entries) {
            if (!(e.getValue() instanceof PdfName) && !(e.getValue() instanceof PdfNumber)) return null;
            size += 9 + e.getKey().getBytes().length + e.getValue().getBytes().length;
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        b.putInt(bytes.length).put(bytes).putInt(entries.size());
        for (Map.Entry<PdfName, PdfObject> e : entries) {
            byte[] key = e.getKey().getBytes(), value = e.getValue().getBytes();
            b.putInt(key.length).put(key).put(e.getValue() instanceof PdfName ? NAME : NUMBER).putInt(value.length).put(value);
        }
        return b.array();
    }

    /** The stream {@link #encode} wrote into {@code data}, or null if {@code data} is not such a stream. */
    static SavedStream decode(byte[] data) {
        try {
            ByteBuffer b = ByteBuffer.wrap(data);
            byte[] bytes = bytes(b);
            int n = b.getInt();
            if (n < 0 || n > 64) return null;
            List<Map.Entry<PdfName, PdfObject>> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte[] key = bytes(b);
                byte type = b.get();
                byte[] value = bytes(b);
                PdfObject v = switch (type) {
                    case NAME -> new PdfName(value);
                    case NUMBER -> new PdfNumber(new String(value, java.nio.charset.StandardCharsets.ISO_8859_1));
                    default -> null;
                };
                if (v == null || key.length < 2 || key[0] != '/') return null;
                entries.add(Map.entry(new PdfName(key), v));
            }
            return b.hasRemaining() ? null : new SavedStream(bytes, List.copyOf(entries));
        } catch (RuntimeException e) {   // cut short, a negative length, a number that is none
            return null;
        }
    }

    /** A length and as many bytes; one longer than what is left is an error, never a huge array. */
    private static byte[] bytes(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) throw new IllegalArgumentException("length " + n);
        byte[] out = new byte[n];
        b.get(out);
        return out;
    }
}
