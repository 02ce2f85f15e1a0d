package cn.paiban.io.plaintext;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a dump as strict UTF-8 lines; refuses empty, binary, oversized or mis-encoded files with a clear message. */
public final class DumpReader {
    /** A 48-page issue is about 110 kB; anything this big is not one. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private DumpReader() {}

    public static List<SourceLine> read(Path file) throws ImportException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new ImportException(file, 0, "is a directory, not a text file");
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new ImportException(file, 0, "is " + size + " bytes; a journal dump is far smaller (limit " + MAX_BYTES + ")");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, 0, "no such file");
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot be read: " + e.getMessage());
        }
        return decode(file, bytes);
    }

    static List<SourceLine> decode(Path file, byte[] bytes) throws ImportException {
        if (bytes.length == 0) throw new ImportException(file, 0, "is empty");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new ImportException(file, 0, "is a binary file (NUL byte at offset " + i + "), not plain text");
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadUtf8(bytes);
            throw new ImportException(file, lineAt(bytes, bad), "is not UTF-8 (invalid byte 0x"
                    + Integer.toHexString(bytes[bad] & 0xff) + " at offset " + bad + "); save the dump as UTF-8");
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        int controls = 0;
        for (int i = 0; i < raw.length; i++) {
            for (char c : raw[i].toCharArray()) if (c < 0x20 && c != '\t') controls++;
            lines.add(new SourceLine(i + 1, raw[i]));
        }
        if (controls > 0) throw new ImportException(file, 0, "holds " + controls + " control characters; it is not a plain-text dump");
        if (lines.stream().allMatch(SourceLine::isBlank)) throw new ImportException(file, 0, "is empty (only blank lines)");
        return lines;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static int firstBadUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
            if (n < 0 || i + n >= b.length) return i;
            for (int k = 1; k <= n; k++) if ((b[i + k] & 0xc0) != 0x80) return i;
            i += n + 1;
        }
        return Math.max(0, b.length - 1);
    }
}
