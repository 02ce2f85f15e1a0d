package cn.paiban.layout;

import cn.paiban.i18n.Msg;

/**
 * A preflight finding: what is wrong and where (article id and block index where known, page folio
 * where known, else 0). Errors stop a print-ready export; warnings inform.
 *
 * <p>{@code key} names the message in the bundles (cn/paiban/i18n/findings_*.properties) so tests and
 * tools can tell findings apart without reading prose; {@code message} is its text in the language in
 * use when the finding was made. Findings made with the older constructor have a null key.
 */
public record Finding(Severity severity, String articleId, int block, int page, String message, String key) {
    public enum Severity { ERROR, WARNING, INFO }

    /** A finding with no message key (older call sites; new ones use {@link #of}). */
    public Finding(Severity severity, String articleId, int block, int page, String message) {
        this(severity, articleId, block, page, message, null);
    }

    /** A finding whose text is the bundle's {@code key} with {@code args} filled in. */
    public static Finding of(Severity severity, String articleId, int block, int page, String key, Object... args) {
        return new Finding(severity, articleId, block, page, Msg.get(key, args), key);
    }

    public static Finding error(String articleId, int block, int page, String key, Object... args) {
        return of(Severity.ERROR, articleId, block, page, key, args);
    }

    public static Finding warning(String articleId, int block, int page, String key, Object... args) {
        return of(Severity.WARNING, articleId, block, page, key, args);
    }

    /** The same finding placed on another page. */
    public Finding onPage(int folio) {
        return new Finding(severity, articleId, block, folio, message, key);
    }
}
