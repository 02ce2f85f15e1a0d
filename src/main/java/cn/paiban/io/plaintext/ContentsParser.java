package cn.paiban.io.plaintext;

import cn.paiban.i18n.Msg;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the contents lines: "◆ 本期特稿" starts a section; title lines collect until a line ending in a page
 * number, "(9)" alone or after the authors ("赵福军(9)", "王 荣 王晓丽 唐 丽(28)"). A title broken over two
 * lines (…“零 / 距离”) is joined; a page with no title pending belongs to the section itself.
 */
public final class ContentsParser {
    private ContentsParser() {}

    private static final Pattern SECTION = Pattern.compile("^◆\\s*(.+)$");
    private static final Pattern PAGE = Pattern.compile("^(.*?)[(（]\\s*(\\d{1,4})\\s*[)）]\\s*$");

    /** A contents line this wide is full: the title may continue on the next line. */
    static final double WRAP_EM = 19; // the longest one-line title on the contents page is 19 em

    public static boolean isSectionLine(String line) { return SECTION.matcher(line.strip()).matches(); }

    public static Contents parse(Path file, List<SourceLine> lines, ImportReport report) throws ImportException {
        List<Contents.Section> sections = new ArrayList<>();
        String sectionTitle = null;
        int sectionLine = 0;
        Integer sectionPage = null;
        List<Contents.Entry> entries = new ArrayList<>();
        List<SourceLine> pending = new ArrayList<>();
        for (SourceLine l : lines) {
            if (l.isBlank()) continue;
            String t = l.text().strip();
            Matcher sec = SECTION.matcher(t);
            if (sec.matches()) {
                if (!pending.isEmpty()) throw new ImportException(file, pending.get(0).number(), Msg.get("import.text.entry-no-page", pending.get(0).text().strip()));
                if (sectionTitle != null) sections.add(new Contents.Section(sectionTitle, sectionPage, entries, sectionLine));
                sectionTitle = TextNormaliser.normalise(sec.group(1));
                sectionLine = l.number();
                sectionPage = null;
                entries = new ArrayList<>();
                continue;
            }
            if (sectionTitle == null) throw new ImportException(file, l.number(), Msg.get("import.text.before-first-section", t));
            Matcher pm = PAGE.matcher(t);
            if (!pm.matches()) {
                if (!pending.isEmpty()) {
                    // a title wraps only when its line is full or a quote is still open (…“零 / 距离”);
                    // otherwise the line before has lost its page number
                    StringBuilder sofar = new StringBuilder();
                    pending.forEach(p -> sofar.append(p.text().strip()));
                    SourceLine lastLine = pending.get(pending.size() - 1);
                    if (!Chars.leavesOpen(sofar.toString()) && Chars.compressedEm(lastLine.text().strip()) < WRAP_EM) {
                        throw new ImportException(file, pending.get(0).number(), Msg.get("import.text.entry-no-page", sofar));
                    }
                }
                pending.add(l);
                continue;
            }
            int page = Integer.parseInt(pm.group(2));
            String before = pm.group(1).strip();
            if (pending.isEmpty() && before.isEmpty()) {
                sectionPage = page;
                continue;
            }
            if (pending.isEmpty()) {
                // a title and its page on one line, no author
                entries.add(new Contents.Entry(TextNormaliser.normalise(before), List.of(), page, l.number()));
                continue;
            }
            StringBuilder title = new StringBuilder();
            for (SourceLine p : pending) title.append(p.text().strip());
            if (pending.size() > 1) report.note(pending.get(0).number(), Msg.get("import.text.title-joined", pending.size(), TextNormaliser.normalise(title.toString())));
            List<String> authors = List.of();
            if (!before.isEmpty()) {
                Names.Split split = Names.split(before);
                if (!split.certain()) report.ambiguous(l.number(), Msg.get("import.text.names-unpaired", before));
                authors = split.names();
            }
            entries.add(new Contents.Entry(TextNormaliser.normalise(title.toString()), authors, page, pending.get(0).number()));
            pending.clear();
        }
        if (!pending.isEmpty()) throw new ImportException(file, pending.get(0).number(), Msg.get("import.text.entry-no-page", pending.get(0).text().strip()));
        if (sectionTitle != null) sections.add(new Contents.Section(sectionTitle, sectionPage, entries, sectionLine));
        return new Contents(sections);
    }
}
