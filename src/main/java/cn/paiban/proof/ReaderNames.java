package cn.paiban.proof;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * A proofreader's name as the name of their marks file ({@code proofs/<round>/<name>.json}): kept as it is when every
 * system can name a file so (Chinese names are), otherwise made safe (characters Windows forbids and control characters
 * become _, no leading dot, no trailing dot or space, no reserved device name such as CON or LPT1, at most 60 chars) with a
 * short checksum of the real name appended, so two names made safe the same way still get two files. The real name is
 * kept inside the file.
 */
public final class ReaderNames {
    private ReaderNames() {}

    static final int MAX = 60;

    /** The file name (without .json) of {@code reader}'s marks. */
    public static String fileName(String reader) {
        StringBuilder sb = new StringBuilder();
        reader.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || "<>:\"/\\|?*".indexOf(c) >= 0) sb.append('_');
            else sb.appendCodePoint(c);
        });
        String s = sb.toString();
        if (s.startsWith(".")) s = "_" + s.substring(1);
        while (!s.isEmpty() && (s.endsWith(".") || s.endsWith(" "))) s = s.substring(0, s.length() - 1);
        if (s.length() > MAX) s = s.substring(0, Character.isHighSurrogate(s.charAt(MAX - 1)) ? MAX - 1 : MAX);
        // as cn.paiban.model.Ids: Windows reserves these whatever follows the first dot
        String base = (s.indexOf('.') < 0 ? s : s.substring(0, s.indexOf('.'))).strip().toUpperCase(Locale.ROOT);
        if (base.matches("CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]")) s = "_" + s;
        if (s.isEmpty()) s = "_";
        if (s.equals(reader)) return s;
        CRC32 crc = new CRC32();
        crc.update(reader.getBytes(StandardCharsets.UTF_8));
        return s + "~" + String.format("%08x", crc.getValue());
    }
}
