package cn.paiban.proof;

import cn.paiban.display.Document;
import cn.paiban.display.PageFormat;
import cn.paiban.display.SourceRef;
import cn.paiban.geom.Mpt;
import cn.paiban.i18n.Msg;
import cn.paiban.model.Article;
import cn.paiban.model.Issue;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;

/**
 * proof-import: the annotations a proofreader made on a proof PDF in Acrobat or 福昕 (or that {@link ProofPdf} wrote)
 * become marks anchored to the text under them. A quadrilateral (StrikeOut, Highlight, Underline, Squiggly) or a note's
 * rectangle is laid over the display list of its page: the characters whose middle it covers give article, block and
 * offsets through their source references; a caret gives the point between characters nearest its middle. The kind comes
 * from the subject when it is a mark's sign (as ProofPdf writes), else from the annotation's type: StrikeOut 删 (改 when it
 * has a text), Caret 增 (另起段 with no text or a paragraph sign), Highlight, Underline, Text and FreeText 疑. Replies
 * (/IRT) become the mark's replies, a grouped Highlight (/RT /Group) the second range of a 调. A 接排 keeps the range it
 * was drawn over, in the paragraph that runs on (a highlight from the end of one paragraph into the next lies in the
 * next); one over no characters is a point at its left edge. An annotation on no text becomes a 疑 at the nearest line
 * that names its page and position. An annotation whose name (/NM) is the id of a mark the issue already has is that
 * mark: it is not imported twice. Each mark is its annotation's author's (/T), so a PDF marked by three proofreaders
 * gives three readers' marks, unless one reader is named for all.
 */
public final class ProofImport {
    private ProofImport() {}

    public static final String DEFAULT_COLOUR = "#cc0000";

    /** The new marks, how many annotations were marks already known, and which landed on no text (their mark ids). */
    public record Result(List<Mark> marks, int known, List<String> offText) {}

    /** Annotations that name no author were found and no reader was given: nothing is read, nothing written. */
    public static final class NoAuthor extends IllegalArgumentException {
        private final int count;

        NoAuthor(int count) {
            super(Msg.get("proof.import.no-author", count));
            this.count = count;
        }

        /** How many annotations name no author. */
        public int count() { return count; }
    }

    /** An annotation, the index of its page and the page itself (whose own text tells what the annotation lies on). */
    private record Found(PDAnnotationMarkup annotation, int page, org.apache.pdfbox.pdmodel.PDPage pdfPage) {}

