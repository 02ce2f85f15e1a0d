package cn.paiban.io.word;

import cn.paiban.io.TextDecoding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text manuscript: one paragraph per line, blank lines ignored. The encoding (UTF-8 with or without BOM,
 * UTF-16, GB18030) is found by the project's {@link TextDecoding}; a detected one is reported as a guess.
 */
final class TextManuscript {
    private TextManuscript() {}

    /** {@code given}: the encoding the user named (--encoding), or null to detect it. */
    static Manuscript read(Path file, byte[] bytes, java.nio.charset.Charset given) throws ManuscriptException {
        TextDecoding.Decoded d;
        try {
            d = TextDecoding.decode(bytes, given, file);
        } catch (TextDecoding.UnreadableText e) {
            throw new ManuscriptException(file, "import.bad.text", e.problem());
        }
        List<ImportNote> notes = new ArrayList<>();
        if (d.how() == TextDecoding.How.DETECTED) {
            // unsure: say what to do if the text came out garbled (the editor has no --encoding; saving as UTF-8 works everywhere)
            notes.add(d.lowConfidence()
                    ? new ImportNote(ImportNote.Level.WARNING, 0, "import.guess.charset.unsure", d.charset().name(), d.confidence())
                    : new ImportNote(ImportNote.Level.GUESS, 0, "import.guess.charset", d.charset().name(), d.confidence()));
        }
        List<Manuscript.Part> parts = new ArrayList<>();
        for (String line : d.lines()) {
            if (line.isBlank()) continue;
            parts.add(new Manuscript.Para(line, "", 0, false, false, false, false, 0, false));
        }
        return new Manuscript(parts, List.of(), notes);
    }
}
