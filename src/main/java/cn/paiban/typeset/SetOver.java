package cn.paiban.typeset;

import cn.paiban.display.Document;
import cn.paiban.display.Item;
import cn.paiban.display.Page;
import cn.paiban.font.FontBook;
import cn.paiban.layout.Finding;
import cn.paiban.model.Issue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Text of one article set over text of another on the same page: never the design, always a fault of the layout
 * (a 补白 once went over an article's first lines). Printed, it is a page to pulp, so it is an error that stops the
 * export, with the page and both texts named. Each run counts as its ideographic em boxes (0.88 em above the
 * baseline, 0.12 below) from its first glyph to the end of its last, so touching lines and columns are not a fault.
 * <p>
 * One exception to "a fault of the layout": an article that has no room before the next planned start (overset,
 * findings.overset) still has its title set where it would begin, so that it keeps a page in the outline and the
 * page plan to be dragged from; that title lies over the next article's. That is the plan's doing, not the
 * program's: it is reported once per page and pair as such (limits.set-over.overset), saying what to do.
 */
final class SetOver {
    private SetOver() {}

    private record Box(Item.GlyphRun run, int left, int right, int top, int bottom) {}

    static List<Finding> find(Issue issue, Document doc, FontBook fonts) {
        return find(issue, doc, fonts, java.util.Set.of());
    }

    /** As above; {@code overset} names the articles the layout found no room for before the next planned start. */
    static List<Finding> find(Issue issue, Document doc, FontBook fonts, java.util.Set<String> overset) {
        List<Finding> found = new ArrayList<>();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        int faults = 0;
        for (Page page : doc.pages()) {
            List<Box> boxes = new ArrayList<>();
            for (Item item : page.items()) {
                if (!(item instanceof Item.GlyphRun run) || run.source() == null || run.source().articleId().isEmpty()) continue;
                if (run.text().isBlank()) continue;
                boxes.add(box(run, fonts));
            }
            boxes.sort(Comparator.comparingInt(Box::top));
            // swept by top: only boxes whose tops lie above the bottom of this one can meet it
            for (int i = 0; i < boxes.size() && faults < 3; i++) {
                Box a = boxes.get(i);
                for (int j = i + 1; j < boxes.size() && boxes.get(j).top() < a.bottom(); j++) {
                    Box b = boxes.get(j);
                    if (b.run().source().articleId().equals(a.run().source().articleId())) continue;
                    if (b.left() < a.right() && a.left() < b.right()) {
                        String ida = a.run().source().articleId(), idb = b.run().source().articleId();
                        if (overset.contains(ida) || overset.contains(idb)) {
                            Box over = overset.contains(idb) ? b : a, under = over == b ? a : b;
                            if (pairs.add(page.folio() + "/" + ida + "/" + idb) && pairs.add(page.folio() + "/" + idb + "/" + ida)) {
                                found.add(Finding.error(over.run().source().articleId(), -1, page.folio(),
                                        "limits.set-over.overset", page.folio(), title(issue, over), title(issue, under)));
                            }
                            continue;
                        }
                        faults++;
                        found.add(Finding.error(b.run().source().articleId(), b.run().source().block(), page.folio(),
                                "limits.set-over", page.folio(), title(issue, a), excerpt(a.run()), title(issue, b), excerpt(b.run())));
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static Box box(Item.GlyphRun run, FontBook fonts) {
        int[] xs = run.xs();
        int lastCp = run.text().codePointBefore(run.text().length());
        int advance;
        try {
            advance = fonts.metrics(run.face()).advance(lastCp, run.size());
        } catch (RuntimeException e) {
            advance = run.size();   // a face that cannot be measured here: a full em, as a Han character takes
        }
        return new Box(run, run.x() + xs[0], run.x() + xs[xs.length - 1] + advance,
                run.baseline() - run.size() * 88 / 100, run.baseline() + run.size() * 12 / 100);
    }

    private static String title(Issue issue, Box b) {
        String id = b.run().source().articleId();
        return issue.article(id).map(a -> a.title().strip()).orElse(id);
    }

    private static String excerpt(Item.GlyphRun run) {
        String t = run.text().strip();
        return t.codePointCount(0, t.length()) <= 12 ? t : t.substring(0, t.offsetByCodePoints(0, 12)) + "…";
    }
}
