package cn.paiban.io.word;

import java.util.List;

/**
 * A manuscript as read from its file (.docx, .doc or .txt), before {@link ArticleShaper} decides what each part
 * is: paragraphs with the few formatting facts the guesses need, tables, pictures, and the notes in the order
 * their marks appear. Readers write out automatic numbering, drop deletions, hidden text and comments, and keep
 * soft line breaks as {@code '\n'}, so the shaper sees text as the reader of the printed page would.
 */
record Manuscript(List<Part> parts, List<String> notes, List<ImportNote> findings) {

    Manuscript {
        parts = List.copyOf(parts);
        notes = List.copyOf(notes);
        findings = List.copyOf(findings);
    }

    sealed interface Part {}

    /**
     * One paragraph. {@code number}: the automatic number as Word shows it (一、, （一）, 1.), or "".
     * {@code heading}: the outline level from a heading style (1 = Heading 1), 0 for body text.
     * {@code size}: the largest font size of its text in points, 0 where unknown.
     */
    record Para(String text, String number, int heading, boolean titleStyle, boolean centred, boolean right,
                boolean allBold, double size, boolean inTextBox) implements Part {
        Para plain(String newText) {
            return new Para(newText, number, heading, titleStyle, centred, right, allBold, size, inTextBox);
        }
    }

    /** A table: rows of cell texts (every row as wide as the grid; spanned cells ""), the first {@code headerRows} are headers. */
    record TablePart(List<List<String>> rows, int headerRows) implements Part {
        TablePart {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A picture: its bytes and the file extension of its format (png, jpeg, emf, wmf, …). */
    record Picture(byte[] data, String ext) implements Part {}
}
