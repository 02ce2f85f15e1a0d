package cn.paiban.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decodes a file's bytes as UTF-8 and refuses anything else, naming the line and column of the first
 * bad byte. A lenient decoder would put U+FFFD into the text and the next save would lose the original.
 */
final class StrictUtf8 {
    private StrictUtf8() {}

    static String decode(byte[] bytes, Path file) throws IssueFormatException {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int bad = in.position();
            throw new IssueFormatException(file, lineOf(bytes, start, bad), columnOf(bytes, start, bad), null,
                    cn.paiban.i18n.Msg.get("io.file.not-utf8", String.format("0x%02X", bytes[bad] & 0xff), String.valueOf(bad)));
        }
        out.flip();
        return out.toString();
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static int lineOf(byte[] bytes, int start, int offset) {
        int line = 1;
        for (int i = start; i < offset; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    /** Column in characters: the bytes between the line start and the bad byte are valid UTF-8. */
    private static int columnOf(byte[] bytes, int start, int offset) {
        int lineStart = offset;
        while (lineStart > start && bytes[lineStart - 1] != '\n') lineStart--;
        return new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
    }
}
