package cn.paiban.io.plaintext;

import cn.paiban.i18n.Msg;
import java.util.regex.Pattern;

/**
 * Decides what a short line without final punctuation is: a subheading, or the first line of a paragraph
 * that the page or column broke off. Rules in order (the first that applies wins):
 * <ol>
 * <li>a jump marker or a page break (running head/folio) right after it, or a next line that starts with
 *     punctuation no line may start with: it runs on (a subheading never stands at the foot of a page);</li>
 * <li>numbered (一、…, （二）…): subheading;</li>
 * <li>it and the next line are both short (≤ 13 em): one subheading of two lines;</li>
 * <li>a deliberate space between Han characters (夯实基础 鞍向发力): subheading;</li>
 * <li>all Han and punctuation, and exactly as wide as an indented column line (15 em, punctuation compressed):
 *     it runs on — reported, because a heading can have that width too;</li>
 * <li>otherwise a subheading — reported when it is 14 em or wider, or holds digits/Latin whose width the
 *     dump does not tell.</li>
 * </ol>
 */
public final class LineShape {
    private LineShape() {}

    public enum Verdict { RUNS_ON, SUBHEADING, SUBHEADING_TWO_LINES }

    /** A verdict and, when it is a guess, why (null when certain). */
    public record Decision(Verdict verdict, String doubt) {}

    static final double HEADING_MAX_EM = 18.5;
    static final double PAIR_MAX_EM = 13;
    static final double FULL_LINE_MIN = 14.75, FULL_LINE_MAX = 15.75;
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\\d{1,2}[.、．]).+");
    private static final Pattern LABEL = Pattern.compile("^\\p{IsHan}{1,6}[：:]\\S.*$");

    /** Short, unterminated, brackets closed, not a "联系人：…" label line: could be a heading. */
    public static boolean headingShaped(Unit u) {
        return !u.endsSentence() && u.em() <= HEADING_MAX_EM && !Chars.leavesOpen(u.text()) && !isLabelLine(u.text())
                && u.jumpOutPage() == 0;
    }

    public static boolean isLabelLine(String text) { return LABEL.matcher(text).matches(); }

    /** Only for a heading-shaped {@code u}; {@code next} may be null (last line). */
    public static Decision decide(Unit u, Unit next) {
        if (next == null) return new Decision(Verdict.RUNS_ON, null);
        if (next.afterPageBreak() || next.jumpInPage() > 0 || Chars.startsWithNoStart(next.text())) {
            return new Decision(Verdict.RUNS_ON, null);
        }
        String t = u.text();
        if (NUMBERED.matcher(t).matches()) return new Decision(Verdict.SUBHEADING, null);
        if (headingShaped(next) && u.em() <= PAIR_MAX_EM && next.em() <= PAIR_MAX_EM) {
            return new Decision(Verdict.SUBHEADING_TWO_LINES, null);
        }
        if (Chars.hasHanSpaceHan(t)) return new Decision(Verdict.SUBHEADING, null);
        boolean ascii = t.chars().anyMatch(c -> c < 128 && c != ' ');
        double em = u.em();
        if (!ascii && em >= FULL_LINE_MIN && em <= FULL_LINE_MAX) {
            return new Decision(Verdict.RUNS_ON, Msg.get("import.text.shape-runs-on", t, em));
        }
        if (ascii && em >= 14 || em >= 14) {
            return new Decision(Verdict.SUBHEADING, Msg.get(ascii ? "import.text.shape-subheading-latin" : "import.text.shape-subheading", t, em));
        }
        return new Decision(Verdict.SUBHEADING, null);
    }
}
