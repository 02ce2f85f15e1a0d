package cn.paiban.io.plaintext;

import java.util.List;

/** The printed contents page: sections in order, each with its entries (title, authors, start page). */
public record Contents(List<Section> sections) {
    public Contents {
        sections = List.copyOf(sections);
    }

    /** A section; {@code page} is set when the section is listed with a page but no entries (调查信息 (47)). */
    public record Section(String title, Integer page, List<Entry> entries, int line) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    public record Entry(String title, List<String> authors, int page, int line) {
        public Entry {
            authors = List.copyOf(authors);
        }
    }

    public List<Entry> entries() {
        return sections.stream().flatMap(s -> s.entries().stream()).toList();
    }

    public Section sectionOf(Entry e) {
        return sections.stream().filter(s -> s.entries().contains(e)).findFirst().orElseThrow();
    }
}
