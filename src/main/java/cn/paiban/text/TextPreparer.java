package cn.paiban.text;

import cn.paiban.font.Face;
import cn.paiban.font.FontBook;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a paragraph: faces from the role's fallback chain, set boxes for marks by their ink side,
 * adjacent-mark compression, Han–Latin spacing and break opportunities (clreq 3.1–3.2, 3.8).
 */
final class TextPreparer {
    private final FontBook fonts;

    TextPreparer(FontBook fonts) {
        this.fonts = fonts;
    }

    PreparedParagraph prepare(String text, TextStyle style, CompositionRules rules) {
        int em = style.size();
        int n = text.codePointCount(0, text.length());
        int[] offset = new int[n], cp = new int[n];
        for (int i = 0, o = 0; i < n; i++) {
            offset[i] = o;
            cp[i] = text.codePointAt(o);
            o += Character.charCount(cp[i]);
        }
        CharKind[] kind = new CharKind[n];
        for (int i = 0; i < n; i++) kind[i] = Character.isISOControl(cp[i]) ? CharKind.SPACE : CharKind.of(cp[i]);

        FontBook.Chooser faces = fonts.chooser(style.fontRole());
        Face primary = faces.primary();
        Face[] face = new Face[n];
        int[] box = new int[n], shift = new int[n], advance = new int[n], startTrim = new int[n], endTrim = new int[n];
        int[] gid = new int[n]; // 0: the cmap's glyph; > 0: a GSUB form; -1: covered by the ligature before it
        List<MissingGlyph> missing = new ArrayList<>();
        PunctuationStyle ps = rules.punctuation();
        int half = em / 2;
        Face lastFace = null;
        cn.paiban.font.FaceMetrics lastMetrics = null;
        for (int i = 0; i < n; i++) {
            int c = cp[i];
            if (isIgnorable(c)) { // variation selectors, joiners: no width, drawn with their base
                face[i] = i > 0 ? face[i - 1] : primary;
                continue;
            }
            Face f = faces.faceFor(c);
            if (f != lastFace) {
                lastFace = f;
                lastMetrics = f == null ? null : fonts.metrics(f);
            }
            if (kind[i] == CharKind.SPACE) {
                face[i] = f != null ? f : primary;
                int adv = f != null ? lastMetrics.advance(c, em) : 0;
                boolean hanBefore = i > 0 && kind[i - 1] != CharKind.WESTERN && kind[i - 1] != CharKind.SPACE;
                boolean hanAfter = i + 1 < n && kind[i + 1] != CharKind.WESTERN && kind[i + 1] != CharKind.SPACE;
                // Between two Chinese phrases a space is meant to show (奋楫开新局 逐梦向未来): ½ em.
                // Beside Latin or digits it stands for the ¼ em Han–Latin space (第 17 页).
                box[i] = hanBefore && hanAfter ? half : hanBefore || hanAfter || adv <= 0 ? em / 4 : adv;
                continue;
            }
            int adv;
            if (f == null) {
                missing.add(new MissingGlyph(offset[i], c));
                face[i] = primary;
                adv = kind[i] == CharKind.WESTERN ? half : em; // a placeholder keeps its place
            } else {
                face[i] = f;
                int local = lastMetrics.forms().local(c); // locl zh-Hans: the Chinese form where it differs
                if (local > 0 && kind[i] != CharKind.DASH) {
                    gid[i] = local;
                    adv = scale(lastMetrics.glyphAdvance(local), em);
                } else {
                    adv = lastMetrics.advance(c, em);
                }
            }
            advance[i] = adv;
            switch (kind[i]) {
                case OPENING, CLOSING, STOP -> {
                    boolean halfWidth = ps == PunctuationStyle.KAIMING && !isFullStop(c);
                    box[i] = halfWidth ? half : em;
                    shift[i] = kind[i] == CharKind.OPENING ? box[i] - adv : 0; // ink right / left
                    if (ps != PunctuationStyle.FULL_WIDTH && !halfWidth) {
                        if (kind[i] == CharKind.OPENING && rules.trimLineStartOpening()) startTrim[i] = half;
                        if (kind[i] != CharKind.OPENING && ps == PunctuationStyle.LINE_END_HALF) endTrim[i] = half;
                    }
                }
                case HAN -> {
                    box[i] = adv > 0 ? em : 0;
                    shift[i] = adv > 0 && adv < em ? (em - adv) / 2 : 0;
                }
                case MIDDLE_DOT -> {
                    box[i] = Math.max(adv, half);
                    shift[i] = (box[i] - adv) / 2;
                }
                case DASH, ELLIPSIS -> box[i] = adv; // set as runs below
                default -> box[i] = adv;
            }
        }
        fullWidthDashes(kind, cp, face, gid, box, advance, em);
        setDashRuns(kind, box, shift, em);

        int[] gap = new int[n], shrink = new int[n], flex = new int[n];
        boolean[] charStretch = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            CharKind p = kind[i], q = kind[i + 1];
            if (ps != PunctuationStyle.FULL_WIDTH && p.hasBlank() && q.hasBlank()) {
                int blank = (p.closingLike() && box[i] == em ? half : 0) + (q == CharKind.OPENING && box[i + 1] == em ? half : 0);
                int keep = p.closingLike() && q == CharKind.OPENING ? half : 0;
                if (blank > keep) gap[i] = keep - blank; // ”， → 1.5 em; 。「 → 1.5 em; 「『 → 1.5 em
            }
            if (rules.hanLatinSpacing() && ((p == CharKind.HAN && q == CharKind.WESTERN && CharKind.spacedFromHan(cp[i + 1]))
                    || (q == CharKind.HAN && p == CharKind.WESTERN && CharKind.spacedFromHan(cp[i])))) {
                gap[i] = em / 4;
                shrink[i] = em / 8;
                flex[i] = em / 8;
            }
            if (p == CharKind.SPACE) {
                shrink[i] = box[i] / 3;
                flex[i] = box[i] / 2;
            }
            boolean inWord = p == CharKind.WESTERN && q == CharKind.WESTERN;
            boolean inRun = (p == CharKind.DASH || p == CharKind.ELLIPSIS) && q == p;
            charStretch[i] = !inWord && !inRun && q != CharKind.SPACE && box[i + 1] > 0;
        }
        boolean[] url = UrlSpans.inside(text, offset);
        boolean[] canBreak = BreakOpportunities.find(text, offset, cp, kind, rules.level(), url);
        boolean[] urlStretch = new boolean[n];
        for (int i = 0; i + 1 < n; i++) urlStretch[i] = url[i] && url[i + 1] && canBreak[i];
        return new PreparedParagraph(text, em, offset, cp, gid, face, kind, box, shift, advance, startTrim, endTrim, gap, shrink,
                flex, charStretch, urlStretch, canBreak, missing, rules.grid());
    }

    /**
     * —— takes its full-width forms from the face's GSUB (locl zh-Hans, fwid, then the ccmp ligature that makes two
     * of them one unbroken 2-em rule): where the forms fill the run's ems exactly, they replace the cmap's
     * glyphs, each drawn at the left of its em box ({@link #setDashRuns} then finds nothing to centre); a face
     * without such forms keeps the centred cmap glyphs.
     */
    private void fullWidthDashes(CharKind[] kind, int[] cp, Face[] face, int[] gid, int[] box, int[] advance, int em) {
        int n = kind.length;
        for (int i = 0; i < n; ) {
            if (kind[i] != CharKind.DASH || face[i] == null || advance[i] == 0) { i++; continue; }
            int j = i;
            while (j < n && kind[j] == CharKind.DASH && face[i].equals(face[j])) j++;
            cn.paiban.font.FaceMetrics m = fonts.metrics(face[i]);
            int[] forms = m.forms().fullWidthRun(cp, i, j);
            long total = 0;
            boolean changed = false;
            int[] adv = new int[j - i];
            for (int k = i; k < j; k++) {
                int g = forms[k - i];
                adv[k - i] = g > 0 ? scale(m.glyphAdvance(g), em) : g < 0 ? 0 : advance[k];
                total += adv[k - i];
                changed |= g != 0;
            }
            if (changed && Math.abs(total - (long) (j - i) * em) <= j - i) {
                for (int k = i; k < j; k++) {
                    gid[k] = forms[k - i];
                    advance[k] = adv[k - i];
                    box[k] = em; // the forms fill whole ems: setDashRuns leaves them where they are
                }
            }
            i = j;
        }
    }

    private static int scale(int perMille, int em) { return (int) Math.round(perMille * (long) em / 1000.0); }

    /** —— and ……: each mark a whole em, the run's ink centred and continuous (Noto's — is 0.89 em wide). */
    private static void setDashRuns(CharKind[] kind, int[] box, int[] shift, int em) {
        int n = kind.length;
        for (int i = 0; i < n; ) {
            if (kind[i] != CharKind.DASH && kind[i] != CharKind.ELLIPSIS) { i++; continue; }
            int j = i;
            while (j < n && kind[j] == kind[i]) j++;
            int k = j - i;
            int adv = box[i];
            if (adv > 0 && adv <= em) {
                int start = k * (em - adv) / 2;
                for (int m = 0; m < k; m++) {
                    box[i + m] = em;
                    shift[i + m] = start + m * (adv - em);
                }
            } else if (adv > em) { // a two-em dash ⸺ in one glyph
                for (int m = 0; m < k; m++) {
                    int b = (box[i + m] + em - 1) / em * em;
                    shift[i + m] = (b - box[i + m]) / 2;
                    box[i + m] = b;
                }
            }
            i = j;
        }
    }

    private static boolean isFullStop(int c) {
        return c == '。' || c == '！' || c == '？' || c == '｡';
    }

    private static boolean isIgnorable(int c) {
        return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x200B || c == 0x200C
                || c == 0x200D || c == 0x2060 || c == 0xFEFF;
    }

}
