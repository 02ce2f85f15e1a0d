package cn.paiban.display;

import java.time.LocalDate;
import java.util.List;

/**
 * The display list of a typeset issue: what every renderer walks. {@code date} is the publication
 * date (null when unknown): outputs take their dates from it, never from the clock, so they are reproducible.
 */
public record Document(String title, String subject, LocalDate date, List<Page> pages) {
    public Document {
        pages = List.copyOf(pages);
    }

    public Document(String title, String subject, List<Page> pages) {
        this(title, subject, null, pages);
    }

    public Document withDate(LocalDate newDate) { return new Document(title, subject, newDate, pages); }
}
