package cn.paiban.io.plaintext;

import cn.paiban.i18n.Msg;
import cn.paiban.model.EditorialBoard;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pages 2–3 as dumped: masthead (pinyin line, name), 编辑委员会 with roles and padded names, the
 * contents page (with the masthead lines that the dump mixes into it: 朔州经济 2023年第4期, the slogans,
 * 总第 171 期(双月出版) 目录) and the colophon. It stops at the first line that is none of these: the body.
 */
public final class FrontMatterParser {
    private FrontMatterParser() {}

    static final Pattern PINYIN = Pattern.compile("^[A-Z][a-z]+(?: [A-Z][a-z]+){1,6}$");
    private static final Pattern ROLE = Pattern.compile("^([\\p{IsHan} ]{1,8})[:：]\\s*(.*)$");
    private static final Pattern NOTE = Pattern.compile("^[(（]\\s*(\\p{IsHan}{3,20})\\s*[)）]$");
    private static final Pattern ISSUE_HEADER = Pattern.compile("^(\\p{IsHan}{2,10})\\s*(\\d{4})\\s*年\\s*第\\s*(\\d{1,2})\\s*期$");
    private static final Pattern SLOGAN = Pattern.compile("^·(?:[^·]+·){2,}$");
    private static final Pattern TOTAL = Pattern.compile("^总第\\s*(\\d{1,5})\\s*期\\s*[(（]\\s*([^)）]+?)\\s*[)）]\\s*目\\s*录$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*出版$");
    private static final Pattern FIELD = Pattern.compile("^([\\p{IsHan} ]{2,8}|Email|E-mail|EMAIL)\\s*[:：]\\s*(.+)$");
    /** Colophon labels as the office prints them (spaces squeezed out). */
    static final Set<String> COLOPHON_LABELS = Set.of("主管", "主办", "编辑", "发送对象", "地址", "邮编", "电话", "网址", "Email", "印刷", "印数");

    private enum Mode { MASTHEAD, BOARD, CONTENTS, COLOPHON }

    public static boolean isMastheadStart(String line) {
        String t = line.strip();
        return PINYIN.matcher(t).matches() || t.equals("编辑委员会");
    }

    public static FrontMatter parse(Path file, List<SourceLine> lines, int start, ImportReport report) throws ImportException {
        Mode mode = Mode.MASTHEAD;
        String name = null, pinyin = null, frequency = null;
        int year = 0, issueNo = 0, total = 0;
        LocalDate date = null;
        Map<String, String> colophon = new LinkedHashMap<>();
        List<String> slogans = new ArrayList<>();
        List<EditorialBoard.Role> roles = new ArrayList<>();
        String roleTitle = null;
        List<String> roleNames = new ArrayList<>();
        String boardNote = null;
        List<SourceLine> contentsLines = new ArrayList<>();
        boolean sawContents = false;
        int i = start;
        for (; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            if (l.isBlank()) continue;
            String t = l.text().strip();
            Matcher m;
            if (PINYIN.matcher(t).matches()) {
                if (pinyin != null && !pinyin.equals(t)) report.ambiguous(l.number(), Msg.get("import.text.pinyin-differs", t, pinyin));
                if (pinyin == null) pinyin = t;
                if (mode == Mode.CONTENTS || sawContents) mode = Mode.COLOPHON;
                // the journal name follows the pinyin line
                int j = nextText(lines, i + 1);
                if (j >= 0 && lines.get(j).text().strip().matches("\\p{IsHan}{2,10}")) {
                    String n = lines.get(j).text().strip();
                    if (name == null) name = n;
                    else if (!name.equals(n)) report.ambiguous(lines.get(j).number(), Msg.get("import.text.name-differs", n, name));
                    i = j;
                }
                continue;
            }
            if (t.equals("编辑委员会")) {
                mode = Mode.BOARD;
                continue;
            }
            if ((m = ISSUE_HEADER.matcher(t)).matches()) {
                if (roleTitle != null) roles.add(new EditorialBoard.Role(roleTitle, roleNames));
                roleTitle = null;
                if (name == null) name = m.group(1);
                year = Integer.parseInt(m.group(2));
                issueNo = Integer.parseInt(m.group(3));
                mode = Mode.CONTENTS;
                sawContents = true;
                continue;
            }
            if (SLOGAN.matcher(t).matches()) {
                slogans.add(TextNormaliser.normalise(t));
                continue;
            }
            if ((m = TOTAL.matcher(t)).matches()) {
                total = Integer.parseInt(m.group(1));
                frequency = TextNormaliser.normalise(m.group(2));
                continue;
            }
            if ((m = DATE.matcher(t)).matches()) {
                try {
                    date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    throw new ImportException(file, l.number(), Msg.get("import.text.bad-date", t));
                }
                continue;
            }
            if (mode == Mode.BOARD) {
                if ((m = NOTE.matcher(t)).matches()) {
                    boardNote = m.group(1);
                    continue;
                }
                if ((m = ROLE.matcher(t)).matches()) {
                    if (roleTitle != null) roles.add(new EditorialBoard.Role(roleTitle, roleNames));
                    roleTitle = Chars.squeeze(m.group(1));
                    roleNames = new ArrayList<>();
                    if (!m.group(2).isBlank()) roleNames.addAll(names(m.group(2), l, report));
                    continue;
                }
                if (roleTitle != null && Names.looksLikeNames(t)) {
                    roleNames.addAll(names(t, l, report));
                    continue;
                }
                throw new ImportException(file, l.number(), Msg.get("import.text.board-line", t));
            }
            if (mode == Mode.CONTENTS) {
                contentsLines.add(l);
                continue;
            }
            if (mode == Mode.COLOPHON) {
                if ((m = FIELD.matcher(t)).matches() && COLOPHON_LABELS.contains(Chars.squeeze(m.group(1)))) {
                    colophon.put(Chars.squeeze(m.group(1)), m.group(2).strip());
                    continue;
                }
                if (t.contains("准印证")) {
                    colophon.put("准印证号", t);
                    continue;
                }
                if (t.startsWith("内部资料")) {
                    colophon.put("内部资料", t);
                    continue;
                }
                break; // the body starts here
            }
            throw new ImportException(file, l.number(), Msg.get("import.text.masthead-line", t));
        }
        if (roleTitle != null) roles.add(new EditorialBoard.Role(roleTitle, roleNames));
        if (!sawContents) throw new ImportException(file, lines.get(start).number(), Msg.get("import.text.no-contents"));
        if (date == null) throw new ImportException(file, 0, Msg.get("import.text.no-date"));
        Contents contents = ContentsParser.parse(file, contentsLines, report);
        if (contents.sections().isEmpty()) throw new ImportException(file, lines.get(start).number(), Msg.get("import.text.no-sections"));
        return new FrontMatter(name, pinyin, year, issueNo, total, frequency, date, colophon, slogans,
                new EditorialBoard(roles, boardNote), contents, i);
    }

    private static List<String> names(String text, SourceLine l, ImportReport report) {
        Names.Split s = Names.split(text);
        if (!s.certain()) report.ambiguous(l.number(), Msg.get("import.text.names-unpaired", text.strip()));
        return s.names();
    }

    private static int nextText(List<SourceLine> lines, int from) {
        for (int j = from; j < lines.size(); j++) if (!lines.get(j).isBlank()) return j;
        return -1;
    }
}
