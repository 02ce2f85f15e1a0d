package cn.paiban.display;

import java.util.List;

/** The display list of a typeset issue: what every renderer walks. */
public record Document(String title, String subject, List<Page> pages) {
    public Document {
        pages = List.copyOf(pages);
    }
}
