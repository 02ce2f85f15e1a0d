package cn.paiban.model;

import java.util.List;
import java.util.Optional;

/**
 * The editor's page plan. {@code entries}: per article a pinned start page and an optional jump
 * (the part that does not fit before the next pinned article continues on {@code continuesOn}).
 * {@code templatePages}: front-matter pages made from templates, at fixed page numbers.
 * {@code firstPage} is the folio of the first inner page (the cover is a file of its own).
 * {@code pages}: how many pages the issue is to have (the journal's extent, 48 for 朔州经济), or null where
 * nobody has fixed it and the text decides.
 */
public record PagePlan(int firstPage, List<Entry> entries, List<TemplatePage> templatePages, Integer pages) {
    public PagePlan {
        entries = List.copyOf(entries);
        templatePages = List.copyOf(templatePages);
        if (pages != null && pages < 1) throw new IllegalArgumentException("pages " + pages);
    }

    /** A plan whose extent is not fixed. */
    public PagePlan(int firstPage, List<Entry> entries, List<TemplatePage> templatePages) {
        this(firstPage, entries, templatePages, null);
    }

    /** This plan with other entries; first page, template pages and extent kept. */
    public PagePlan withEntries(List<Entry> newEntries) {
        return new PagePlan(firstPage, newEntries, templatePages, pages);
    }

    /** This plan with the extent {@code n} pages, or none fixed (null). */
    public PagePlan withPages(Integer n) {
        return new PagePlan(firstPage, entries, templatePages, n);
    }

    /** The highest folio the plan names (a start, a jump's page, a template page), or 0 when it names none. */
    public int lastNamedPage() {
        int last = 0;
        for (Entry e : entries) {
            if (e.startPage() != null) last = Math.max(last, e.startPage());
            if (e.continuesOn() != null) last = Math.max(last, e.continuesOn());
        }
        for (TemplatePage tp : templatePages) last = Math.max(last, tp.page());
        return last;
    }

    /** The folio of the last page the fixed page count gives, or 0 when none is fixed. */
    public int lastCountedPage() {
        return pages == null ? 0 : firstPage + pages - 1;
    }

    public Optional<Entry> entry(String articleId) {
        return entries.stream().filter(e -> e.articleId().equals(articleId)).findFirst();
    }

    /** One article's plan; {@code startPage} and {@code continuesOn} are null where the layout decides. */
    public record Entry(String articleId, Integer startPage, Integer continuesOn) {}

    /** A page made from a template, e.g. {@code board-contents-colophon} on page 2. */
    public record TemplatePage(String template, int page) {}
}
