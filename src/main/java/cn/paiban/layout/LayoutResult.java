package cn.paiban.layout;

import cn.paiban.display.Document;
import java.util.List;
import java.util.Map;

/**
 * A typeset issue: its display list, preflight findings, the first page of every article by id, and how
 * each article fits the span its plan gives it (for copyfitting).
 */
public record LayoutResult(Document document, List<Finding> findings, Map<String, Integer> startPages,
                           Map<String, IssueLayout.Fit> fits) {
    public LayoutResult {
        findings = List.copyOf(findings);
        startPages = Map.copyOf(startPages);
        fits = Map.copyOf(fits);
    }

    /** A result that knows nothing of fits (tests, stand-ins). */
    public LayoutResult(Document document, List<Finding> findings, Map<String, Integer> startPages) {
        this(document, findings, startPages, Map.of());
    }

    /** The same result with another document (e.g. dated for a reproducible PDF). */
    public LayoutResult withDocument(Document d) { return new LayoutResult(d, findings, startPages, fits); }

    public boolean hasErrors() { return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR); }
}
