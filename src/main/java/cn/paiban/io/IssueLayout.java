package cn.paiban.io;

import cn.paiban.model.Ids;
import java.nio.file.Path;

/**
 * Where things live in an issue folder:
 * <pre>
 * issue.json              journal, board, sections → article ids, short items, notices, page plan
 * articles/&lt;id&gt;.json     one file per article
 * .backup/                the previous versions of every file a save replaced or removed, same layout: the last one
 *                         under the file's name, older ones as issue~1.json … issue~9.json (ten in all)
 * </pre>
 * Files starting with a dot (backups, a save's temporary files) are never read.
 */
final class IssueLayout {
    static final String ISSUE_FILE = "issue.json";
    static final String ARTICLES = "articles";
    static final String BACKUP = ".backup";

    private IssueLayout() {}

    static Path issueFile(Path dir) { return dir.resolve(ISSUE_FILE); }

    static Path articleFile(Path dir, String id) { return dir.resolve(ARTICLES).resolve(id + ".json"); }

    /** Why {@code id} cannot name an article or section, or null when it can. */
    static String idProblem(String id) {
        return Ids.problem(id);
    }
}
