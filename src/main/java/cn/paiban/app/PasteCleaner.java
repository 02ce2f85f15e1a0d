package cn.paiban.app;

import cn.paiban.io.plaintext.Chars;
import cn.paiban.io.plaintext.TextNormaliser;
import java.util.ArrayList;
import java.util.List;

/**
 * What pasting plain text does before it lands in the editor: the importer's clean-up. Lines broken inside
 * a sentence (copy from a PDF or a printed dump) are joined, each paragraph goes through the importer's
 * {@link TextNormaliser}, and paragraphs come out one a line with a blank line between, as the body text has
 * them. The rules are the importer's; this class only applies them to a paste.
 */
public final class PasteCleaner {
    private PasteCleaner() {}

    public static String clean(String pasted) {
        if (pasted == null || pasted.isEmpty()) return "";
        String[] lines = pasted.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length == 1) return TextNormaliser.normalise(lines[0]);   // a word or phrase: no paragraphing
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(current, paragraphs);
                continue;
            }
            if (current.length() > 0 && Chars.endsSentence(current.toString())) flush(current, paragraphs);
            if (current.length() > 0) {
                // A line broken inside a sentence: Chinese runs on directly, Latin words get their space back.
                int last = current.codePointBefore(current.length());
                if (!Chars.isChinese(last) && !Chars.isChinese(line.codePointAt(0))) current.append(' ');
            }
            current.append(line);
        }
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() == 0) return;
        paragraphs.add(TextNormaliser.normalise(current.toString()));
        current.setLength(0);
    }
}
