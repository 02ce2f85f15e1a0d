package cn.paiban.layout;

import cn.paiban.display.Document;
import java.util.List;
import java.util.Map;

/** A typeset issue: its display list, preflight findings, and the first page of every article by id. */
public record LayoutResult(Document document, List<Finding> findings, Map<String, Integer> startPages) {
    public LayoutResult {
        findings = List.copyOf(findings);
        startPages = Map.copyOf(startPages);
    }

    public boolean hasErrors() { return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR); }
}
