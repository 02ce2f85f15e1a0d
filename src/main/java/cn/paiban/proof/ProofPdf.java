package cn.paiban.proof;

import cn.paiban.display.Document;
import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.display.PageFormat;
import cn.paiban.font.FontBook;
import cn.paiban.geom.Mpt;
import cn.paiban.model.Issue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationCaret;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationStrikeout;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

/**
 * The proof PDF (校样) of a round: the pages as they stand with the round in the margin (一校样 …), and every open mark
 * of the round as a standard PDF annotation that Acrobat and 福昕 show and that {@link ProofImport} reads back: StrikeOut
 * for 删 and 改 (the replacement in the contents), Caret for 增 (the insertion in the contents) and 另起段, Highlight for
 * 调 (the second range a Highlight grouped with the first, /RT /Group) and 接排, Text for 疑 (over the quoted words, the
 * question in the contents). Author (/T) the proofreader, subject (/Subj) the mark's sign, name (/NM) its id, colour its
 * colour; replies are Text annotations in reply to it (/IRT). The print export never goes through here.
 */
public final class ProofPdf {
    private ProofPdf() {}

    /** What was written: annotations of marks, and marks whose words are on no page (orphaned) and so left out. */
    public record Written(byte[] pdf, int marks, int annotations, List<Mark> unplaced) {}

    /** Writes a display list as PDF bytes (the one PDF renderer, however the caller reaches it). */
    public interface Renderer {
        byte[] render(Document doc) throws IOException;
    }

    /** The marks a proof of {@code round} shows: the open ones of the round, of {@code reader} only when not null. */
    public static List<Mark> openMarks(Marks marks, int round, String reader) {
        return marks.ofRound(round).stream()
                .filter(m -> m.status() == MarkStatus.OPEN && (reader == null || m.reader().equals(reader))).toList();
    }

    /**
     * The proof of {@code round} as {@code paiban proof --round} and the editor's 输出校样 both make it: {@code doc} (the
     * issue typeset as it stands, from {@code issue}) with the round in the margin, rendered, and the open marks of the
     * round (of {@code reader}, when not null) added as annotations.
     */
    public static Written make(Document doc, Issue issue, Marks marks, int round, String reader, FontBook fonts, Renderer renderer)
            throws IOException {
        byte[] pdf = renderer.render(withRound(doc, round, fonts));
        return annotate(pdf, doc, issue, openMarks(marks, round, reader));
    }

    /** {@code doc} with the round's name in the head margin of every page: 一校样 on the outer side, small and red. */
    public static Document withRound(Document doc, int round, FontBook fonts) {
        String label = RoundNames.proof(round);
        List<Page> pages = new ArrayList<>();
        for (Page p : doc.pages()) {
            List<Item> items = new ArrayList<>(p.items());
            int size = Mpt.pt(9);
            boolean odd = Math.floorMod(p.folio(), 2) == 1;
            int w = p.format().trimWidth();
            items.add(MarginText.run(fonts, label, odd ? w - Mpt.mm(8) : Mpt.mm(8), Mpt.mm(7), size, new Ink(0, 100, 100, 0), odd));
            pages.add(new Page(p.folio(), p.format(), items, p.blank()));
        }
        return new Document(doc.title(), doc.subject(), doc.date(), pages);
    }

