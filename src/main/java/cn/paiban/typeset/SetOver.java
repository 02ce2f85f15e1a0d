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
 */
final class SetOver {
    private SetOver() {}

    private record Box(Item.GlyphRun run, int left, int right, int top, int bottom) {}

    static List<Finding> find(Issue issue, Document doc, FontBook fonts) {
        List<Finding> found = new ArrayList<>();
        for (Page page : doc.pages()) {
            List<Box> boxes = new ArrayList<>();
            for (Item item : page.items()) {
                if (!(item instanceof Item.GlyphRun run) || run.source() == null || run.source().articleId().isEmpty()) continue;
                if (run.text().isBlank()) continue;
                boxes.add(box(run, fonts));
            }
            boxes.sort(Comparator.comparingInt(Box::top));
            // swept by top: only boxes whose tops lie above the bottom of this one can meet it
            for (int i = 0; i < boxes.size() && found.size() < 3; i++) {
                Box a = boxes.get(i);
                for (int j = i + 1; j < boxes.size() && boxes.get(j).top() < a.bottom(); j++) {
                    Box b = boxes.get(j);
                    if (b.run().source().articleId().equals(a.run().source().articleId())) continue;
                    if (b.left() < a.right() && a.left() < b.right()) {
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
