package cn.paiban.proof;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * 核红's first question: what changed between two typesettings of an issue (a round's snapshot and the issue now),
 * page by page and line by line. Each text (an article; a page's running head and folio) is read from both display
 * lists in printing order and compared character by character ({@link TextDiff}); a line of the new pages is
 * {@link Kind#CHANGED} when characters were added to it or removed from it, {@link Kind#MOVED} when it holds only
 * old characters but no longer stands as it did (reflow: other line breaks, another line, column or page). A page
 * changed when one of its lines did, when a line it had went elsewhere, or when its figures, rules or (front
 * matter) printed texts differ.
 */
public final class RoundDiff {
    public enum Kind { CHANGED, MOVED }

    /**
     * A changed line of a new page ({@code line} null for a front-matter text or a line that left the page).
     * {@code inserted}: the new text's added code points; {@code deletedBefore}: positions in the new text (0 … length)
     * where old characters were removed; {@code ordinal}: where the line stands on its page as column × 1000 + line in
     * the column, both from 1, running heads and folios not counted (0 when it has no place: front matter, gone).
     */
    public record LineChange(Kind kind, PrintedLine line, int ordinal, String oldText, String newText, boolean[] inserted,
                             Set<Integer> deletedBefore) {
        public LineChange {
            deletedBefore = Set.copyOf(deletedBefore);
        }

        /** The column of the page the line is in, from 1 (0: no place). */
        public int column() { return ordinal / 1000; }

        /** The line's number in its column, from 1 (0: no place). */
        public int lineInColumn() { return ordinal % 1000; }
    }

    /** A page that changed: its index, its printed number and its changed lines (by position on the page). */
    public record PageChange(int page, int folio, List<LineChange> lines, boolean drawings) {
        public PageChange {
            lines = List.copyOf(lines);
        }
    }

    public record Result(List<PageChange> pages, int oldPages, int newPages) {
        public Result {
            pages = List.copyOf(pages);
        }

        public List<Integer> folios() { return pages.stream().map(PageChange::folio).toList(); }
    }

    private RoundDiff() {}

    /** Compares {@code then} with {@code now}, body pages only. */
    public static Result compare(Document then, Document now) { return compare(then, now, Map.of(), Map.of()); }

    /**
     * {@code frontThen}/{@code frontNow}: the printed texts of front-matter pages by page index (the display list holds
     * them as placed pages, not as glyphs), compared text by text.
     */
    public static Result compare(Document then, Document now, Map<Integer, List<String>> frontThen,
                                 Map<Integer, List<String>> frontNow) {
        List<PrintedLine> oldLines = PrintedLine.of(then), newLines = PrintedLine.of(now);
        Map<String, List<PrintedLine>> oldStreams = streams(oldLines), newStreams = streams(newLines);
        Map<Integer, List<LineChange>> byPage = new TreeMap<>();
        Map<PrintedLine, Integer> ordinals = ordinals(now, newLines);

        for (Map.Entry<String, List<PrintedLine>> e : newStreams.entrySet()) {
            List<PrintedLine> olds = oldStreams.getOrDefault(e.getKey(), List.of());
            compareStream(olds, e.getValue(), ordinals, byPage);
        }
        // texts that are gone altogether: their old lines left their pages
        for (Map.Entry<String, List<PrintedLine>> e : oldStreams.entrySet()) {
            if (newStreams.containsKey(e.getKey())) continue;
            for (PrintedLine l : e.getValue()) {
                byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(new LineChange(Kind.CHANGED, null, 0, l.text(), "",
                        new boolean[0], Set.of(0)));
            }
        }
        // a page whose lines stand otherwise although none of its new lines changed: a line left it
        Map<Integer, Set<List<Object>>> oldSigs = signatures(oldLines), newSigs = signatures(newLines);
        int pages = Math.max(then.pages().size(), now.pages().size());
        for (int p = 0; p < pages; p++) {
            Set<List<Object>> os = oldSigs.getOrDefault(p, Set.of()), ns = newSigs.getOrDefault(p, Set.of());
            if (os.equals(ns) || byPage.containsKey(p)) continue;
            for (PrintedLine l : oldLines) {
                if (l.page() == p && !ns.contains(signature(l))) {
                    byPage.computeIfAbsent(p, k -> new ArrayList<>()).add(new LineChange(Kind.MOVED, null, 0, l.text(), "",
                            new boolean[0], Set.of()));
                }
            }
        }
        for (int p : new java.util.TreeSet<>(frontNow.keySet())) {
            List<String> a = frontThen.getOrDefault(p, List.of()), b = frontNow.get(p);
            if (a.equals(b)) continue;
            Set<String> oldTexts = new HashSet<>(a), newTexts = new HashSet<>(b);
            List<LineChange> changes = byPage.computeIfAbsent(p, x -> new ArrayList<>());
            for (String s : b) {
                if (oldTexts.contains(s)) continue;
                String was = closest(a, s);
                changes.add(new LineChange(Kind.CHANGED, null, 0, was, s, TextDiff.insertedIn(was, s), Set.of()));
            }
            for (String s : a) if (!newTexts.contains(s) && changes.stream().noneMatch(c -> c.oldText().equals(s))) {
                changes.add(new LineChange(Kind.CHANGED, null, 0, s, "", new boolean[0], Set.of(0)));
            }
            if (changes.isEmpty()) changes.add(new LineChange(Kind.MOVED, null, 0, String.join(" ", a), String.join(" ", b),
                    new boolean[0], Set.of()));   // the same texts in another order
        }
        List<PageChange> out = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            boolean drawings = !drawings(then, p).equals(drawings(now, p));
            List<LineChange> lines = byPage.getOrDefault(p, List.of());
            if (lines.isEmpty() && !drawings) continue;
            List<LineChange> sorted = new ArrayList<>(lines);
            sorted.sort(java.util.Comparator.comparingInt((LineChange c) -> c.ordinal() == 0 ? Integer.MAX_VALUE : c.ordinal()));
            Page page = p < now.pages().size() ? now.pages().get(p) : then.pages().get(p);
            out.add(new PageChange(p, page.folio(), sorted, drawings));
        }
        return new Result(out, then.pages().size(), now.pages().size());
    }

    private static void compareStream(List<PrintedLine> olds, List<PrintedLine> news, Map<PrintedLine, Integer> ordinals,
                                      Map<Integer, List<LineChange>> byPage) {
        Joined a = Joined.of(olds), b = Joined.of(news);
        TextDiff d = TextDiff.of(a.text, b.text);
        int total = b.text.length;
        for (int li = 0; li < news.size(); li++) {
            PrintedLine line = news.get(li);
            int len = line.length();
            int s = b.start[li], e = s + len;
            int next = li + 1 < news.size() ? b.start[li + 1] : total;
            // positions whose deletions belong to this line: its own, a separator after it, and its start when the line
            // before ends a block (else what was removed at a line break counts with the line it ended)
            boolean ownsStart = li == 0 || b.start[li - 1] + news.get(li - 1).length() < s;
            boolean nextOwnsItsStart = li + 1 < news.size() && e < next;
            int from = ownsStart ? s : s + 1;
            int to = li + 1 == news.size() ? total : nextOwnsItsStart ? next - 1 : next;
            boolean[] ins = new boolean[len];
            boolean changed = false;
            for (int j = s; j < e; j++) changed |= ins[j - s] = d.inserted(j);
            for (int j = e; j < next; j++) changed |= d.inserted(j);   // a separator added: 另起段
            Set<Integer> deletedBefore = new java.util.TreeSet<>();
            for (int j = from; j <= to; j++) if (d.deletedBefore(j) > 0) deletedBefore.add(Math.min(j - s, len));
            changed |= !deletedBefore.isEmpty();
            int oStart = ownsStart ? d.oldAt(s) : d.oldAt(s) + d.deletedBefore(s);
            int oEnd = li + 1 == news.size() ? a.text.length : d.oldAt(to) + (to == next ? d.deletedBefore(to) : 0);
            if (li + 1 < news.size() && to < next) oEnd = d.oldAt(next);
            String oldText = a.slice(oStart, oEnd).strip();
            if (changed) {
                byPage.computeIfAbsent(line.page(), k -> new ArrayList<>()).add(new LineChange(Kind.CHANGED, line,
                        ordinals.getOrDefault(line, 0), oldText, line.text(), ins, deletedBefore));
                continue;
            }
            int at = d.oldAt(s) + d.deletedBefore(s);
            PrintedLine was = a.lineAt(at);
            if (was == null || a.start(was) != at || was.length() != len || was.page() != line.page()
                    || was.baseline() != line.baseline() || was.x() != line.x()) {
                byPage.computeIfAbsent(line.page(), k -> new ArrayList<>()).add(new LineChange(Kind.MOVED, line,
                        ordinals.getOrDefault(line, 0), oldText, line.text(), ins, deletedBefore));
            }
        }
    }

    /** The lines of one text in printing order, joined; a separator between blocks, so that a new paragraph is a change. */
    private static final class Joined {
        final int[] text;
        final int[] start;
        final List<PrintedLine> lines;

        private Joined(int[] text, int[] start, List<PrintedLine> lines) {
            this.text = text;
            this.start = start;
            this.lines = lines;
        }

        static Joined of(List<PrintedLine> lines) {
            int[] start = new int[lines.size()];
            List<Integer> cps = new ArrayList<>();
            int lastBlock = Integer.MIN_VALUE;
            for (int i = 0; i < lines.size(); i++) {
                PrintedLine l = lines.get(i);
                int block = l.runs().get(0).source().block();
                if (i > 0 && block != lastBlock) cps.add((int) '\n');
                lastBlock = block;
                start[i] = cps.size();
                l.text().codePoints().forEach(cps::add);
            }
            return new Joined(cps.stream().mapToInt(Integer::intValue).toArray(), start, lines);
        }

        /** The line holding old position {@code pos}, or null (a separator, the end). */
        PrintedLine lineAt(int pos) {
            int lo = 0, hi = start.length - 1, found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (start[mid] <= pos) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (found < 0) return null;
            return pos < start[found] + lines.get(found).length() ? lines.get(found) : null;
        }

        int start(PrintedLine l) { return start[lines.indexOf(l)]; }

        String slice(int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int i = Math.max(0, from); i < Math.min(to, text.length); i++) sb.appendCodePoint(text[i]);
            return sb.toString();
        }
    }

    private static Map<String, List<PrintedLine>> streams(List<PrintedLine> lines) {
        Map<String, List<PrintedLine>> out = new LinkedHashMap<>();
        for (PrintedLine l : lines) out.computeIfAbsent(l.stream(), k -> new ArrayList<>()).add(l);
        return out;
    }

    /**
     * Column × 1000 + line: the column is the half of the page a line starts in (a spanning title counts with the first),
     * the line its rank by baseline among the text lines of that column.
     */
    private static Map<PrintedLine, Integer> ordinals(Document doc, List<PrintedLine> lines) {
        Map<PrintedLine, Integer> out = new java.util.IdentityHashMap<>();
        Map<Integer, List<PrintedLine>> byColumn = new TreeMap<>();
        for (PrintedLine l : lines) {
            if (l.articleId().isEmpty()) continue;
            int half = doc.pages().get(l.page()).format().trimWidth() / 2;
            byColumn.computeIfAbsent(l.page() * 2 + (l.x() < half ? 0 : 1), k -> new ArrayList<>()).add(l);
        }
        for (Map.Entry<Integer, List<PrintedLine>> e : byColumn.entrySet()) {
            List<PrintedLine> col = new ArrayList<>(e.getValue());
            col.sort(java.util.Comparator.comparingInt(PrintedLine::baseline));
            for (int i = 0; i < col.size(); i++) out.put(col.get(i), (e.getKey() % 2 + 1) * 1000 + Math.min(i + 1, 999));
        }
        return out;
    }

    private static Map<Integer, Set<List<Object>>> signatures(List<PrintedLine> lines) {
        Map<Integer, Set<List<Object>>> out = new HashMap<>();
        for (PrintedLine l : lines) out.computeIfAbsent(l.page(), k -> new HashSet<>()).add(signature(l));
        return out;
    }

    private static List<Object> signature(PrintedLine l) { return List.of(l.stream(), l.text(), l.baseline(), l.x()); }

    /** What a page draws besides text: figures, rules, boxes, placed pages (by their template and place). */
    private static List<Object> drawings(Document doc, int p) {
        if (p >= doc.pages().size()) return List.of("none");
        List<Object> out = new ArrayList<>();
        for (Item it : doc.pages().get(p).items()) {
            if (it instanceof Item.GlyphRun || it instanceof Item.Anchor) continue;
            out.add(it instanceof Item.ForeignPage fp ? List.of(fp.template(), fp.rect(), fp.pageIndex()) : it);
        }
        return out;
    }

    private static String closest(List<String> candidates, String s) {
        String best = "";
        int bestScore = -1;
        for (String c : candidates) {
            int score = 0;
            int n = Math.min(c.length(), s.length());
            while (score < n && c.charAt(score) == s.charAt(score)) score++;
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }
}
