package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueFormatException;
import cn.paiban.io.IssueStore;
import cn.paiban.manuscript.ManuscriptBatch;
import cn.paiban.model.ArticleKind;
import cn.paiban.model.Issue;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code paiban add DIR FILE... [--section NAME] [--kind KIND] [--encoding NAME]}: each manuscript becomes one article appended to
 * the section (without --section: the only one; an issue of several sections refuses, listing them, and nothing is
 * written). Prints per file the article id, title, counts and every guess (also appended to the issue's
 * import-report.txt). A file that cannot be read is refused with one line; the others are still added.
 * Exit 0, or 1 when a file was refused or an image could not be placed.
 */
public final class AddCommand implements Command {
    @Override
    public String name() { return "add"; }

    @Override
    public String summary() { return Msg.get("import.add.summary"); }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(argv, Set.of("--replace", "--keep-both"), Set.of("--section", "--kind", "--encoding"));
        if (a.has("--replace") && a.has("--keep-both")) throw new UsageException(Msg.get("import.add.replaceAndKeep"));
        if (a.positional().size() < 2) throw new UsageException(Msg.get("import.add.usage"));
        Path dir = Path.of(a.positional().get(0));
        List<Path> files = new ArrayList<>();
        for (String f : a.positional().subList(1, a.positional().size())) files.add(Path.of(f));
        ArticleKind kind = null;
        if (a.value("--kind") != null) {
            try {
                kind = ArticleKind.valueOf(a.value("--kind").strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException(Msg.get("import.add.badKind", a.value("--kind")));
            }
        }
        java.nio.charset.Charset encoding = null;
        if (a.value("--encoding") != null) {
            try {
                encoding = cn.paiban.io.TextDecoding.charset(a.value("--encoding"));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        Issue issue;
        IssueStore.Read read;
        try {
            read = IssueStore.read(dir);
            issue = read.issue();
        } catch (IssueFormatException e) {
            err.println(e.getMessage());
            return 2;
        }
        // "本期特稿 " or "本期特搞": a name that is no section of the issue makes a new one, so a slip is refused here and a
        // new section is said, never made without a word
        String section = a.value("--section") == null ? null : a.value("--section").strip();
        boolean newSection = false;
        if (section != null && !section.isEmpty() && cn.paiban.edit.AddArticles.find(issue, section) == null) {
            List<String> titles = issue.sections().stream().map(cn.paiban.model.Section::title).toList();
            String near = Cli.nearest(section, titles);
            if (near != null) throw new UsageException(Msg.get("import.add.section-near", section, near));
            newSection = true;
        }
        ManuscriptBatch batch;
        try {
            batch = ManuscriptBatch.read(issue, files, section, kind, encoding);
        } catch (ManuscriptBatch.SectionNotChosen e) {
            throw new UsageException(e.getMessage() + Msg.get("import.add.sectionHint", e.sections().get(0)));
        }
        if (!batch.revisions().isEmpty()) {
            if (a.has("--replace")) batch.replacingRevisions();
            else if (!a.has("--keep-both")) throw new UsageException(batch.revisionsRefused() + Msg.get("import.add.revisionHint"));
        }
        cn.paiban.edit.AddArticles command;
        try {
            command = batch.command();
        } catch (ManuscriptBatch.SectionNotChosen e) {
            throw new UsageException(e.getMessage() + Msg.get("import.add.sectionHint", e.sections().get(0)));
        }
        if (command != null) {
            Issue after = command.apply(issue);
            batch.writeFiles(dir);
            IssueStore.saveOver(after, dir, read);
        } else if (!batch.refused().isEmpty()) {
            batch.writeFiles(dir);
        }
        for (var r : batch.results()) {
            out.print(batch.reportOf(r));
        }
        for (String line : batch.refused()) err.println(line);
        out.println(Msg.get("import.add.summaryLine", batch.results().size(), batch.refused().size(), batch.sectionTitle()));
        if (newSection && command != null) {
            out.println(Msg.get("import.add.section-new", section, String.join("、", issue.sections().stream()
                    .map(cn.paiban.model.Section::title).toList())));
        }
        return batch.hasErrors() ? 1 : 0;
    }
}