    /**
     * Reads {@code pdf}; {@code doc} is the issue's layout the proof shows (same pages), {@code issue} its text,
     * {@code existing} the marks the issue has. New marks belong to {@code round} and to their annotation's author, or
     * all to {@code reader} when it is not null.
     *
     * @throws IllegalArgumentException when {@code reader} is null and an annotation to import names no author
     */
    public static Result read(byte[] pdf, Document doc, Issue issue, Marks existing, int round, String reader, Instant now)
            throws IOException {
        List<Found> mains = new ArrayList<>();
        List<Found> children = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int pages = Math.min(d.getNumberOfPages(), doc.pages().size());
            for (int p = 0; p < pages; p++) {
                for (PDAnnotation a : d.getPage(p).getAnnotations()) {
                    if (!(a instanceof PDAnnotationMarkup m) || !kinds().contains(m.getSubtype())) continue;
                    Found found = new Found(m, p, d.getPage(p));
                    if (m.getCOSObject().getDictionaryObject(COSName.IRT) instanceof COSDictionary) children.add(found);
                    else mains.add(found);
                }
            }
            Set<String> ids = new HashSet<>();
            existing.all().forEach(m -> ids.add(m.id()));
            Map<COSDictionary, Mark> made = new IdentityHashMap<>();
            Map<COSDictionary, Boolean> knownDicts = new IdentityHashMap<>();
            List<String> offText = new ArrayList<>();
            Marks sofar = existing;
            int known = 0;
            int noAuthor = 0;
            for (Found f : mains) {
                String nm = f.annotation().getAnnotationName();
                if (nm != null && existing.get(nm).isPresent()) {
                    known++;
                    knownDicts.put(f.annotation().getCOSObject(), true);
                    continue;
                }
                String author = reader != null ? reader : author(f.annotation());
                if (author == null) {
                    noAuthor++;
                    continue;
                }
                String id = nm != null && !nm.isBlank() && !ids.contains(nm) && nm.matches("[\\p{L}\\p{N}_~.-]{1,80}") ? nm
                        : sofar.nextId(round, author);
                boolean[] off = {false};
                Mark m = mark(f, doc, issue, round, author, id, now, off);
                if (sameAsOne(m, existing)) {
                    // read before from a PDF whose annotations carry no name (/NM is optional): the same file imported
                    // twice must not double the proofreader's marks
                    known++;
                    knownDicts.put(f.annotation().getCOSObject(), true);
                    continue;
                }
                ids.add(id);
                sofar = sofar.with(m);
                made.put(f.annotation().getCOSObject(), m);
                if (off[0]) offText.add(id);
            }
            if (noAuthor > 0) throw new NoAuthor(noAuthor);
            for (Found f : children) {
                COSDictionary parent = (COSDictionary) f.annotation().getCOSObject().getDictionaryObject(COSName.IRT);
                Mark m = made.get(parent);
                if (m == null) continue;   // a reply to a mark already known, or to an annotation that is no mark
                String rt = f.annotation().getReplyType();
                if (PDAnnotationMarkup.RT_GROUP.equals(rt)) {
                    if (m.kind() == MarkKind.SWAP && m.second() == m.anchor()) {
                        Anchor second = range(f, doc, issue, false);
                        if (second != null) m = new Mark(m.id(), m.round(), m.reader(), m.kind(), m.anchor(), second, null, m.colour(),
                                m.status(), m.replies(), m.created());
                    }
                } else {
                    String author = author(f.annotation());
                    String text = f.annotation().getContents();
                    if (text == null || text.isBlank()) continue;
                    m = m.withReply(new Reply(author == null ? m.reader() : author, text, time(f.annotation(), now)));
                }
                made.put(parent, m);
            }
            List<Mark> out = new ArrayList<>();
            for (Found f : mains) {
                Mark m = made.get(f.annotation().getCOSObject());
                if (m == null) continue;
                if (m.kind() == MarkKind.SWAP && m.second() == m.anchor()) {
                    // a 调 whose other range is missing cannot be carried out: ask instead
                    m = new Mark(m.id(), m.round(), m.reader(), MarkKind.QUERY, m.anchor(), null, Msg.get("proof.import.swap-alone"),
                            m.colour(), m.status(), m.replies(), m.created());
                }
                out.add(m);
            }
            return new Result(out, known, offText);
        }
    }

    /** Whether {@code existing} holds a mark of the same round and reader making the same correction at the same place. */
    private static boolean sameAsOne(Mark m, Marks existing) {
        for (Mark e : existing.ofRound(m.round())) {
            if (e.reader().equals(m.reader()) && e.kind() == m.kind() && e.anchor().equals(m.anchor())
                    && java.util.Objects.equals(e.text(), m.text())) return true;
        }
        return false;
    }

    /** The annotation's author (/T), or null when it names none. */
    private static String author(PDAnnotationMarkup a) {
        String t = a.getTitlePopup();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static Set<String> kinds() {
        return Set.of("StrikeOut", "Highlight", "Underline", "Squiggly", "Caret", "Text", "FreeText");
    }

    private static Mark mark(Found f, Document doc, Issue issue, int round, String reader, String id, Instant now, boolean[] off) {
        PDAnnotationMarkup a = f.annotation();
        String subtype = a.getSubtype();
        String subject = a.getSubject() == null ? "" : a.getSubject().strip();
        String contents = a.getContents() == null ? "" : a.getContents().strip();
        String colour = colour(a.getColor());
        Instant created = time(a, now);
        MarkKind kind = switch (subject) {
            case "改" -> MarkKind.REPLACE;
            case "删" -> MarkKind.DELETE;
            case "增" -> MarkKind.INSERT;
            case "调" -> MarkKind.SWAP;
            case "另起段" -> MarkKind.SPLIT;
            case "接排" -> MarkKind.JOIN;
            case "疑" -> MarkKind.QUERY;
            default -> switch (subtype) {
                case "StrikeOut" -> contents.isEmpty() ? MarkKind.DELETE : MarkKind.REPLACE;
                case "Caret" -> contents.isEmpty() || contents.equals("¶") || "P".equals(a.getCOSObject().getNameAsString(COSName.SY))
                        ? MarkKind.SPLIT : MarkKind.INSERT;
                default -> MarkKind.QUERY;
            };
        };
        if (kind == MarkKind.REPLACE && contents.isEmpty()) kind = MarkKind.DELETE;
        if (kind == MarkKind.INSERT && contents.isEmpty()) kind = MarkKind.SPLIT;
        Anchor anchor = switch (kind) {
            case INSERT, SPLIT -> point(f, doc, issue, false);
            case JOIN -> {
                Anchor drawn = range(f, doc, issue, true);
                yield drawn != null ? drawn : point(f, doc, issue, true);
            }
            default -> range(f, doc, issue, false);
        };
        String text = switch (kind) {
            case REPLACE, INSERT -> contents;
            case QUERY -> contents.isEmpty() ? Msg.get("proof.import.check") : contents;
            default -> null;
        };
        if (anchor == null) {
            // on no text: a query at the nearest line, saying where the annotation was
            off[0] = true;
            PDRectangle r = a.getRectangle();
            PageFormat fmt = doc.pages().get(f.page()).format();
            int x = xMpt(fmt, r.getLowerLeftX()), y = yMpt(fmt, r.getUpperRightY());
            String where = Msg.get("proof.import.where", doc.pages().get(f.page()).folio(),
                    String.format(Locale.ROOT, "%.0f", Mpt.toMm(x)), String.format(Locale.ROOT, "%.0f", Mpt.toMm(y)));
            String said = (kind.hasText() && text != null ? text : kind.sign());
            anchor = nearest(doc, issue, f.page(), x, y);
            text = where + said;
            kind = MarkKind.QUERY;
        }
        // a 调's second range comes with its grouped annotation; until then the first stands in (see PENDING)
        return new Mark(id, round, reader, kind, anchor, kind == MarkKind.SWAP ? anchor : null, text, colour, MarkStatus.OPEN,
                List.of(), created);
    }

    /**
     * The characters whose middles the annotation's quadrilaterals (or its rectangle) cover, in the first block hit, or
     * for {@code lastBlock} (a 接排 drawn from the end of one paragraph into the next) the last one.
     */
    private static Anchor range(Found f, Document doc, Issue issue, boolean lastBlock) {
        PageFormat fmt = doc.pages().get(f.page()).format();
        List<int[]> boxes = boxes(f.annotation(), fmt);
        List<PrintedLine> lines = PrintedLine.of(doc.pages().get(f.page()), f.page());
        String article = null;
        int block = 0, start = Integer.MAX_VALUE, end = -1;
        boolean moved = false;
        for (int[] b : boxes) {
            for (PrintedLine l : lines) {
                if (l.articleId().isEmpty()) continue;
                int mid = (l.top() + l.bottom()) / 2;
                if (mid < b[1] || mid > b[3]) continue;
                for (int i = 0; i < l.length(); i++) {
                    int cx = (l.xAt(i) + l.xEnd(i)) / 2;
                    if (cx < b[0] || cx > b[2]) continue;
                    SourceRef s = l.sourceAt(i);
                    if (article == null || (lastBlock && s.articleId().equals(article) && s.block() > block)) {
                        moved = article != null;
                        article = s.articleId();
                        block = s.block();
                        start = Integer.MAX_VALUE;
                        end = -1;
                    }
                    if (!s.articleId().equals(article) || s.block() != block) continue;
                    start = Math.min(start, s.offset());
                    end = Math.max(end, s.offset() + Character.charCount(l.text().codePointAt(l.text().offsetByCodePoints(0, i))));
                }
            }
        }
        if (article == null) return null;
        Anchor a = anchor(issue, article, block, start, end);
        // the proof's words under a 接排 over two paragraphs are more than its anchor's: nothing to compare
        return a == null ? null : moved ? a : checked(a, f, issue);
    }

    /**
     * The anchor found on the layout as it stands, checked against the words the proof itself prints under the
     * annotation: when the text moved since the proof was made (the editor carried out other marks), the words are
     * looked for by their quote near where the layout put them, and that anchor is taken instead.
     */
    private static Anchor checked(Anchor a, Found f, Issue issue) {
        String printed;
        try {
            printed = printedUnder(f);
        } catch (IOException | RuntimeException e) {
            return a;   // no text to compare with: the layout's answer stands
        }
        if (printed.isEmpty() || printed.equals(a.quote().replaceAll("\\s+", ""))) return a;
        int start = a.start();
        String text = Anchors.text(issue.article(a.articleId()).orElseThrow(), a.block());
        if (text == null) return a;
        start = Math.max(0, Math.min(start, text.length() - printed.length()));
        if (start < 0) return a;
        Anchors.Resolved r = Anchors.resolve(issue, new Anchor(a.articleId(), a.block(), start, start + printed.length(), printed, "", ""));
        if (r.orphaned()) return a;
        Anchor again = anchor(issue, r.articleId(), r.block(), r.start(), r.end());
        return again == null ? a : again;
    }

    /** The proof's own text under the annotation's quadrilaterals: each glyph whose middle they cover. */
    private static String printedUnder(Found f) throws IOException {
        PDAnnotationMarkup a = f.annotation();
        float[] q = quadPoints(a);
        if (q == null || q.length < 8) return "";
        float pageTop = f.pdfPage().getMediaBox().getUpperRightY();
        org.apache.pdfbox.text.PDFTextStripperByArea strip = new org.apache.pdfbox.text.PDFTextStripperByArea();
        strip.setSortByPosition(true);
        int n = 0;
        for (int i = 0; i + 7 < q.length; i += 8) {
            float[] b = quadBounds(q, i);
            float minX = b[0], minY = b[1], maxX = b[2], maxY = b[3];
            float em = (maxY - minY) * 0.9f;
            // a glyph whose middle lies in the quad starts up to half an em before it; its baseline is inside
            strip.addRegion("q" + n++, new java.awt.geom.Rectangle2D.Float(minX - em / 2, pageTop - maxY, maxX - minX, maxY - minY));
        }
        strip.extractRegions(f.pdfPage());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(strip.getTextForRegion("q" + i).replaceAll("\\s+", ""));
        return sb.toString();
    }

    /**
     * The point between characters nearest the middle of the annotation (a caret), or, for {@code leftEdge}, nearest the
     * left end of its first quadrilateral (a 接排 highlight starts at its point).
     */
    private static Anchor point(Found f, Document doc, Issue issue, boolean leftEdge) {
        PageFormat fmt = doc.pages().get(f.page()).format();
        int[] b = boxes(f.annotation(), fmt).get(0);
        int x = leftEdge ? b[0] : (b[0] + b[2]) / 2, y = (b[1] + b[3]) / 2;
        PrintedLine best = null;
        for (PrintedLine l : PrintedLine.of(doc.pages().get(f.page()), f.page())) {
            if (l.articleId().isEmpty()) continue;
            int slack = (l.bottom() - l.top()) / 3;
            if (y < l.top() - slack || y > l.bottom() + slack || x < l.x() - l.size() || x > l.right() + l.size()) continue;
            if (best == null || Math.abs(l.baseline() - y) < Math.abs(best.baseline() - y)) best = l;
        }
        if (best == null) return null;
        int n = best.length();
        int i = 0;
        while (i < n && (best.xAt(i) + best.xEnd(i)) / 2 < x) i++;
        SourceRef s;
        int offset;
        if (i < n) {
            s = best.sourceAt(i);
            offset = s.offset();
        } else {
            s = best.sourceAt(n - 1);
            offset = s.offset() + Character.charCount(best.text().codePointBefore(best.text().length()));
        }
        return anchor(issue, s.articleId(), s.block(), offset, offset);
    }

    /** A point at the start of the page's line nearest (x, y), or the first article's title when the page has no text. */
    private static Anchor nearest(Document doc, Issue issue, int page, int x, int y) {
        PrintedLine best = null;
        long bestD = Long.MAX_VALUE;
        for (PrintedLine l : PrintedLine.of(doc.pages().get(page), page)) {
            if (l.articleId().isEmpty()) continue;
            long dy = Math.abs(l.baseline() - y), dx = x < l.x() ? l.x() - x : x > l.right() ? x - l.right() : 0;
            if (dx * dx + dy * dy < bestD) {
                bestD = dx * dx + dy * dy;
                best = l;
            }
        }
        if (best != null) {
            SourceRef s = best.sourceAt(0);
            Anchor a = anchor(issue, s.articleId(), s.block(), s.offset(), s.offset());
            if (a != null) return a;
        }
        Article first = issue.sections().stream().flatMap(sec -> sec.articles().stream()).findFirst()
                .orElseGet(() -> issue.shortItems().get(0));
        return Anchor.in(first.id(), -1, first.title(), 0, 0);
    }

    private static Anchor anchor(Issue issue, String articleId, int block, int start, int end) {
        Optional<Article> a = issue.article(articleId);
        if (a.isEmpty()) return null;
        String text = Anchors.text(a.get(), block);
        if (text == null || start < 0 || end > text.length() || end < start) return null;
        return Anchor.in(articleId, block, text, start, end);
    }

    /** The annotation's /QuadPoints, on text markup and on the notes ProofPdf writes; null when it has none. */
    private static float[] quadPoints(PDAnnotationMarkup a) {
        return a instanceof PDAnnotationTextMarkup tm ? tm.getQuadPoints()
                : a.getCOSObject().getDictionaryObject(COSName.QUADPOINTS) instanceof org.apache.pdfbox.cos.COSArray arr ? arr.toFloatArray() : null;
    }

    /** The bounds {minX, minY, maxX, maxY} of the quadrilateral at {@code q[i..i+7]}. */
    private static float[] quadBounds(float[] q, int i) {
        float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (int k = 0; k < 8; k += 2) {
            minX = Math.min(minX, q[i + k]);
            maxX = Math.max(maxX, q[i + k]);
            minY = Math.min(minY, q[i + k + 1]);
            maxY = Math.max(maxY, q[i + k + 1]);
        }
        return new float[] {minX, minY, maxX, maxY};
    }

    /** The annotation's quadrilaterals (else its rectangle) as millipoint boxes {left, top, right, bottom}. */
    private static List<int[]> boxes(PDAnnotationMarkup a, PageFormat f) {
        List<int[]> out = new ArrayList<>();
        // text markup has /QuadPoints; ProofPdf gives its notes them too, for the quoted words under the icon
        float[] q = quadPoints(a);
        if (q != null) {
            for (int i = 0; i + 7 < q.length; i += 8) {
                float[] b = quadBounds(q, i);
                float minX = b[0], minY = b[1], maxX = b[2], maxY = b[3];
                out.add(new int[] {xMpt(f, minX), yMpt(f, maxY), xMpt(f, maxX), yMpt(f, minY)});
            }
        }
        if (out.isEmpty()) {
            PDRectangle r = a.getRectangle();
            out.add(new int[] {xMpt(f, r.getLowerLeftX()), yMpt(f, r.getUpperRightY()), xMpt(f, r.getUpperRightX()), yMpt(f, r.getLowerLeftY())});
        }
        return out;
    }

    static int xMpt(PageFormat f, float pt) { return Math.round(pt * 1000) - f.bleed(); }

    static int yMpt(PageFormat f, float pt) { return f.trimHeight() + f.bleed() - Math.round(pt * 1000); }

    private static String colour(PDColor c) {
        if (c == null) return DEFAULT_COLOUR;
        float[] v = c.getComponents();
        if (v.length != 3) return DEFAULT_COLOUR;
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(v[0] * 255), Math.round(v[1] * 255), Math.round(v[2] * 255));
    }

    private static Instant time(PDAnnotationMarkup a, Instant fallback) {
        var c = a.getCreationDate();
        if (c != null) return c.toInstant();
        return fallback;
    }

    static Map<String, Mark> byId(List<Mark> marks) {
        Map<String, Mark> m = new LinkedHashMap<>();
        for (Mark x : marks) m.put(x.id(), x);
        return m;
    }
}
