package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import cn.paiban.files.AtomicWrite;
import cn.paiban.io.IssueStore;
import cn.paiban.io.plaintext.ImportDecisions;
import cn.paiban.io.plaintext.ImportException;
import cn.paiban.io.plaintext.ImportReport;
import cn.paiban.io.plaintext.PlainTextImporter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code paiban import-text FILE -o DIR [--decisions FILE] [--encoding NAME] [--force]}: imports the plain text of a printed
 * issue into a new issue folder and writes {@code import-report.txt} beside issue.json. The whole import runs
 * before anything is written; a folder that already holds files is only replaced with --force.
 */
public final class ImportTextCommand implements Command {
    static final String REPORT = "import-report.txt";

    @Override
    public String name() { return "import-text"; }

    @Override
    public String summary() { return Msg.get("import.text.cli.summary"); }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(argv, Set.of("--force"), Set.of("-o", "--decisions", "--encoding"));
        Path file = Path.of(a.one(Msg.get("import.text.cli.usage")));
        String o = a.value("-o");
        if (o == null) throw new UsageException(Msg.get("import.text.cli.missing-o"));
        Path dir = Path.of(o);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err.println(Msg.get("import.text.cli.not-folder", dir));
            return 2;
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && !a.has("--force")) {
            err.println(Msg.get("import.text.cli.not-empty", dir));
            return 2;
        }
        PlainTextImporter.Result result;
        try {
            ImportDecisions decisions = a.value("--decisions") == null ? ImportDecisions.none() : ImportDecisions.read(Path.of(a.value("--decisions")));
            java.nio.charset.Charset encoding = null;
            if (a.value("--encoding") != null) {
                try {
                    encoding = cn.paiban.io.TextDecoding.charset(a.value("--encoding"));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            }
            result = PlainTextImporter.importFile(file, decisions, encoding);
        } catch (ImportException e) {
            err.println(Msg.get("import.text.cli.refused", e.getMessage()));
            return 2;
        }
        if (result.unsureEncoding() != null) err.println(result.unsureEncoding());
        IssueStore.save(result.issue(), dir);
        ImportReport report = result.report();
        String text = report.render(file.toString());
        writeAtomically(dir.resolve(REPORT), text);
        int articles = result.issue().allArticles().size();
        out.println(Msg.get("import.text.cli.done", file, result.issue().sections().size(), articles, dir));
        out.print(text);
        int open = report.of(ImportReport.Kind.AMBIGUOUS).size();
        if (open > 0) out.println(Msg.get("import.text.cli.ambiguous", open, dir.resolve(REPORT)));
        return 0;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        AtomicWrite.writeString(target, text);
    }
}
