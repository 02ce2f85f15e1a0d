package cn.paiban.edit;

/** Which ordered list of articles an edit addresses: a section's, the short items (补白/短讯), or the notices. */
public sealed interface ArticleList {
    record InSection(String sectionId) implements ArticleList {}

    record ShortItems() implements ArticleList {}

    record Notices() implements ArticleList {}

    ArticleList SHORT_ITEMS = new ShortItems();
    ArticleList NOTICES = new Notices();

    static ArticleList section(String sectionId) { return new InSection(sectionId); }
}
