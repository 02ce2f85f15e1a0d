package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueFormatException;
import cn.paiban.manuscript.NewIssueFolder;
import cn.paiban.model.Issue;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** {@code paiban new DIR --like ISSUE_DIR [--number N] [--date YYYY-MM-DD]}: an empty next issue. */
public final class NewCommand implements Command {
    @Override
    public String name() { return "new"; }

    @Override
    public String summary() { return Msg.get("import.new.summary"); }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(argv, Set.of(), Set.of("--like", "--number", "--date"));
        String like = a.value("--like");
        // the usage itself says what is missing: "缺少" before it read as 缺少用法
        if (a.positional().size() != 1 || like == null) throw new UsageException(Msg.get("import.new.usage"));
        Path dir = Path.of(a.positional().get(0));
        Integer number = null;
        if (a.value("--number") != null) {
            try {
                number = Integer.parseInt(a.value("--number").strip());
            } catch (NumberFormatException e) {
                throw new UsageException(Msg.get("import.new.badNumber", a.value("--number")));
            }
        }
        LocalDate date = null;
        if (a.value("--date") != null) {
            try {
                date = LocalDate.parse(a.value("--date").strip());
            } catch (DateTimeParseException e) {
                throw new UsageException(Msg.get("import.new.badDate", a.value("--date")));
            }
        }
        String problem = NewIssueFolder.problem(dir);
        if (problem != null) {
            err.println(problem);
            return 2;
        }
        Issue next;
        try {
            next = NewIssueFolder.create(Path.of(like), dir, number, date);
        } catch (IssueFormatException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        var j = next.journal();
        out.println(Msg.get("import.new.done", dir, j.name(), j.year(), j.issueNumber(), j.totalNumber(),
                next.sections().size(), next.notices().size(), next.plan().templatePages().size()));
        if (next.plan().pages() != null) out.println(Msg.get("import.new.pages", next.plan().pages()));
        if (j.publicationDate() == null) out.println(Msg.get("import.new.noDateHint"));
        return 0;
    }
}
