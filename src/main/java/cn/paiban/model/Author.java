package cn.paiban.model;

/** A byline entry: the name, and optionally the affiliation or position printed before it. */
public record Author(String name, String affiliation) {
    public Author(String name) { this(name, null); }
}
