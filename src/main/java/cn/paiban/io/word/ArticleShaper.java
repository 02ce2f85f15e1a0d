package cn.paiban.io.word;

import cn.paiban.io.plaintext.Chars;
import cn.paiban.io.plaintext.ImportReport;
import cn.paiban.io.plaintext.Names;
import cn.paiban.io.plaintext.ParagraphJoiner;
import cn.paiban.io.plaintext.TextNormaliser;
import cn.paiban.io.plaintext.Unit;
import cn.paiban.model.Article;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Author;
import cn.paiban.model.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link Manuscript} into one article: title, subtitle, byline, lead, source line and signature at the
 * ends, subheadings, paragraphs, tables, figures and notes in between. Every guess it makes (a bold line taken as
 * a subheading, a centred line as the title, …) is an {@link ImportNote}, so the editor checks it.
 */
public final class ArticleShaper {
    static final Pattern LEAD_LABEL = Pattern.compile("^[【\\[〔]?\\s*(核心阅读|内容提要|内容摘要|摘\\s*要|提\\s*要|导\\s*读)\\s*[】\\]〕]?\\s*[：:]?\\s*");
    static final Pattern SOURCE = Pattern.compile("^[（(]?\\s*(?:文章|稿件|信息)?来\\s*源\\s*[：:]\\s*(.+?)\\s*[）)]?$");
    static final Pattern BYLINE_LABEL = Pattern.compile("^(?:作\\s*者|文|撰\\s*稿|撰\\s*文|执\\s*笔)\\s*[：:|｜/]\\s*");
    static final Pattern CAPTION = Pattern.compile("^(图|表)\\s*[0-9一二三四五六七八九十]+[-.．、:：\\s]?.*");
    static final Pattern TABLE_NOTE = Pattern.compile("^(?:注|备注|说明|资料来源|数据来源)\\s*[：:].*");
    /** A paragraph that is wholly one parenthesis, read as the authors' unit when it follows the byline. */
    static final Pattern AFFILIATION_LINE = Pattern.compile("^[（(]([^（()）]{2,80})[）)]$");
    static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]).+");
    /** Longest whole-bold paragraph taken as a subheading, in em (Han 1, ASCII and punctuation ½). */
    static final double BOLD_HEADING_MAX_EM = 32;

    private final Manuscript m;
    private final List<ImportNote> notes = new ArrayList<>();
    private final List<ImageFile> images = new ArrayList<>();
    private int paragraphs, subheadings, tables;
    /** Paragraphs (as numbered in the manuscript) whose soft breaks were simply run on: one note for them all. */
    private final List<Integer> softJoined = new ArrayList<>();

    /** An image to copy into the issue folder: its path there (images/…) and its bytes. */
    public record ImageFile(String path, byte[] data) {}

    /** What the shaper made. */
    record Shaped(Article article, List<ImageFile> images, List<ImportNote> notes, Counts counts) {}

    /** Counts printed per file: paragraphs, subheadings, tables, images, notes. */
    public record Counts(int paragraphs, int subheadings, int tables, int images, int notes) {}

    private ArticleShaper(Manuscript m) {
        this.m = m;
        notes.addAll(m.findings());
    }

    /**
     * @param kind  the kind the editor gave, or null to guess (卷首语 section: editorial; else feature)
     * @param ids   the article id for a title (fresh in the issue)
     */
    static Shaped shape(Manuscript m, String fallbackTitle, ArticleKind kind, String sectionTitle, Function<String, String> ids) {
        return new ArticleShaper(m).run(fallbackTitle, kind, sectionTitle, ids);
    }

    private Shaped run(String fallbackTitle, ArticleKind kind, String sectionTitle, Function<String, String> ids) {
        // 1. clean text, number the paragraphs as the editor sees them in Word
        List<Object> parts = new ArrayList<>();
        Map<Object, Integer> where = new HashMap<>();
        int no = 0;
        for (Manuscript.Part p : m.parts()) {
            if (p instanceof Manuscript.Para para) {
                no++;
                String t = clean(para.number() + para.text());
                if (t.isEmpty()) continue;
                Manuscript.Para c = para.plain(t);
                parts.add(c);
                where.put(c, no);
            } else {
                parts.add(p);
                where.put(p, no);
            }
        }
        double bodySize = bodySize(parts);
        if (kind == null) {
            kind = sectionTitle != null && sectionTitle.contains("卷首语") ? ArticleKind.EDITORIAL : ArticleKind.FEATURE;
            notes.add(new ImportNote(ImportNote.Level.GUESS, 0, "import.guess.kind",
                    cn.paiban.i18n.Msg.get("article.kind." + kind.name().toLowerCase(Locale.ROOT))));
        }
        int i = 0;
        // 2. kicker (引题): a line above a title that a style marks, or one that runs into it with ——
        String kicker = null;
        if (parts.size() > 1 && parts.get(0) instanceof Manuscript.Para k0 && parts.get(1) instanceof Manuscript.Para t1
                && !k0.titleStyle() && k0.heading() == 0 && !endsSentence(k0.text()) && Chars.compressedEm(k0.text()) <= 30
                && (t1.titleStyle() || t1.heading() == 1 || k0.text().endsWith("——"))) {
            kicker = oneLine(k0.text());
            notes.add(new ImportNote(ImportNote.Level.GUESS, where.get(k0), "import.guess.kicker", kicker));
            parts.remove(0);
        }
        // 3. title
        String title = null;
        if (!parts.isEmpty() && parts.get(0) instanceof Manuscript.Para p0) {
            String cue = null;
            if (p0.titleStyle()) cue = Msgs.cue("title");
            else if (p0.heading() == 1) cue = Msgs.cue("heading1");
            else if (oneLine(p0.text()).length() <= 64 && !endsSentence(p0.text())) {
                if (p0.centred()) cue = Msgs.cue("centred");
                else if (p0.allBold()) cue = Msgs.cue("bold");
                else if (p0.size() > bodySize + 0.4) cue = Msgs.cue("larger");
            }
            if (cue != null) {
                title = titleText(p0.text());
                if (!p0.titleStyle() && p0.heading() != 1) notes.add(new ImportNote(ImportNote.Level.GUESS, where.get(p0), "import.guess.title", title, cue));
                i = 1;
            } else if (Chars.compressedEm(p0.text()) <= 30 && !endsSentence(p0.text()) && !p0.text().contains("\n")) {
                title = titleText(p0.text());
                notes.add(new ImportNote(ImportNote.Level.GUESS, where.get(p0), "import.guess.titleShort", title));
                i = 1;
            }
        }
        if (title == null || title.isBlank()) {
            title = fallbackTitle;
            notes.add(new ImportNote(ImportNote.Level.WARNING, 0, "import.guess.titleFile", title));
        }
        String id = ids.apply(title);
        // 4. the head: subtitle, byline, lead, in any order
        String subtitle = null, lead = null;
        List<Author> authors = new ArrayList<>();
        boolean bylineSeen = false;
        while (i < parts.size()) {
            Object part = parts.get(i);
            if (part instanceof Manuscript.TablePart tp && tp.rows().size() == 1 && tp.rows().get(0).size() == 1) {
                String cell = clean(tp.rows().get(0).get(0));
                Matcher lm = LEAD_LABEL.matcher(cell);
                if (lead == null && lm.find() && lm.end() < cell.length()) {
                    lead = joinLines(cell.substring(lm.end()));
                    notes.add(new ImportNote(ImportNote.Level.NOTE, where.get(part), "import.found.leadBox", lm.group(1).replaceAll("\\s", "")));
                    i++;
                    continue;
                }
                break;
            }
            if (!(part instanceof Manuscript.Para p)) break;
            String t = p.text();
            Matcher lm = LEAD_LABEL.matcher(t);
            if (lead == null && lm.find() && (lm.group(0).contains("：") || lm.group(0).contains(":") || lm.end() == t.length()
                    || lm.group(0).contains("】"))) {
                String rest = t.substring(lm.end()).strip();
                if (rest.isEmpty() && i + 1 < parts.size() && parts.get(i + 1) instanceof Manuscript.Para next) {
                    rest = next.text();
                    i++;
                }
                lead = joinLines(rest);
                notes.add(new ImportNote(ImportNote.Level.NOTE, where.get(p), "import.found.lead", lm.group(1).replaceAll("\\s", "")));
                i++;
                continue;
            }
            if (subtitle == null && !bylineSeen && (t.startsWith("——") || t.startsWith("—") || t.startsWith("--"))) {
                subtitle = "——" + oneLine(t.replaceFirst("^[—\\-]+\\s*", ""));
                i++;
                continue;
            }
            if (!bylineSeen && isByline(p)) {
                authors.addAll(authors(t, where.get(p)));
                bylineSeen = true;
                i++;
                continue;
            }
            // the authors' unit on a line of its own under the byline, as journals print it: （朔州市发展研究中心，山西 朔州 036002）
            Matcher am = AFFILIATION_LINE.matcher(oneLine(t));
            if (bylineSeen && am.matches() && !authors.isEmpty() && authors.stream().allMatch(a -> a.affiliation() == null)) {
                String aff = TextNormaliser.normalise(am.group(1).strip());
                authors.replaceAll(a -> new Author(a.name(), aff));
                notes.add(new ImportNote(ImportNote.Level.NOTE, where.get(p), "import.found.affiliationLine", aff));
                i++;
                continue;
            }
            if (subtitle == null && !bylineSeen && i == 1 && p.centred() && title != null && oneLine(t).length() <= 40
                    && !endsSentence(t) && p.heading() == 0) {
                subtitle = oneLine(t);
                notes.add(new ImportNote(ImportNote.Level.GUESS, where.get(p), "import.guess.subtitle", subtitle));
                i++;
                continue;
            }
            break;
        }
        // 5. the body; the highest heading level used in it becomes subheading level 1 (Title + Heading 2 is common)
        int topHeading = 9;
        for (int k = i; k < parts.size(); k++) if (parts.get(k) instanceof Manuscript.Para hp && hp.heading() > 0) topHeading = Math.min(topHeading, hp.heading());
        List<Block> body = new ArrayList<>();
        String source = null, signature = null;
        int lastPara = -1;
        for (int k = parts.size() - 1; k >= i; k--) if (parts.get(k) instanceof Manuscript.Para) { lastPara = k; break; }
        for (; i < parts.size(); i++) {
            Object part = parts.get(i);
            int at = where.get(part);
            if (part instanceof Manuscript.Picture pic) {
                String caption = null;
                if (i + 1 < parts.size() && parts.get(i + 1) instanceof Manuscript.Para next && isCaption(next.text())) {
                    caption = oneLine(next.text());
                    if (i + 1 == lastPara) lastPara = -1;
                    i++;
                }
                body.add(image(id, pic, caption, at));
                continue;
            }
            if (part instanceof Manuscript.TablePart tp) {
                String caption = null;
                if (!body.isEmpty() && body.get(body.size() - 1) instanceof Block.Paragraph prev && isCaption(prev.text()) && prev.text().startsWith("表")) {
                    caption = prev.text();
                    body.remove(body.size() - 1);
                    paragraphs--;
                }
                String note = null;
                if (i + 1 < parts.size() && parts.get(i + 1) instanceof Manuscript.Para next && TABLE_NOTE.matcher(next.text()).matches()
                        && Chars.compressedEm(next.text()) < 120) {
                    note = oneLine(next.text());
                    if (i + 1 == lastPara) lastPara = -1;
                    i++;
                }
                Block b = table(tp, caption, note, at);
                body.add(b);
                continue;
            }
            Manuscript.Para p = (Manuscript.Para) part;
            String t = p.text();
            Matcher sm = SOURCE.matcher(oneLine(t));
            if (sm.matches() && source == null && Chars.compressedEm(t) < 60) {
                source = sm.group(1).strip();
                notes.add(new ImportNote(ImportNote.Level.NOTE, at, "import.found.source", source));
                continue;
            }
            if (i == lastPara && signature == null && isSignature(p, kind)) {
                signature = oneLine(t).replaceAll("^[（(]|[）)]$", "");
                notes.add(new ImportNote(ImportNote.Level.GUESS, at, "import.guess.signature", signature));
                continue;
            }
            int level = 0;
            String why = null;
            if (p.heading() > 0) {
                level = Math.max(1, p.heading() - topHeading + 1);
            } else if (p.allBold() && !p.inTextBox() && Chars.compressedEm(oneLine(t)) <= BOLD_HEADING_MAX_EM && !endsSentence(t)) {
                level = NUMBERED.matcher(t).matches() && (t.startsWith("（") || t.startsWith("(")) ? 2 : 1;
                why = "import.guess.boldHeading";
            } else if (NUMBERED.matcher(t).matches() && !endsSentence(t) && !t.contains("\n")
                    && Chars.compressedEm(t) <= 20 && !t.contains("：") && !p.inTextBox()) {
                level = t.startsWith("（") || t.startsWith("(") ? 2 : 1;
                why = "import.guess.numberedHeading";
            }
            if (level > 0) {
                List<String> lines = new ArrayList<>();
                for (String l : t.split("\n")) if (!l.isBlank()) lines.add(TextNormaliser.normalise(l));
                body.add(new Block.Subheading(Math.min(level, 6), lines));
                subheadings++;
                if (why != null) notes.add(new ImportNote(ImportNote.Level.GUESS, at, why, String.join(" ", lines)));
                continue;
            }
            List<String> made = join(t, at);
            for (String s : made) body.add(new Block.Paragraph(s));
            paragraphs += made.size();
        }
        if (!m.notes().isEmpty()) {
            List<String> items = m.notes().stream().map(ArticleShaper::clean).map(TextNormaliser::normalise).toList();
            body.add(new Block.Notes(items));
        }
        if (!softJoined.isEmpty()) {
            String list = softJoined.stream().limit(12).map(String::valueOf).collect(java.util.stream.Collectors.joining("、"))
                    + (softJoined.size() > 12 ? "…" : "");
            notes.add(new ImportNote(ImportNote.Level.NOTE, 0, "import.found.softBreaks", softJoined.size(), list));
        }
        if (kind == ArticleKind.TABLE && body.size() == 1 && body.get(0) instanceof Block.Table tb) {
            // a statistics page: the title is the table's caption, the line under it (朔州市统计局) its issuer
            String issuer = tb.issuer() != null ? tb.issuer() : subtitle != null ? subtitle
                    : authors.isEmpty() ? null : String.join(" ", authors.stream().map(Author::name).toList());
            body.set(0, new Block.Table(tb.caption() != null ? tb.caption() : title, issuer, tb.header(), tb.rows(), tb.note()));
            subtitle = null;
            authors.clear();
        }
        if (body.isEmpty()) notes.add(new ImportNote(ImportNote.Level.WARNING, 0, "import.empty"));
        Article a = new Article(id, kind, kicker, title, subtitle, authors, lead, body, source, signature);
        return new Shaped(a, images, notes, new Counts(paragraphs, subheadings, tables, images.size(), m.notes().size()));
    }

    // ---- pieces ---------------------------------------------------------------------------------------

    /**
     * A paragraph's soft-broken lines joined as the plain-text importer joins a paragraph broken by a page: the
     * joiner is asked about each break in turn (this piece and the next), so a short line inside a Word paragraph
     * is never taken for the foot of a column.
     */
    private List<String> join(String text, int at) {
        String[] lines = text.split("\n");
        if (lines.length == 1) return List.of(TextNormaliser.normalise(lines[0]));
        ParagraphJoiner joiner = new ParagraphJoiner(new ImportReport());
        List<String> out = new ArrayList<>();
        String current = null;
        int pieces = 0;
        for (String l : lines) {
            if (l.isBlank()) continue;
            pieces++;
            if (current == null) {
                current = l;
                continue;
            }
            ParagraphJoiner.Taken t = joiner.paragraph(List.of(Unit.of(at, current), Unit.of(at, l)), 0);
            if (t.next() == 2) {
                current = t.text();
            } else {
                out.add(TextNormaliser.normalise(current));
                current = l;
            }
        }
        out.add(TextNormaliser.normalise(current));
        if (out.size() > 1) notes.add(new ImportNote(ImportNote.Level.GUESS, at, "import.guess.softBreaksSplit", pieces - 1, out.size()));
        else softJoined.add(at);
        return out;
    }

    private Block.Image image(String id, Manuscript.Picture pic, String caption, int at) {
        String ext = pic.ext();
        if (ext.equals("jpg")) ext = "jpeg";
        int n = images.size() + 1;
        String base = "images/" + id + "-" + n;
        byte[] data = pic.data();
        switch (ext) {
            case "png", "jpeg" -> { }
            case "gif", "bmp", "dib" -> {
                byte[] png = Pictures.toPng(data);
                if (png != null) {
                    data = png;
                    notes.add(new ImportNote(ImportNote.Level.NOTE, at, "import.image.converted", ext));
                    ext = "png";
                } else {
                    notes.add(new ImportNote(ImportNote.Level.ERROR, at, "import.image.unreadable", ext));
                }
            }
            case "emf", "wmf" -> {
                byte[] png = Pictures.metafileToPng(data, ext);
                if (png != null) {
                    data = png;
                    notes.add(new ImportNote(ImportNote.Level.WARNING, at, "import.image.metafileConverted", ext.toUpperCase(Locale.ROOT)));
                    ext = "png";
                } else {
                    notes.add(new ImportNote(ImportNote.Level.ERROR, at, "import.image.metafile", ext.toUpperCase(Locale.ROOT), base + "." + ext));
                }
            }
            default -> notes.add(new ImportNote(ImportNote.Level.ERROR, at, "import.image.unknown", ext, base + "." + ext));
        }
        String path = base + "." + (ext.equals("jpeg") ? "jpg" : ext);
        images.add(new ImageFile(path, data));
        if (caption == null) notes.add(new ImportNote(ImportNote.Level.NOTE, at, "import.image.noCaption", path));
        return new Block.Image(path, caption == null ? null : TextNormaliser.normalise(caption));
    }

    private Block table(Manuscript.TablePart tp, String caption, String note, int at) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : tp.rows()) rows.add(r.stream().map(c -> TextNormaliser.normalise(joinLines(clean(c)))).toList());
        int header = tp.headerRows();
        if (header == 0 && rows.size() > 1 && rows.get(0).stream().noneMatch(c -> c.matches(".*\\d.*"))
                && rows.get(1).stream().anyMatch(c -> c.matches(".*\\d.*"))) {
            header = 1;
            notes.add(new ImportNote(ImportNote.Level.GUESS, at, "import.guess.tableHeader"));
        }
        tables++;
        return new Block.Table(caption == null ? null : TextNormaliser.normalise(caption), null,
                rows.subList(0, header), rows.subList(header, rows.size()), note == null ? null : TextNormaliser.normalise(note));
    }

    private boolean isByline(Manuscript.Para p) {
        String t = oneLine(p.text());
        if (BYLINE_LABEL.matcher(t).find()) return true;
        if (endsSentence(t) || Chars.compressedEm(t) > 40) return false;
        String namesOnly = t.replaceAll("[（(][^）)]*[）)]", " ").replaceAll("[、，,\\u3000]", " ").strip();
        if (namesOnly.isEmpty() || !Names.looksLikeNames(namesOnly) || NUMBERED.matcher(t).matches() || p.heading() > 0) return false;
        if (p.centred() || p.right()) return true;
        // left-aligned and unlabelled: only a short line of personal names (2–3 Han each) counts
        for (String tok : namesOnly.split("\\s+")) {
            int n = tok.codePointCount(0, tok.length());
            if (n < 2 || n > 3) return false;
        }
        return namesOnly.length() <= 12;
    }

    private List<Author> authors(String line, int at) {
        String t = BYLINE_LABEL.matcher(oneLine(line)).replaceFirst("");
        List<Author> out = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        Matcher m = Pattern.compile("([^（(]*)(?:[（(]([^）)]*)[）)])?").matcher(t);
        while (m.find()) {
            if (m.group(0).isEmpty()) break;
            List<String> tokens = new ArrayList<>();
            for (String tok : m.group(1).split("[\\s\\u3000、，,;；]+")) if (!tok.isBlank()) tokens.add(tok.strip());
            pending.addAll(paddedNamesJoined(tokens));
            if (m.group(2) != null) {
                String aff = TextNormaliser.normalise(m.group(2));
                for (String n : pending) out.add(new Author(n, aff));
                if (pending.size() > 1) notes.add(new ImportNote(ImportNote.Level.GUESS, at, "import.guess.affiliationShared", aff, String.join("、", pending)));
                pending.clear();
            }
        }
        for (String n : pending) out.add(new Author(n));
        notes.add(new ImportNote(ImportNote.Level.NOTE, at, "import.found.byline",
                String.join("、", out.stream().map(a -> a.affiliation() == null ? a.name() : a.name() + "（" + a.affiliation() + "）").toList())));
        return out;
    }

    /**
     * Names as the byline gives them, a two-character name padded to the width of three (王　虎, 李  明) joined again:
     * no Chinese name is one character, so a run of one-character tokens is names of two (王 虎 李 明: 王虎, 李明), or one
     * name when the run is odd.
     */
    static List<String> paddedNamesJoined(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); ) {
            int run = 0;
            while (k + run < tokens.size() && tokens.get(k + run).codePointCount(0, tokens.get(k + run).length()) == 1) run++;
            if (run == 0) {
                out.add(tokens.get(k++));
            } else if (run % 2 == 0) {
                for (int j = 0; j < run; j += 2) out.add(tokens.get(k + j) + tokens.get(k + j + 1));
                k += run;
            } else {
                out.add(String.join("", tokens.subList(k, k + run)));
                k += run;
            }
        }
        return out;
    }

    private static boolean isSignature(Manuscript.Para p, ArticleKind kind) {
        String t = oneLine(p.text()).replaceAll("^[（(]|[）)]$", "");
        if (endsSentence(t) || t.isEmpty()) return false;
        if (kind == ArticleKind.EDITORIAL && Chars.compressedEm(t) <= 12) return true;
        return p.right() && Chars.compressedEm(t) <= 16;
    }

    static boolean isCaption(String t) {
        return CAPTION.matcher(t).matches() && Chars.compressedEm(t) <= 40 && !t.contains("\n");
    }

    private static double bodySize(List<Object> parts) {
        Map<Double, Integer> weight = new HashMap<>();
        for (Object o : parts) if (o instanceof Manuscript.Para p && p.size() > 0) weight.merge(p.size(), p.text().length(), Integer::sum);
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0.0);
    }

    private static boolean endsSentence(String t) { return Chars.endsSentence(t.strip()); }

    private static String oneLine(String t) { return joinLines(t).strip(); }

    /** Lines of a heading or title run together; a space between two Han halves is kept (it is deliberate). */
    private static String titleText(String t) {
        String[] lines = t.split("\n");
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (l.isBlank()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(l.strip());
        }
        return TextNormaliser.normalise(sb.toString());
    }

    /** Soft-broken lines joined without a space between Chinese, with one between Latin words. */
    static String joinLines(String t) {
        String[] lines = t.split("\n");
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            String s = l.strip();
            if (s.isEmpty()) continue;
            if (sb.length() > 0) {
                int a = sb.codePointBefore(sb.length());
                int b = s.codePointAt(0);
                if (a < 128 && b < 128 && Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) sb.append(' ');
            }
            sb.append(s);
        }
        return sb.toString();
    }

    /**
     * Indents and spacing typed by hand go (U+3000, ASCII spaces, tabs at the start or end of each line; the
     * template indents), full-width digits and Latin letters become half width, line breaks stay as '\n'.
     */
    static String clean(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') c = (char) (c - 0xFEE0);
            else if (c == '\u00A0') c = ' ';
            else if (c == '\r' || c == '\u000B') c = '\n';
            else if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') continue;
            sb.append(c);
        }
        String[] lines = sb.toString().split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            String s = l.replaceAll("^[\\s\\u3000]+|[\\s\\u3000]+$", "");
            if (s.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(s);
        }
        return out.toString();
    }

    /** Short texts of the title cues, for the guess messages. */
    static final class Msgs {
        static String cue(String which) { return cn.paiban.i18n.Msg.get("import.cue." + which); }
    }
}
