package cn.paiban.io.word;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text manuscript: one paragraph per line, blank lines ignored. The encoding is told by its byte-order
 * mark, else strict UTF-8, else GB18030 (reported as a guess). Kept small on purpose: the project's general
 * text-encoding detector replaces {@link #decode} when it lands.
 */
final class TextManuscript {
    private TextManuscript() {}

    record Read(Manuscript manuscript, String charset) {}

    static Read read(Path file, byte[] bytes) throws ManuscriptException {
        List<ImportNote> notes = new ArrayList<>();
        String[] cs = new String[1];
        String text = decode(file, bytes, cs);
        if (!cs[0].equals("UTF-8")) notes.add(new ImportNote(ImportNote.Level.GUESS, 0, "import.guess.charset", cs[0]));
        List<Manuscript.Part> parts = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n")) {
            if (line.isBlank()) continue;
            parts.add(new Manuscript.Para(line, "", 0, false, false, false, false, 0, false));
        }
        return new Read(new Manuscript(parts, List.of(), notes), cs[0]);
    }

    static String decode(Path file, byte[] b, String[] charset) throws ManuscriptException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            charset[0] = "UTF-8";
            return strict(file, b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            charset[0] = "UTF-16LE";
            return strict(file, b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            charset[0] = "UTF-16BE";
            return strict(file, b, 2, StandardCharsets.UTF_16BE);
        }
        for (byte x : b) if (x == 0) throw new ManuscriptException(file, "import.bad.binary");
        try {
            charset[0] = "UTF-8";
            return decodeStrict(b, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            charset[0] = "GB18030";
            return strict(file, b, 0, Charset.forName("GB18030"));
        }
    }

    private static String strict(Path file, byte[] b, int from, Charset cs) throws ManuscriptException {
        try {
            return decodeStrict(b, from, cs);
        } catch (CharacterCodingException e) {
            throw new ManuscriptException(file, "import.bad.encoding", cs.name());
        }
    }

    private static String decodeStrict(byte[] b, int from, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
    }
}
