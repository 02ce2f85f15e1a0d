package cn.paiban.io.plaintext;

import cn.paiban.i18n.Msg;
import cn.paiban.io.TextDecoding;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a dump as lines in whatever encoding it came in ({@link TextDecoding}: UTF-8 with or without BOM,
 * UTF-16, GB18030; CRLF, CR or LF); refuses empty, binary, oversized or undecodable files with a clear message.
 */
public final class DumpReader {
    /** A 48-page issue is about 110 kB; anything this big is not one. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private DumpReader() {}

    /** The lines of a dump and how its encoding was found. */
    public record Dump(List<SourceLine> lines, TextDecoding.Decoded decoded) {}

    public static List<SourceLine> read(Path file) throws ImportException {
        return read(file, null).lines();
    }

    /** {@code encoding} (may be null) overrides detection, as {@code --encoding} does. */
    public static Dump read(Path file, Charset encoding) throws ImportException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new ImportException(file, 0, Msg.get("import.text.directory"));
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new ImportException(file, 0, Msg.get("import.text.too-large", size, MAX_BYTES));
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, 0, Msg.get("import.text.no-file"));
        } catch (IOException e) {
            throw new ImportException(file, 0, Msg.get("import.text.unreadable", String.valueOf(e.getMessage())));
        }
        return decode(file, bytes, encoding);
    }

    static Dump decode(Path file, byte[] bytes, Charset encoding) throws ImportException {
        if (bytes.length == 0) throw new ImportException(file, 0, Msg.get("import.text.empty"));
        TextDecoding.Decoded decoded;
        try {
            decoded = TextDecoding.decode(bytes, encoding, file);
        } catch (TextDecoding.UnreadableText e) {
            throw new ImportException(file, e.line(), e.problem());
        }
        String[] raw = decoded.text().split("\r\n|\r|\n", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        int controls = 0;
        for (int i = 0; i < raw.length; i++) {
            for (char c : raw[i].toCharArray()) if (c < 0x20 && c != '\t') controls++;
            lines.add(new SourceLine(i + 1, raw[i]));
        }
        if (controls > 0) throw new ImportException(file, 0, Msg.get("import.text.controls", controls));
        if (lines.stream().allMatch(SourceLine::isBlank)) throw new ImportException(file, 0, Msg.get("import.text.blank"));
        return new Dump(lines, decoded);
    }
}
