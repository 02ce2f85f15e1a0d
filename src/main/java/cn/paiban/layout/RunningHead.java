package cn.paiban.layout;

import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.SourceRef;
import cn.paiban.model.Journal;
import cn.paiban.text.Composition;
import java.util.ArrayList;
import java.util.List;

/**
 * Running head and folio of a body page (GB/T 3179): on the outside edge, the section (·本期特稿·) or the
 * journal and issue (朔州经济  2023年第4期) as the page's master says for even and odd pages, with a rule
 * under it; the folio (·N·) at the foot. The section is the one actually on the page.
 */
final class RunningHead {
    private final Template t;
    private final Setter setter;
    private final Journal journal;

    RunningHead(Template t, Setter setter, Journal journal) {
        this.t = t;
        this.setter = setter;
        this.journal = journal;
    }

    List<Item> paint(int folio, String section, boolean opening) {
        List<Item> items = new ArrayList<>();
        Template.RunningHeadStyle rh = t.runningHead();
        Template.PageMaster m = t.master(opening ? "opening" : "continuation");
        String kind = folio % 2 == 0 ? m.evenHead() : m.oddHead();
        String text = switch (kind) {
            case "section" -> section == null ? null : rh.sectionFormat().replace("{section}", section);
            case "journal" -> journalLine();
            default -> null;
        };
        int left = t.textLeft(folio);
        int width = t.grid().textWidth();
        boolean outsideRight = folio % 2 == 1;
        if (text != null) {
            Template.Style st = new Template.Style(rh.font(), rh.size(), 0, outsideRight ? Template.Align.RIGHT
                    : Template.Align.LEFT, 0, 0, 0);
            items.addAll(line(text, st, left, width, rh.baselineFromTop()));
            int ruleY = rh.baselineFromTop() + rh.ruleGap() + rh.size() / 8;
            if (rh.rule() > 0) items.add(new Item.Rule(left, ruleY, left + width, ruleY, rh.rule(), Ink.BLACK));
        }
        Template.FolioStyle fs = t.folio();
        Template.Align fa = switch (fs.position()) {
            case "center" -> Template.Align.CENTER;
            default -> outsideRight ? Template.Align.RIGHT : Template.Align.LEFT;
        };
        Template.Style fst = new Template.Style(fs.font(), fs.size(), 0, fa, 0, 0, 0);
        items.addAll(line(fs.format().replace("{n}", Integer.toString(folio)), fst, left, width,
                t.format().trimHeight() - fs.baselineFromBottom()));
        return items;
    }

    String journalLine() {
        return t.runningHead().journalFormat().replace("{journal}", journal.name())
                .replace("{year}", Integer.toString(journal.year()))
                .replace("{issue}", Integer.toString(journal.issueNumber()));
    }

    private List<Item> line(String text, Template.Style st, int x, int width, int baseline) {
        Composition c = setter.compose(text, st, width, "", -2, "running head");
        if (c.lines().isEmpty()) return List.of();
        return LinePainter.paint(c.lines().get(0), st, st.align(), x, width, baseline, SourceRef.PAGE.articleId(), -2, 0);
    }
}
