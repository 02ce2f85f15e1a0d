package cn.paiban.io;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where things live in an issue folder:
 * <pre>
 * issue.json              journal, board, sections → article ids, short items, notices, page plan
 * articles/&lt;id&gt;.json     one file per article
 * .backup/                the previous version of every file a save replaced or removed, same layout
 * </pre>
 * Files starting with a dot (backups, a save's temporary files) are never read.
 */
final class IssueLayout {
    static final String ISSUE_FILE = "issue.json";
    static final String ARTICLES = "articles";
    static final String BACKUP = ".backup";

    /** Letters and digits of any script, then also . _ -: safe as a file name everywhere. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    private static final int MAX_ID = 100;

    private IssueLayout() {}

    static Path issueFile(Path dir) { return dir.resolve(ISSUE_FILE); }

    static Path articleFile(Path dir, String id) { return dir.resolve(ARTICLES).resolve(id + ".json"); }

    /** Why {@code id} cannot name an article or section, or null when it can. */
    static String idProblem(String id) {
        if (id == null || id.isEmpty()) return "id is empty";
        if (id.length() > MAX_ID) return "id \"" + id.substring(0, 20) + "…\" is longer than " + MAX_ID + " characters";
        if (!ID.matcher(id).matches()) {
            return "id \"" + id + "\" may hold only letters, digits, '.', '_' and '-', and must start with a letter or digit";
        }
        return null;
    }
}