    /**
     * Adds the annotations of {@code marks} to {@code pdf}, the rendering of {@code doc} (one PDF page per page, no crop
     * marks); {@code issue} is the text {@code doc} was set from, where the marks' words are found.
     */
    public static Written annotate(byte[] pdf, Document doc, Issue issue, List<Mark> marks) throws IOException {
        if (marks.isEmpty()) return new Written(pdf, 0, 0, List.of());   // nothing to add: the rendered bytes as they are
        int count = 0;
        List<Mark> unplaced = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (Mark m : marks) {
                Optional<Anchors.Place> place = Anchors.place(doc, issue, Anchors.resolve(issue, m));
                if (place.isEmpty()) {
                    unplaced.add(m);
                    continue;
                }
                List<Anchors.Span> spans = place.get().spans();
                PDAnnotationMarkup main = switch (m.kind()) {
                    case DELETE, REPLACE -> markup(new PDAnnotationStrikeout(), spans, doc);
                    case SWAP, JOIN -> translucent(markup(new PDAnnotationHighlight(), spans, doc));
                    case INSERT, SPLIT -> caret(spans.get(0), doc);
                    case QUERY -> note(spans, doc);
                };
                int pageIndex = spans.get(0).page();
                describe(main, m, m.kind().hasText() ? m.text() : "");
                main.setAnnotationName(m.id());
                add(d, pageIndex, main);
                count++;
                if (m.kind() == MarkKind.SWAP) {
                    Optional<Anchors.Place> second = Anchors.place(doc, issue, Anchors.resolve(issue, m.second()));
                    if (second.isPresent()) {
                        PDAnnotationMarkup other = translucent(markup(new PDAnnotationHighlight(), second.get().spans(), doc));
                        describe(other, m, "");
                        other.setInReplyTo(main);
                        other.setReplyType(PDAnnotationMarkup.RT_GROUP);
                        other.setAnnotationName(m.id() + "/2");
                        add(d, second.get().spans().get(0).page(), other);
                        count++;
                    }
                }
                int n = 0;
                for (Reply r : m.replies()) {
                    PDAnnotationText reply = new PDAnnotationText();
                    reply.setRectangle(main.getRectangle());
                    reply.setTitlePopup(r.author());
                    reply.setContents(r.text());
                    reply.setCreationDate(calendar(r.time()));
                    reply.setModifiedDate(calendar(r.time()));
                    reply.setInReplyTo(main);
                    reply.setReplyType(PDAnnotationMarkup.RT_REPLY);
                    reply.setAnnotationName(m.id() + "/r" + (++n));
                    reply.setColor(colour(m.colour()));
                    reply.setPrinted(true);
                    reply.setNoZoom(true);
                    reply.constructAppearances(d);
                    add(d, pageIndex, reply);
                    count++;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            d.save(out);
            return new Written(out.toByteArray(), marks.size() - unplaced.size(), count, List.copyOf(unplaced));
        }
    }

    private static void add(PDDocument d, int pageIndex, PDAnnotationMarkup a) throws IOException {
        PDPage page = d.getPage(pageIndex);
        a.setPage(page);
        a.constructAppearances(d);
        page.getAnnotations().add(a);
    }

    private static void describe(PDAnnotationMarkup a, Mark m, String contents) {
        a.setTitlePopup(m.reader());
        a.setSubject(m.kind().sign());
        a.setContents(contents);
        a.setColor(colour(m.colour()));
        a.setCreationDate(calendar(m.created()));
        a.setModifiedDate(calendar(m.created()));
        a.setPrinted(true);
    }

    /** StrikeOut or Highlight over the spans: one quadrilateral per line piece, the rectangle around them all. */
    private static PDAnnotationMarkup markup(PDAnnotationMarkup a, List<Anchors.Span> spans, Document doc) {
        int page = spans.get(0).page();
        List<Float> quads = new ArrayList<>();
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        PageFormat f = doc.pages().get(page).format();
        for (Anchors.Span s : spans) {
            if (s.page() != page) continue;   // a range across a page turn: its first page carries it
            int x2 = Math.max(s.x2(), s.x1() + s.size() / 4);
            float l = x(f, s.x1()), r = x(f, x2), top = y(f, s.baseline() - s.size() * 22 / 25), bottom = y(f, s.baseline() + s.size() / 8);
            // Acrobat's order: upper left, upper right, lower left, lower right
            for (float v : new float[] {l, top, r, top, l, bottom, r, bottom}) quads.add(v);
            minX = Math.min(minX, l);
            maxX = Math.max(maxX, r);
            minY = Math.min(minY, bottom);
            maxY = Math.max(maxY, top);
        }
        float[] q = new float[quads.size()];
        for (int i = 0; i < q.length; i++) q[i] = quads.get(i);
        ((org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup) a).setQuadPoints(q);
        a.setRectangle(new PDRectangle(minX - 1, minY - 1, maxX - minX + 2, maxY - minY + 2));
        return a;
    }

    /** A caret at the point: a quarter em wide, from the baseline down a little, centred on the point. */
    private static PDAnnotationMarkup caret(Anchors.Span s, Document doc) {
        PageFormat f = doc.pages().get(s.page()).format();
        PDAnnotationCaret c = new PDAnnotationCaret();
        float w = s.size() / 3000f;
        c.setRectangle(new PDRectangle(x(f, s.x1()) - w, y(f, s.baseline() + s.size() / 5), 2 * w, s.size() * 0.5f / 1000f));
        return c;
    }

    /**
     * A note icon (8 pt) just above the start of the quoted words, which stay readable; the words themselves as
     * /QuadPoints, a key Text annotations do not define and viewers ignore, so that proof-import finds the same range.
     */
    private static PDAnnotationMarkup note(List<Anchors.Span> spans, Document doc) {
        Anchors.Span s = spans.get(0);
        PageFormat f = doc.pages().get(s.page()).format();
        PDAnnotationText t = new PDAnnotationText();
        float top0 = y(f, s.baseline() - s.size() * 22 / 25);
        t.setRectangle(new PDRectangle(x(f, s.x1()) - 4, top0, 8, 8));
        org.apache.pdfbox.cos.COSArray q = new org.apache.pdfbox.cos.COSArray();
        for (Anchors.Span p : spans) {
            if (p.page() != s.page()) continue;
            int x2 = Math.max(p.x2(), p.x1() + p.size() / 4);
            float l = x(f, p.x1()), r = x(f, x2), top = y(f, p.baseline() - p.size() * 22 / 25), bottom = y(f, p.baseline() + p.size() / 8);
            for (float v : new float[] {l, top, r, top, l, bottom, r, bottom}) q.add(new org.apache.pdfbox.cos.COSFloat(v));
        }
        t.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.QUADPOINTS, q);
        t.setName(PDAnnotationText.NAME_COMMENT);
        t.setNoZoom(true);
        return t;
    }

    /** A highlight the words show through. */
    private static PDAnnotationMarkup translucent(PDAnnotationMarkup a) {
        a.setConstantOpacity(0.35f);
        return a;
    }

    /** Display-list millipoints (trim top-left, y down) → PDF points (media bottom-left, y up), as the PDF renderer maps them. */
    static float x(PageFormat f, int mpt) { return (f.bleed() + mpt) / 1000f; }

    static float y(PageFormat f, int mpt) { return (f.trimHeight() + f.bleed() - mpt) / 1000f; }

    static PDColor colour(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new PDColor(new float[] {(rgb >> 16 & 255) / 255f, (rgb >> 8 & 255) / 255f, (rgb & 255) / 255f}, PDDeviceRGB.INSTANCE);
    }

    static Calendar calendar(java.time.Instant t) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(t.toEpochMilli());
        return c;
    }

    static boolean isMarkup(PDAnnotation a) { return a instanceof PDAnnotationMarkup; }
}
