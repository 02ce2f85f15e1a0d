package cn.paiban.layout;

/**
 * A preflight finding: what is wrong and where (article id and block index where known, page folio
 * where known, else 0). Errors stop a print-ready export; warnings inform.
 */
public record Finding(Severity severity, String articleId, int block, int page, String message) {
    public enum Severity { ERROR, WARNING, INFO }
}
