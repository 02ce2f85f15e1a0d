package cn.paiban.io.plaintext;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds body blocks from units: joins a paragraph that a column, page or jump broke into pieces (words
 * split across the break are simply rejoined: Han needs no hyphen), and sets short unterminated lines as
 * subheadings where {@link LineShape} says so. Every guess goes to the report.
 */
public final class ParagraphJoiner {
    private final ImportReport report;
    private final ImportDecisions decisions;

    public ParagraphJoiner(ImportReport report) { this(report, ImportDecisions.none()); }

    public ParagraphJoiner(ImportReport report, ImportDecisions decisions) {
        this.report = report;
        this.decisions = decisions;
    }

    /** A paragraph and the index of the first unit after it. */
    public record Taken(String text, int next) {}

    public List<Block> blocks(List<Unit> units) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            Unit u = units.get(i);
            Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
            if (LineShape.headingShaped(u) && next != null) {
                LineShape.Decision d = LineShape.decide(u, next);
                LineShape.Verdict given = decisions.verdict(u.line());
                if (given != null) {
                    report.note(u.line(), Msg.get(given == LineShape.Verdict.SUBHEADING ? "import.text.decided-subheading" : "import.text.decided-paragraph", u.text(), decisions.source())
                            + (d.doubt() != null ? Msg.get("import.text.decided-doubt", d.doubt()) : ""));
                    d = new LineShape.Decision(given, null);
                } else if (d.doubt() != null) {
                    report.ambiguous(u.line(), d.doubt());
                }
                if (d.verdict() == LineShape.Verdict.SUBHEADING) {
                    blocks.add(new Block.Subheading(1, List.of(u.text())));
                    i++;
                    continue;
                }
                if (d.verdict() == LineShape.Verdict.SUBHEADING_TWO_LINES) {
                    blocks.add(new Block.Subheading(1, List.of(u.text(), next.text())));
                    i += 2;
                    continue;
                }
            }
            Taken t = paragraph(units, i);
            blocks.add(new Block.Paragraph(t.text()));
            i = t.next();
        }
        return blocks;
    }

    /** The paragraph starting at {@code from}, run on across breaks while its last piece is unterminated. */
    public Taken paragraph(List<Unit> units, int from) {
        StringBuilder text = new StringBuilder(units.get(from).text());
        Unit last = units.get(from);
        int i = from + 1;
        int pieces = 1;
        while (!last.endsSentence() && i < units.size()) {
            Unit next = units.get(i);
            if (LineShape.isLabelLine(last.text()) && last.em() <= LineShape.HEADING_MAX_EM) break; // 联系人：乔静波
            if (pieces >= 2 && LineShape.headingShaped(last) && last.jumpInPage() == 0) {
                // a single short line between two breaks is not how a column ends: keep what follows apart
                report.ambiguous(last.line(), Msg.get("import.text.no-final-punctuation", tail(text), next.line()));
                break;
            }
            String piece = next.text();
            if (Chars.open(text.toString(), '“', '”') > 0 && piece.startsWith("“")) {
                // Chinese nests ‘’ inside “”, never “ inside “: the dump doubled the quote at the break
                piece = piece.substring(1);
                report.changed(next.line(), Msg.get("import.text.stray-quote", last.line(), tail(text) + "|" + head(next.text())));
            }
            if (last.jumpOutPage() > 0 && next.jumpInPage() > 0) {
                report.note(next.line(), Msg.get("import.text.across-jump", last.line(), tail(text) + "|" + head(piece)));
            }
            int a = text.length() > 0 ? text.codePointBefore(text.length()) : ' ';
            int b = piece.isEmpty() ? ' ' : piece.codePointAt(0);
            if (Character.isLetter(a) && a < 128 && Character.isLetter(b) && b < 128) {
                report.ambiguous(next.line(), Msg.get("import.text.latin-joined", tail(text) + "|" + head(piece)));
            }
            text.append(piece);
            last = next;
            i++;
            pieces++;
        }
        if (!last.endsSentence() && i >= units.size() && !LineShape.isLabelLine(last.text())) {
            report.ambiguous(last.line(), (last.jumpOutPage() > 0 ? Msg.get("import.text.open-at-jump", tail(text), last.jumpOutPage())
                    : Msg.get("import.text.open-end", tail(text))));
        }
        return new Taken(TextNormaliser.normalise(text.toString()), i);
    }

    private static String tail(CharSequence s) {
        int n = s.length();
        return s.subSequence(Math.max(0, n - 8), n).toString();
    }

    private static String head(String s) { return s.substring(0, Math.min(8, s.length())); }
}
