package cn.paiban.check;

import cn.paiban.front.FrontMatter;
import cn.paiban.io.DismissedFile;
import cn.paiban.io.IssueFormatException;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The proofreading check of a whole issue, as {@code paiban check} and the editor's 校对 tab both run it: the printed
 * text (articles, bylines, sections; with a layout also the running heads, with front matter the text its templates
 * fill in), every rule, the page of each finding, and the editor's dismissals taken out.
 */
public final class IssueCheck {
    private IssueCheck() {}

    /** The findings still open, and how many the dismissals took out. */
    public record Result(List<Finding> findings, int dismissed) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Checks {@code issue}. {@code layout} (may be null) gives pages and running heads; {@code front} (may be null,
     * needs the layout's start pages) the text of the front-matter pages.
     */
    public static Result run(Issue issue, LayoutResult layout, FrontMatter front, WordList words, Dismissals dismissals) {
        List<Piece> pieces = new ArrayList<>(PrintedText.articles(issue));
        if (layout != null && front != null) pieces.addAll(PrintedText.front(front.printedText(issue, layout.startPages())));
        if (layout != null) pieces.addAll(PrintedText.runningHeads(layout.document()));
        List<Finding> all = new ArrayList<>(new Checker(issue.journal().year(), words).check(issue, pieces));
        if (layout != null && front != null) all.addAll(ContentsAgainstBody.findings(issue, pieces, layout.document()));
        PrintedText.Pages pages = layout == null ? null : new PrintedText.Pages(layout);
        List<Finding> open = new ArrayList<>();
        int dismissed = 0;
        for (Finding f : all) {
            if (dismissals.dismissed(f)) {
                dismissed++;
                continue;
            }
            open.add(pages == null ? f : f.withPage(pages.page(f.place(), f.offset())));
        }
        return new Result(open, dismissed);
    }

    /** The dismissals stored in {@code issueDir}. */
    public static Dismissals dismissals(Path issueDir) throws IOException, IssueFormatException {
        return new Dismissals(DismissedFile.load(issueDir).stream()
                .map(e -> new Dismissals.Key(e.rule(), e.article(), e.quote())).toList());
    }

    /** Adds {@code f} to the dismissals stored in {@code issueDir} (written atomically) and returns them all. */
    public static Dismissals dismiss(Path issueDir, Finding f) throws IOException, IssueFormatException {
        Dismissals d = dismissals(issueDir);
        if (d.dismissed(f)) return d;
        d = d.with(f);
        DismissedFile.save(issueDir, d.keys().stream().map(k -> new DismissedFile.Entry(k.rule(), k.article(), k.quote())).toList());
        return d;
    }
}
