package cn.paiban.model;

/** What an article is, which decides how it is set and listed in the contents. */
public enum ArticleKind {
    /** 卷首语: set on page 1, signed, no byline. */
    EDITORIAL,
    /** A normal article with title, byline and body. */
    FEATURE,
    /** A short news item (调查信息): small title, run in; its section is listed in the contents, not the item. */
    NEWS,
    /** 补白: a filler placed in leftover space, never listed in the contents. */
    FILLER,
    /** A notice such as 征稿启事. */
    NOTICE,
    /** A full-page table article such as the statistics page. */
    TABLE
}
