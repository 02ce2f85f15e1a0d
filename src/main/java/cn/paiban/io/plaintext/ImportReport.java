package cn.paiban.io.plaintext;

import java.util.ArrayList;
import java.util.List;

/**
 * What the importer decided where the dump did not say for sure. Every guess is listed here, so that the
 * editor can check it against the printed issue instead of trusting a silent choice.
 */
public final class ImportReport {

    public enum Kind {
        /** The dump allows two readings; the importer took one. Check against print. */
        AMBIGUOUS,
        /** The importer changed or moved text (other than routine width/space normalisation). */
        CHANGED,
        /** Worth knowing, no decision involved. */
        NOTE
    }

    public record Finding(int line, Kind kind, String message) {
        @Override
        public String toString() {
            return (line > 0 ? cn.paiban.i18n.Msg.get("import.text.report.line", line) : "-") + " "
                    + cn.paiban.i18n.Msg.get("import.text.report.kind." + kind.name().toLowerCase()) + "：" + message;
        }
    }

    private final List<Finding> findings = new ArrayList<>();

    public void ambiguous(int line, String message) { findings.add(new Finding(line, Kind.AMBIGUOUS, message)); }

    public void changed(int line, String message) { findings.add(new Finding(line, Kind.CHANGED, message)); }

    public void note(int line, String message) { findings.add(new Finding(line, Kind.NOTE, message)); }

    public List<Finding> findings() { return List.copyOf(findings); }

    public List<Finding> of(Kind kind) { return findings.stream().filter(f -> f.kind() == kind).toList(); }

    /** The report as written to import-report.txt: ambiguities first, in line order within each kind. */
    public String render(String source) {
        StringBuilder sb = new StringBuilder(cn.paiban.i18n.Msg.get("import.text.report.title", source)).append('\n');
        for (Kind k : Kind.values()) {
            List<Finding> list = of(k).stream().sorted(java.util.Comparator.comparingInt(Finding::line)).toList();
            sb.append('\n').append(cn.paiban.i18n.Msg.get("import.text.report.heading." + k.name().toLowerCase(), list.size())).append('\n');
            list.forEach(f -> sb.append("  ").append(f).append('\n'));
        }
        return sb.toString();
    }
}
