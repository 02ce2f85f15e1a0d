package cn.paiban.app;

import cn.paiban.display.Document;
import cn.paiban.display.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the preview shows of an edit before the whole issue is typeset again: the pages through the last folio in view
 * as the edit sets them ({@link LayoutService.Ahead}), the others as they were shown. The pages in view are the whole
 * layout's pages (PagesAheadTest); the pages after them, the front matter (contents) and the findings catch up when the
 * whole layout is published a moment later.
 */
final class PagesAhead {
    private PagesAhead() {}

    /** {@code shown} with each page of folio ≤ {@code lastFolio} that {@code ahead} has replaced by that page. */
    static Document merge(Document shown, Document ahead, int lastFolio) {
        Map<Integer, Page> fresh = new HashMap<>();
        for (Page p : ahead.pages()) if (p.folio() <= lastFolio) fresh.put(p.folio(), p);
        List<Page> pages = new ArrayList<>(shown.pages().size());
        for (Page p : shown.pages()) pages.add(fresh.getOrDefault(p.folio(), p));
        return new Document(shown.title(), shown.subject(), shown.date(), pages);
    }
}
