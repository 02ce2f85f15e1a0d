package cn.paiban.io;

import java.util.Map;

/**
 * issue.json as read and upgraded to the current schema, before it becomes an Issue.
 * {@code inlineArticles}: articles an older schema kept inside issue.json, by id; current issues keep
 * every article in {@code articles/<id>.json} and this map is empty.
 */
record IssueDocument(Located root, Map<String, Located> inlineArticles) {
    IssueDocument {
        inlineArticles = Map.copyOf(inlineArticles);
    }
}
