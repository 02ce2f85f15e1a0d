package cn.paiban.io.plaintext;

import cn.paiban.i18n.Msg;
import java.util.ArrayList;
import java.util.List;

/**
 * Short items that the contents page does not list (a call for papers, news under 调查信息, fillers): splits
 * a run of units into items and reads each one's title, optional subtitle, body and closing signature.
 * A new item starts at a line that {@link LineShape} would set as a heading right after a finished
 * paragraph; inside an unlisted run that could also be a subheading, so each such split is reported.
 */
public final class ItemParser {
    private ItemParser() {}

    static List<List<Unit>> split(List<Unit> units, ImportReport report) {
        List<List<Unit>> items = new ArrayList<>();
        List<Unit> current = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
            boolean afterParagraph = !current.isEmpty() && current.get(current.size() - 1).endsSentence();
            if (afterParagraph && next != null && LineShape.headingShaped(u)
                    && LineShape.decide(u, next).verdict() != LineShape.Verdict.RUNS_ON) {
                report.ambiguous(u.line(), Msg.get("import.text.item-title", u.text()));
                items.add(current);
                current = new ArrayList<>();
            }
            current.add(u);
        }
        if (!current.isEmpty()) items.add(current);
        return items;
    }

    static Draft parse(List<Unit> units, ImportReport report) {
        Draft d = new Draft();
        d.firstLine = units.get(0).line();
        d.title = units.get(0).text();
        int k = 1;
        if (units.size() > 2 && LineShape.headingShaped(units.get(1))) {
            d.subtitle = units.get(1).text();
            report.ambiguous(units.get(1).line(), Msg.get("import.text.item-subtitle", d.subtitle, d.title));
            k = 2;
        }
        int end = units.size();
        Unit last = units.get(end - 1);
        if (end - 1 > k && LineShape.headingShaped(last) && last.em() <= 10 && units.get(end - 2).text().length() > 0) {
            d.signature = last.text();
            report.note(last.line(), Msg.get("import.text.signature", last.text(), d.title));
            end--;
        }
        d.body.addAll(units.subList(k, end));
        return d;
    }
}
