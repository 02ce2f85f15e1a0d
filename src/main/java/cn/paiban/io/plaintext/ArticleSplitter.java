package cn.paiban.io.plaintext;

import cn.paiban.i18n.Msg;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds each contents entry's title in the body (matched without spaces: the contents page drops the
 * deliberate space of 以新气象新作为 推动…) and cuts the body into regions, one per entry, starting at the
 * entry's kicker if it has one. A kicker is a short unterminated line (or two) right before the title whose
 * predecessor ended something: a source line, a jump marker, a full stop.
 */
public final class ArticleSplitter {
    private ArticleSplitter() {}

    /** Units [{@code start}, {@code end}) belong to {@code entry}; its title is at {@code title}. */
    public record Region(Contents.Entry entry, int start, int title, int end) {}

    public static List<Region> split(Path file, List<Unit> units, List<Contents.Entry> entries, ImportReport report) throws ImportException {
        List<int[]> found = new ArrayList<>();
        int from = 0;
        for (Contents.Entry e : entries) {
            int at = find(units, e.title(), from);
            if (at < 0) {
                throw new ImportException(file, e.line(), Msg.get("import.text.no-title-line", e.title(), e.page(), from < units.size() ? units.get(from).line() : 0));
            }
            if (!units.get(at).text().equals(e.title())) {
                report.note(units.get(at).line(), Msg.get("import.text.title-differs", units.get(at).text(), e.title()));
            }
            found.add(new int[] {at, kickerStart(units, at, from)});
            from = at + 1;
        }
        List<Region> regions = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            int end = k + 1 < entries.size() ? found.get(k + 1)[1] : units.size();
            regions.add(new Region(entries.get(k), found.get(k)[1], found.get(k)[0], end));
            if (found.get(k)[1] < found.get(k)[0]) {
                StringBuilder kicker = new StringBuilder();
                for (int j = found.get(k)[1]; j < found.get(k)[0]; j++) kicker.append(units.get(j).text());
                report.note(units.get(found.get(k)[1]).line(), Msg.get("import.text.kicker", kicker, entries.get(k).title()));
            }
        }
        return regions;
    }

    static int find(List<Unit> units, String title, int from) {
        String want = Chars.squeeze(title);
        for (int i = from; i < units.size(); i++) {
            if (Chars.squeeze(units.get(i).text()).equals(want)) return i;
        }
        return -1;
    }

    private static int kickerStart(List<Unit> units, int title, int floor) {
        int k = title;
        while (k - 1 >= floor && title - (k - 1) <= 2 && LineShape.headingShaped(units.get(k - 1))
                && units.get(k - 1).jumpInPage() == 0) {
            k--;
        }
        if (k == title) return title;
        if (k - 1 < 0) return title;
        Unit before = units.get(k - 1);
        boolean ended = before.endsSentence() || before.jumpOutPage() > 0;
        return ended && !LineShape.isLabelLine(before.text()) ? k : title;
    }
}
