package cn.paiban.model;

import java.util.List;
import java.util.Optional;

/**
 * The editor's page plan. {@code entries}: per article a pinned start page and an optional jump
 * (the part that does not fit before the next pinned article continues on {@code continuesOn}).
 * {@code templatePages}: front-matter pages made from templates, at fixed page numbers.
 * {@code firstPage} is the folio of the first inner page (the cover is a file of its own).
 */
public record PagePlan(int firstPage, List<Entry> entries, List<TemplatePage> templatePages) {
    public PagePlan {
        entries = List.copyOf(entries);
        templatePages = List.copyOf(templatePages);
    }

    public Optional<Entry> entry(String articleId) {
        return entries.stream().filter(e -> e.articleId().equals(articleId)).findFirst();
    }

    /** One article's plan; {@code startPage} and {@code continuesOn} are null where the layout decides. */
    public record Entry(String articleId, Integer startPage, Integer continuesOn) {}

    /** A page made from a template, e.g. {@code board-contents-colophon} on page 2. */
    public record TemplatePage(String template, int page) {}
}
