package cn.paiban.app;

import cn.paiban.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article body as structured plain text, so the editor can edit it in one text area. Blocks are
 * separated by a blank line; inside a chunk of plain lines each line is a paragraph. Markers:
 * <pre>
 *   # 一、标题第一行 // 第二行      subheading (one # per level, lines split by " // ")
 *   &gt; 引文                          quotation
 *   - 条目 / 1. 条目               list, one item per line
 *   ![说明](images/a.png)          image with caption
 *   【表】标题 / 【发布】单位 / !| 表头 | … | / | 单元格 | … | / 【注】注释      table
 *   \# 以标记开头的段落              a backslash keeps a paragraph literal; ↵ is a line break inside a block
 * </pre>
 * {@link #format} and {@link #parse} are inverse; both report where each block sits in the text (spans),
 * which is how a click in the preview finds its paragraph in the editor and back.
 */
public final class BodyText {
    private static final Pattern IMAGE = Pattern.compile("!\\[(.*)]\\((.*)\\)");
    private static final Pattern NUMBERED = Pattern.compile("\\d+\\. (.*)");
    private static final String SUB_SPLIT = " // ";

    private BodyText() {}

    /** A body with the text range [start, end) and content offset of every block. */
    public record Parsed(String text, List<Block> blocks, List<Span> spans) {
        public Parsed {
            blocks = List.copyOf(blocks);
            spans = List.copyOf(spans);
        }

        /** The block the text offset falls in (the nearest before it between blocks), or -1 for none. */
        public int blockAt(int textOffset) {
            int best = -1;
            for (int i = 0; i < spans.size(); i++) {
                if (spans.get(i).start() <= textOffset) best = i;
            }
            return best;
        }

        /** The text offset of char {@code offset} of block {@code block}'s own text (clamped into its span). */
        public int textOffset(int block, int offset) {
            if (block < 0 || block >= spans.size()) return 0;
            Span s = spans.get(block);
            return Math.max(s.start(), Math.min(s.end(), s.contentStart() + Math.max(0, offset)));
        }

        /** The char offset inside block {@code block}'s own text for a text offset. */
        public int offsetInBlock(int block, int textOffset) {
            if (block < 0 || block >= spans.size()) return 0;
            return Math.max(0, textOffset - spans.get(block).contentStart());
        }
    }

    /** Where a block sits: [start, end) of its lines and where its own text begins (after a marker). */
    public record Span(int start, int end, int contentStart) {}

    public static Parsed format(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (Block b : blocks) {
            if (sb.length() > 0) sb.append("\n\n");
            int start = sb.length();
            int content = start;
            if (b instanceof Block.Paragraph p) {
                content += appendLiteral(sb, p.text());
            } else if (b instanceof Block.Subheading h) {
                sb.append("#".repeat(h.level())).append(' ');
                content = sb.length();
                sb.append(oneLine(String.join(SUB_SPLIT, h.lines())));
            } else if (b instanceof Block.Quotation q) {
                sb.append("> ");
                content = sb.length();
                sb.append(oneLine(q.text()));
            } else if (b instanceof Block.ListBlock l) {
                for (int i = 0; i < l.items().size(); i++) {
                    if (i > 0) sb.append('\n');
                    sb.append(l.ordered() ? (i + 1) + ". " : "- ");
                    if (i == 0) content = sb.length();
                    sb.append(oneLine(l.items().get(i)));
                }
            } else if (b instanceof Block.Table t) {
                sb.append("【表】");
                content = sb.length();
                sb.append(oneLine(nz(t.caption())));
                if (t.issuer() != null) sb.append("\n【发布】").append(oneLine(t.issuer()));
                for (List<String> row : t.header()) sb.append("\n!").append(row(row));
                for (List<String> row : t.rows()) sb.append('\n').append(row(row));
                if (t.note() != null) sb.append("\n【注】").append(oneLine(t.note()));
            } else if (b instanceof Block.Image img) {
                sb.append("![");
                content = sb.length();
                sb.append(oneLine(nz(img.caption()))).append("](").append(oneLine(img.path())).append(')');
            } else if (b instanceof Block.Notes n) {
                for (int i = 0; i < n.items().size(); i++) {
                    if (i > 0) sb.append('\n');
                    sb.append(NOTE);
                    if (i == 0) content = sb.length();
                    sb.append(oneLine(n.items().get(i)));
                }
            }
            spans.add(new Span(start, sb.length(), content));
        }
        return new Parsed(sb.toString(), blocks, spans);
    }

    public static Parsed parse(String text) {
        List<Block> blocks = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int pos = 0;
        int i = 0;
        while (i < lines.length) {
            String line = stripCr(lines[i]);
            int lineStart = pos;
            if (line.isBlank()) {
                pos += lines[i].length() + 1;
                i++;
                continue;
            }
            String t = line.strip();
            int lead = line.indexOf(t.isEmpty() ? " " : t.substring(0, 1));
            if (t.startsWith("\\")) {
                blocks.add(new Block.Paragraph(lines(t.substring(1))));
                spans.add(new Span(lineStart, lineStart + line.length(), lineStart + lead + 1));
            } else if (t.startsWith("#") && t.replaceFirst("^#+", "").startsWith(" ")) {
                int level = t.length() - t.replaceFirst("^#+", "").length();
                String rest = t.substring(level + 1);
                blocks.add(new Block.Subheading(level, List.of(rest.split(Pattern.quote(SUB_SPLIT), -1)).stream().map(BodyText::lines).toList()));
                spans.add(new Span(lineStart, lineStart + line.length(), lineStart + lead + level + 1));
            } else if (t.startsWith("> ") || t.equals(">")) {
                blocks.add(new Block.Quotation(lines(t.length() > 2 ? t.substring(2) : "")));
                spans.add(new Span(lineStart, lineStart + line.length(), lineStart + lead + 2));
            } else if (IMAGE.matcher(t).matches()) {
                Matcher m = IMAGE.matcher(t);
                m.matches();
                blocks.add(new Block.Image(lines(m.group(2)), lines(m.group(1))));
                spans.add(new Span(lineStart, lineStart + line.length(), lineStart + lead + 2));
            } else if (t.startsWith("- ") || NUMBERED.matcher(t).matches()) {
                boolean ordered = !t.startsWith("- ");
                List<String> items = new ArrayList<>();
                int end = lineStart;
                while (i < lines.length && isItem(stripCr(lines[i]).strip(), ordered)) {
                    String it = stripCr(lines[i]).strip();
                    items.add(lines(ordered ? it.substring(it.indexOf(". ") + 2) : it.substring(2)));
                    end = pos + stripCr(lines[i]).length();
                    pos += lines[i].length() + 1;
                    i++;
                }
                blocks.add(new Block.ListBlock(ordered, items));
                spans.add(new Span(lineStart, end, lineStart + lead + (ordered ? t.indexOf(". ") + 2 : 2)));
                continue;
            } else if (t.startsWith(NOTE)) {
                List<String> items = new ArrayList<>();
                int end = lineStart;
                while (i < lines.length && stripCr(lines[i]).strip().startsWith(NOTE)) {
                    items.add(lines(stripCr(lines[i]).strip().substring(NOTE.length())));
                    end = pos + stripCr(lines[i]).length();
                    pos += lines[i].length() + 1;
                    i++;
                }
                blocks.add(new Block.Notes(items));
                spans.add(new Span(lineStart, end, lineStart + lead + NOTE.length()));
                continue;
            } else if (t.startsWith("【表】")) {
                String caption = t.substring(3);
                String issuer = null;
                String note = null;
                List<List<String>> header = new ArrayList<>();
                List<List<String>> rows = new ArrayList<>();
                int end = lineStart + line.length();
                pos += lines[i].length() + 1;
                i++;
                while (i < lines.length && !stripCr(lines[i]).isBlank()) {
                    String r = stripCr(lines[i]).strip();
                    if (r.startsWith("【发布】")) issuer = lines(r.substring(4));
                    else if (r.startsWith("【注】")) note = lines(r.substring(3));
                    else if (r.startsWith("!|")) header.add(cells(r.substring(1)));
                    else if (r.startsWith("|")) rows.add(cells(r));
                    else break;
                    end = pos + stripCr(lines[i]).length();
                    pos += lines[i].length() + 1;
                    i++;
                }
                blocks.add(new Block.Table(caption.isEmpty() ? null : lines(caption), issuer, header, rows, note));
                spans.add(new Span(lineStart, end, lineStart + lead + 3));
                continue;
            } else {
                blocks.add(new Block.Paragraph(lines(t)));
                spans.add(new Span(lineStart, lineStart + line.length(), lineStart + lead));
            }
            pos += lines[i].length() + 1;
            i++;
        }
        return new Parsed(text, blocks, spans);
    }

    /** Appends a paragraph, escaping it when it would read as a marker; returns the escape's length. */
    private static int appendLiteral(StringBuilder sb, String text) {
        String t = oneLine(text);
        boolean needs = t.startsWith("\\") || t.startsWith("#") || t.startsWith(">") || t.startsWith("- ")
                || t.startsWith("【表】") || t.startsWith(NOTE) || NUMBERED.matcher(t).matches() || IMAGE.matcher(t).matches()
                || !t.equals(t.strip()) || t.isEmpty();
        if (needs) sb.append('\\');
        sb.append(t);
        return needs ? 1 : 0;
    }

    private static boolean isItem(String t, boolean ordered) {
        return ordered ? NUMBERED.matcher(t).matches() : t.startsWith("- ");
    }

    private static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder("|");
        cells.forEach(c -> sb.append(' ').append(oneLine(c).replace("|", "｜")).append(" |"));
        return sb.toString();
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        if (inner.startsWith("|")) inner = inner.substring(1);
        if (inner.endsWith("|")) inner = inner.substring(0, inner.length() - 1);
        List<String> out = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) out.add(lines(c.strip()));
        return out;
    }

    /** Marks each line of the notes block (footnotes and endnotes set after the body). */
    static final String NOTE = "【注释】";

    /** A line break inside a block is shown as ↵, since a real one would start a new paragraph. */
    static final char BREAK = '\u21B5';

    private static String oneLine(String s) { return s.replace("\r\n", "\n").replace('\r', '\n').replace('\n', BREAK); }

    private static String lines(String s) { return s == null ? null : s.replace(BREAK, '\n'); }

    private static String stripCr(String s) { return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s; }

    private static String nz(String s) { return s == null ? "" : s; }
}
