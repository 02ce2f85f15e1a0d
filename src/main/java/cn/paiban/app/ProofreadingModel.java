package cn.paiban.app;

import cn.paiban.check.Dismissals;
import cn.paiban.check.Finding;
import cn.paiban.check.IssueCheck;
import cn.paiban.check.WordList;
import cn.paiban.edit.EditCommand;
import cn.paiban.edit.ReplaceText;
import cn.paiban.edit.TextSearch;
import cn.paiban.front.FrontMatter;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The 校对 tab without its window: runs the same {@link IssueCheck} as {@code paiban check} on the issue and its
 * latest layout, dismisses a finding into the issue folder (proofs/dismissed.json), and makes the one-click fix of a
 * certain finding as a {@link ReplaceText} of exactly the quoted text, one undo step.
 */
public final class ProofreadingModel {
    private final Path templateDir;
    private List<Finding> findings = List.of();
    private int dismissed;
    /** Dismissals of an issue that has no folder yet: kept in memory until it has one. */
    private Dismissals unsaved = Dismissals.none();

    public ProofreadingModel(Path templateDir) {
        this.templateDir = templateDir;
    }

    public List<Finding> findings() { return findings; }

    public int dismissedCount() { return dismissed; }

    /**
     * Checks {@code issue} (laid out as {@code layout}, may be null) with the dismissals stored in {@code folder} (may
     * be null). Touches nothing of the model, so it may run on the worker; {@link #accept} takes its result.
     */
    public IssueCheck.Result check(Issue issue, LayoutResult layout, Path folder) {
        if (issue == null) return new IssueCheck.Result(List.of(), 0);
        return IssueCheck.run(issue, layout, front(), words(), dismissals(folder));
    }

    public List<Finding> accept(IssueCheck.Result r) {
        findings = r.findings();
        dismissed = r.dismissed();
        return findings;
    }

    /** {@link #check} and {@link #accept} in one, for tests and synchronous callers. */
    public List<Finding> refresh(Issue issue, LayoutResult layout, Path folder) {
        return accept(check(issue, layout, folder));
    }

    private FrontMatter front() {
        return templateDir == null || !java.nio.file.Files.isDirectory(templateDir.resolve("front")) ? null : new FrontMatter(templateDir);
    }

    private WordList words() {
        try {
            return WordList.load(templateDir);
        } catch (Exception e) {
            return WordList.empty(); // a broken word list must not stop the other checks; `paiban check` names it
        }
    }

    private Dismissals dismissals(Path folder) {
        Dismissals d = unsaved;
        if (folder == null) return d;
        try {
            List<Dismissals.Key> keys = new ArrayList<>(IssueCheck.dismissals(folder).keys());
            keys.addAll(unsaved.keys());
            return new Dismissals(keys);
        } catch (Exception e) {
            return d;
        }
    }

    /** Dismisses {@code f}: stored in {@code folder} when there is one; it leaves the list at once. */
    public void dismiss(Finding f, Path folder) throws Exception {
        if (folder == null) unsaved = unsaved.with(f);
        else IssueCheck.dismiss(folder, f);
        List<Finding> rest = new ArrayList<>(findings);
        rest.remove(f);
        findings = List.copyOf(rest);
        dismissed++;
    }

    /** The one-click fix of a certain finding in {@code issue}, or null when there is none. */
    public EditCommand fix(Issue issue, Finding f) {
        if (!f.certain()) return null;
        return ReplaceText.one(hit(issue, f), f.quote(), f.suggestion());
    }

    /**
     * The finding as find/replace addresses text: article, field or block and piece, offset, and which occurrence of
     * the quote in its block (or field) it is, counted over the block's pieces as {@link TextSearch} counts, which is
     * how the editor selects it.
     */
    public static TextSearch.Hit hit(Issue issue, Finding f) {
        var p = f.place();
        int ordinal = occurrencesBefore(p.text(), f.quote(), f.offset());
        if (p.field() == null && p.block() >= 0) {
            var a = issue.article(p.articleId()).orElse(null);
            if (a != null && p.block() < a.body().size()) {
                List<String> pieces = TextSearch.pieces(a.body().get(p.block()));
                for (int k = 0; k < p.piece() && k < pieces.size(); k++) {
                    if (pieces.get(k) != null) ordinal += occurrencesBefore(pieces.get(k), f.quote(), Integer.MAX_VALUE);
                }
            }
        }
        return new TextSearch.Hit(p.articleId(), p.field(), p.block(), p.piece(), f.offset(), ordinal);
    }

    /** Non-overlapping occurrences of {@code q} in {@code s} that start before {@code end}. */
    static int occurrencesBefore(String s, String q, int end) {
        int n = 0;
        for (int at = s.indexOf(q); at >= 0 && at < end; at = s.indexOf(q, at + q.length())) n++;
        return n;
    }
}
