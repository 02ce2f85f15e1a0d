package cn.paiban.typeset;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import cn.paiban.i18n.Msg;
import cn.paiban.image.ImageException;
import cn.paiban.image.ImageFile;
import cn.paiban.layout.Finding;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Article;
import cn.paiban.model.Author;
import cn.paiban.model.Issue;
import cn.paiban.model.PagePlan;
import cn.paiban.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one validation of an issue, whatever asks for it: {@code paiban export}, {@code preflight}, {@code render},
 * the editor's preview and its export all typeset through {@link #typeset}, so they see the same findings, and
 * what blocks an export ({@link #blocking}) blocks it everywhere.
 *
 * <p>It adds to the layout's own findings (overset, jumps, images, templates…) what can only be seen on the
 * whole issue or its display list: control characters in the text, glyphs the PDF would drop, articles off
 * their planned page, a page count that cannot be saddle-stitched.
 */
public final class Preflight {
    private Preflight() {}

    /**
     * Typesets {@code issue} (images relative to {@code issueDir}, may be null) and adds every check below. The
     * document carries the issue's date, so its PDF is reproducible.
     */
    public static LayoutResult typeset(Typesetter typesetter, Issue issue, Path issueDir) {
        LayoutResult r = issueDir == null ? typesetter.typeset(issue) : typesetter.typeset(issue, issueDir);
        Document d = r.document();
        if (d.date() == null && issue.journal().publicationDate() != null) d = d.withDate(issue.journal().publicationDate());
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(check(issue, new LayoutResult(d, r.findings(), r.startPages()), typesetter.fonts(), issueDir));   // its findings: which articles are overset
        all.sort((a, b) -> a.severity().compareTo(b.severity()));   // not Comparator.comparing: its JDK lambda links on first use
        return new LayoutResult(d, all, r.startPages(), r.fits());
    }

    /** The findings that refuse an export (without --force): every ERROR. */
    public static List<Finding> blocking(LayoutResult r) {
        return r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
    }

    /** The checks on the whole issue and its display list, beside the layout's own findings. */
    public static List<Finding> check(Issue issue, LayoutResult layout, FontBook fonts) {
        return check(issue, layout, fonts, null);
    }

    private static final java.util.regex.Pattern CODE_POINT = java.util.regex.Pattern.compile("U\\+([0-9A-F]{4,6})");

    /** article/block/code point of each character the layout found no glyph for, keyed as {@link #check} keys them. */
    private static Set<String> alreadyNamed(List<Finding> layoutFindings) {
        Set<String> named = new HashSet<>();
        for (Finding f : layoutFindings) {
            if (!"findings.glyph.missing".equals(f.key())) continue;
            java.util.regex.Matcher m = CODE_POINT.matcher(f.message());
            if (m.find()) named.add(f.articleId() + "/" + f.block() + "/" + Integer.parseInt(m.group(1), 16));
        }
        return named;
    }

    /** Effective resolutions (ppi at the printed size) below which an image is a warning, and an error. */
    public static final int WARN_PPI = 250, ERROR_PPI = 150;

    /** As {@link #check(Issue, LayoutResult, FontBook)}, with the issue folder its images are read from. */
    public static List<Finding> check(Issue issue, LayoutResult layout, FontBook fonts, Path issueDir) {
        List<Finding> found = new ArrayList<>(controlCharacters(issue));
        found.addAll(images(layout, issueDir));
        Document doc = layout.document();
        if (doc.pages().size() % 4 != 0) {
            found.add(Finding.error("", -1, 0, "limits.pages-not-multiple-of-4", doc.pages().size()));
        }
        // a character the layout already named (with its paragraph and place) is not named again for its run
        Set<String> seen = alreadyNamed(layout.findings());
        // what each face covers, asked once per character: the editor runs this on every keystroke
        Map<Object, BitSet> covered = new java.util.IdentityHashMap<>(), missing = new java.util.IdentityHashMap<>();
        for (Page page : doc.pages()) {
            for (Item item : page.items()) {
                if (!(item instanceof Item.GlyphRun run)) continue;
                String text = run.text();
                if (fonts.isRare(run.face())) rareCharacters(run, page.folio(), fonts, seen, found);
                BitSet ok = covered.computeIfAbsent(run.face(), f -> new BitSet());
                BitSet not = missing.computeIfAbsent(run.face(), f -> new BitSet());
                if (allCovered(text, ok)) continue;
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    if (ok.get(cp) || Character.isWhitespace(cp) || Character.isISOControl(cp)) continue;
                    if (!not.get(cp)) {
                        if (fonts.metrics(run.face()).covers(cp)) {
                            ok.set(cp);
                            continue;
                        }
                        not.set(cp);
                    }
                    if (!seen.add(run.source().articleId() + "/" + run.source().block() + "/" + cp)) continue;
                    found.add(Finding.error(run.source().articleId(), run.source().block(), page.folio(),
                            "limits.missing-glyph", String.format("U+%04X", cp), Character.toString(cp), run.face().name()));
                }
            }
        }
        Set<String> overset = new HashSet<>();
        for (Finding f : layout.findings()) if ("findings.overset".equals(f.key())) overset.add(f.articleId());
        found.addAll(SetOver.find(issue, doc, fonts, overset));
        for (PagePlan.Entry e : issue.plan().entries()) {
            Integer actual = layout.startPages().get(e.articleId());
            if (e.startPage() != null && actual != null && !actual.equals(e.startPage())) {
                found.add(Finding.warning(e.articleId(), -1, actual, "limits.off-plan", actual, e.startPage()));
            }
        }
        return found;
    }

    /**
     * Characters the body faces lack, set in the rare-character face (花園明朝B): each a warning with its article,
     * paragraph and code point, once per paragraph, so that the proofreader checks its glyph. A character that face
     * lacks too stays an error (limits.missing-glyph).
     */
    private static void rareCharacters(Item.GlyphRun run, int folio, FontBook fonts, Set<String> seen, List<Finding> found) {
        String text = run.text();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || !fonts.metrics(run.face()).covers(cp)) continue;
            if (!seen.add("rare/" + run.source().articleId() + "/" + run.source().block() + "/" + cp)) continue;
            found.add(Finding.warning(run.source().articleId(), run.source().block(), folio, "typography.rare-glyph",
                    String.format("U+%04X", cp), Character.toString(cp), run.face().name(),
                    run.source().block() >= 0 ? Msg.get("typography.paragraph", run.source().block() + 1) : ""));
        }
    }

    /**
     * Every placed image decodes fully (a truncated JPEG printed grey) and has the resolution print needs at its
     * size on the page: under {@link #ERROR_PPI} an error, under {@link #WARN_PPI} a warning.
     */
    static List<Finding> images(LayoutResult layout, Path issueDir) {
        List<Finding> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Page page : layout.document().pages()) {
            for (Item item : page.items()) {
                if (!(item instanceof Item.Image img) || !seen.add(img.path())) continue;
                String art = img.source() == null ? "" : img.source().articleId();
                int block = img.source() == null ? -1 : img.source().block();
                String problem = ImageFile.problem(issueDir, img.path());
                if (problem != null) {
                    found.add(new Finding(Finding.Severity.ERROR, art, block, page.folio(), problem, "limits.image.undecodable"));
                    continue;
                }
                try {
                    ImageFile.Info info = ImageFile.probe(issueDir, img.path());
                    double wIn = img.rect().width() / 72000.0, hIn = img.rect().height() / 72000.0; // mpt → inches
                    int ppi = wIn <= 0 || hIn <= 0 ? Integer.MAX_VALUE
                            : (int) Math.floor(Math.min(info.width() / wIn, info.height() / hIn));
                    if (ppi < ERROR_PPI) {
                        found.add(Finding.error(art, block, page.folio(), "limits.image.resolution-too-low", img.path(), ppi));
                    } else if (ppi < WARN_PPI) {
                        found.add(Finding.warning(art, block, page.folio(), "limits.image.resolution-low", img.path(), ppi));
                    }
                } catch (ImageException e) {
                    found.add(new Finding(Finding.Severity.ERROR, art, block, page.folio(), e.getMessage(), e.key()));
                }
            }
        }
        return found;
    }

    private static boolean allCovered(String text, BitSet ok) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || !ok.get(c)) return false;
        }
        return true;
    }

    /**
     * C0/C1 control characters (BEL, ESC, NUL…; tab and line breaks aside) in any text the issue prints: the
     * fonts have no glyph for them, the PDF would drop them, and an ESC would reach the terminal as a command.
     */
    static List<Finding> controlCharacters(Issue issue) {
        List<Finding> found = new ArrayList<>();
        for (Section s : issue.sections()) control(found, s.id(), -1, "section-title", s.title());
        for (Article a : issue.allArticles()) {
            control(found, a.id(), -1, "kicker", a.kicker());
            control(found, a.id(), -1, "title", a.title());
            control(found, a.id(), -1, "subtitle", a.subtitle());
            control(found, a.id(), -1, "lead", a.lead());
            control(found, a.id(), -1, "source", a.source());
            control(found, a.id(), -1, "signature", a.signature());
            for (Author au : a.authors()) {
                control(found, a.id(), -1, "authors", au.name());
                control(found, a.id(), -1, "authors", au.affiliation());
            }
            for (int b = 0; b < a.body().size(); b++) {
                for (String text : cn.paiban.edit.TextSearch.pieces(a.body().get(b))) control(found, a.id(), b, "body", text);
            }
        }
        return found;
    }

    private static void control(List<Finding> found, String article, int block, String field, String text) {
        if (text == null) return;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                found.add(Finding.error(article, block, 0, "limits.control-char", Msg.get("limits.field." + field), String.format("U+%04X", (int) c),
                        i + 1));
                return; // one per text is enough to find it
            }
        }
    }
}
