package cn.paiban.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One printed issue: journal facts, board, sections of articles in printed order, items that fill
 * leftover space, and the page plan. Immutable; edits make a new Issue (see {@code cn.paiban.edit}).
 */
public record Issue(
        Journal journal,
        EditorialBoard board,
        List<Section> sections,
        List<Article> shortItems,
        List<Article> notices,
        PagePlan plan) {

    public Issue {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(board, "board");
        sections = List.copyOf(sections);
        shortItems = List.copyOf(shortItems);
        notices = List.copyOf(notices);
        Objects.requireNonNull(plan, "plan");
    }

    /** Every article in printed order: section articles first, then short items and notices. */
    public List<Article> allArticles() {
        var all = new java.util.ArrayList<Article>();
        sections.forEach(s -> all.addAll(s.articles()));
        all.addAll(shortItems);
        all.addAll(notices);
        return List.copyOf(all);
    }

    public Optional<Article> article(String id) {
        return allArticles().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The section an article belongs to, if it belongs to one. */
    public Optional<Section> sectionOf(String articleId) {
        return sections.stream().filter(s -> s.articles().stream().anyMatch(a -> a.id().equals(articleId))).findFirst();
    }

    public Issue withSections(List<Section> newSections) {
        return new Issue(journal, board, newSections, shortItems, notices, plan);
    }

    public Issue withPlan(PagePlan newPlan) {
        return new Issue(journal, board, sections, shortItems, notices, newPlan);
    }

    public Issue withJournal(Journal newJournal) {
        return new Issue(newJournal, board, sections, shortItems, notices, plan);
    }

    public Issue withBoard(EditorialBoard newBoard) {
        return new Issue(journal, newBoard, sections, shortItems, notices, plan);
    }

    public Issue withShortItems(List<Article> items) {
        return new Issue(journal, board, sections, items, notices, plan);
    }

    public Issue withNotices(List<Article> items) {
        return new Issue(journal, board, sections, shortItems, items, plan);
    }
}
