package cn.paiban.layout;

import cn.paiban.display.PageFormat;
import java.util.Map;

/**
 * The journal's page design as read from {@code template.json}: trim and bleed, the body grid, styles by
 * block type, running heads, folios and the opening/continuation masters. All lengths in millipoints.
 */
public record Template(
        String name,
        PageFormat format,
        int marginTop,
        int marginInside,
        LineGrid grid,
        Map<String, Style> styles,
        RunningHeadStyle runningHead,
        FolioStyle folio,
        Map<String, PageMaster> masters,
        BoxStyle leadBox,
        BoxStyle noticeBox,
        Map<String, LineGrid> kindGrids) {

    public Template {
        styles = Map.copyOf(styles);
        masters = Map.copyOf(masters);
        kindGrids = Map.copyOf(kindGrids);
    }

    /** The grid an article kind is set on (e.g. "editorial", "news"); the body grid unless the template names one. */
    public LineGrid gridFor(String kind) { return kindGrids.getOrDefault(kind, grid); }

    /** The body style of an article kind: "editorialBody" for the editorial if the template has it, else "body". */
    public String bodyStyleFor(String kind) {
        return styles.containsKey(kind + "Body") ? kind + "Body" : "body";
    }

    /** Left edge of a (possibly narrower) grid, centred in the body text area. */
    public int textLeft(int folio, LineGrid g) { return textLeft(folio) + (grid.textWidth() - g.textWidth()) / 2; }

    /** The style of a block type; a missing one is a template error, named. */
    public Style style(String key) {
        Style s = styles.get(key);
        if (s == null) throw new TemplateException(cn.paiban.i18n.Msg.get("limits.template.no-style", name, key));
        return s;
    }

    /**
     * The template's font fields naming no role of {@code roles}, as "field path → role" (styles.kicker.font →
     * fangsong), so a typo is reported with its field instead of failing deep inside the composer.
     */
    public Map<String, String> unknownFonts(java.util.Collection<String> roles) {
        Map<String, String> unknown = new java.util.TreeMap<>();
        styles.forEach((k, st) -> {
            if (!roles.contains(st.font())) unknown.put("styles." + k + ".font", st.font());
        });
        if (runningHead != null && !roles.contains(runningHead.font())) unknown.put("runningHead.font", runningHead.font());
        if (folio != null && !roles.contains(folio.font())) unknown.put("folio.font", folio.font());
        return unknown;
    }

    public PageMaster master(String key) {
        PageMaster m = masters.get(key);
        if (m == null) throw new TemplateException(cn.paiban.i18n.Msg.get("limits.template.no-master", name, key));
        return m;
    }

    /** Left edge of the text area on a page: the inside margin is on the left of odd (recto) pages. */
    public int textLeft(int folio) {
        int outside = format.trimWidth() - marginInside - grid.textWidth();
        return folio % 2 == 1 ? marginInside : outside;
    }

    /**
     * One text style. {@code leading} is the line pitch where the style is set off the grid (titles);
     * {@code spaceBefore}/{@code spaceAfter} are whole grid lines.
     */
    public record Style(String font, int size, int leading, Align align, int indentEm, int spaceBefore, int spaceAfter) {
        public int indent() { return indentEm * size; }
    }

    public enum Align { JUSTIFY, LEFT, CENTER, RIGHT }

    public record RunningHeadStyle(String font, int size, int baselineFromTop, int rule, int ruleGap,
                                   String sectionFormat, String journalFormat) {}

    public record FolioStyle(String font, int size, int baselineFromBottom, String format, String position) {}

    /** What a master page shows: which head on even and odd pages ("section", "journal" or "none"). */
    public record PageMaster(String evenHead, String oddHead, int titleGapLines) {}

    public record BoxStyle(int rule, int padding, String label) {}
}
