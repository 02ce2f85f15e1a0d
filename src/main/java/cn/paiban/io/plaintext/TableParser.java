package cn.paiban.io.plaintext;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A statistics page as dumped: caption, issuing body, tab-separated rows (header rows first: those
 * without a number in them), a note (注：…). Cells are normalised like text; every row gets the same count.
 */
public final class TableParser {
    private TableParser() {}

    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(?:\\.\\d+)?$");

    public static boolean isTable(List<Unit> units) {
        return units.stream().filter(u -> u.raw().indexOf('\t') >= 0).count() >= 2;
    }

    /** {@code units}: caption first. Returns the table; anything not placed is reported. */
    public static Block.Table parse(List<Unit> units, ImportReport report) {
        String caption = units.get(0).text();
        String issuer = null;
        String note = null;
        List<List<String>> raw = new ArrayList<>();
        for (Unit u : units.subList(1, units.size())) {
            if (u.raw().indexOf('\t') >= 0) {
                raw.add(new ArrayList<>(Arrays.stream(u.raw().split("\t", -1)).map(TextNormaliser::normalise).toList()));
            } else if (u.text().startsWith("注")) {
                note = note == null ? u.text() : note + u.text();
            } else if (raw.isEmpty() && issuer == null) {
                issuer = u.text();
            } else {
                report.ambiguous(u.line(), Msg.get("import.text.table-note", u.text()));
                note = note == null ? u.text() : note + u.text();
            }
        }
        int width = raw.stream().mapToInt(List::size).max().orElse(0);
        // a trailing tab in some rows only: pad every row to the widest
        for (List<String> r : raw) while (r.size() < width) r.add("");
        List<List<String>> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : raw) {
            boolean numeric = r.stream().anyMatch(c -> NUMBER.matcher(c).matches());
            if (!numeric && rows.isEmpty()) header.add(r);
            else rows.add(r);
        }
        if (header.isEmpty()) report.ambiguous(units.get(0).line(), Msg.get("import.text.table-no-header", caption));
        return new Block.Table(caption, issuer, header, rows, note);
    }
}
