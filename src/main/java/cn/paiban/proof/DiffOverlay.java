package cn.paiban.proof;

import cn.paiban.display.Document;
import cn.paiban.display.Ink;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import cn.paiban.geom.Mpt;
import cn.paiban.geom.Rect;
import cn.paiban.i18n.Msg;
import java.util.ArrayList;
import java.util.List;

/**
 * The diff PDF's pages: the new pages as they print, and on each changed page the added characters on a yellow ground,
 * a red stroke where characters were removed, a red bar in the margin beside each changed line and a grey one beside
 * each line that only moved, and a count of both in the head margin. Drawn into the display list, so the one PDF
 * renderer writes it.
 */
public final class DiffOverlay {
    static final Ink ADDED = new Ink(0, 0, 70, 0);
    static final Ink REMOVED = new Ink(0, 100, 100, 0);
    static final Ink MOVED = Ink.gray(35);

    private DiffOverlay() {}

    /** {@code now} with the changes of {@code diff} drawn on its pages; {@code title} goes in every changed page's head margin. */
    public static Document draw(Document now, RoundDiff.Result diff, FontBook fonts, String title) {
        List<Page> pages = new ArrayList<>(now.pages());
        for (RoundDiff.PageChange pc : diff.pages()) {
            if (pc.page() >= pages.size()) continue;
            Page p = pages.get(pc.page());
            List<Item> under = new ArrayList<>(), over = new ArrayList<>();
            int changed = 0, moved = 0;
            int w = p.format().trimWidth();
            for (RoundDiff.LineChange c : pc.lines()) {
                if (c.kind() == RoundDiff.Kind.CHANGED) changed++;
                else moved++;
                PrintedLine l = c.line();
                if (l == null) continue;
                boolean left = l.x() < w / 2;
                int barX = left ? Mpt.mm(6) : w - Mpt.mm(6);
                Ink ink = c.kind() == RoundDiff.Kind.CHANGED ? REMOVED : MOVED;
                over.add(new Item.Rule(barX, l.top(), barX, l.bottom(), Mpt.pt(c.kind() == RoundDiff.Kind.CHANGED ? 2.5 : 1.2), ink));
                boolean[] ins = c.inserted();
                for (int i = 0; i < ins.length; i++) {
                    if (!ins[i]) continue;
                    int j = i;
                    while (j + 1 < ins.length && ins[j + 1]) j++;
                    under.add(new Item.Box(new Rect(l.xAt(i), l.top(), l.xEnd(j) - l.xAt(i), l.bottom() - l.top()), 0, Ink.NONE, ADDED));
                    i = j;
                }
                for (int at : c.deletedBefore()) {
                    int x = at >= l.length() ? l.xEnd(l.length() - 1) : l.xAt(at);
                    over.add(new Item.Rule(x, l.top() - Mpt.pt(1), x, l.bottom() + Mpt.pt(1), Mpt.pt(1.2), REMOVED));
                    over.add(new Item.Rule(x - Mpt.pt(2), l.bottom() + Mpt.pt(1), x + Mpt.pt(2), l.bottom() + Mpt.pt(1), Mpt.pt(1.2), REMOVED));
                }
            }
            if (pc.drawings()) changed++;
            String head = title + "  " + Msg.get("proof.diff.page-head", changed, moved);
            over.add(MarginText.run(fonts, head, w / 2 - MarginText.width(fonts, head, Mpt.pt(8)) / 2, Mpt.mm(5), Mpt.pt(8), REMOVED, false));
            List<Item> items = new ArrayList<>(under);
            items.addAll(p.items());
            items.addAll(over);
            pages.set(pc.page(), new Page(p.folio(), p.format(), items, p.blank()));
        }
        return new Document(now.title(), now.subject(), now.date(), pages);
    }
}
