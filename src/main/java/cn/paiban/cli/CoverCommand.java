package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import cn.paiban.model.Issue;
import cn.paiban.typeset.ExportTarget;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code paiban cover DIR -o cover.pdf}: the cover as a PDF of its own ({@link cn.paiban.typeset.CoverPdf}, as the
 * editor's 导出封面 PDF…).
 */
final class CoverCommand implements Command {
    @Override
    public String name() { return "cover"; }

    @Override
    public String summary() { return Msg.get("cli.summary.cover"); }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of(), Set.of("-o", "--output", "--template"));
        String dir = args.oneNamedBy("cli.args.issue-folder");
        String file = args.value("-o", args.value("--output"));
        if (file == null) throw new UsageException(Msg.get("cli.args.missing-option", "-o FILE.pdf"));
        Path target = ExportTarget.check(Path.of(file), Path.of(dir), false);
        Path templateDir = Pipeline.templateDir(args.value("--template"));
        Issue issue = Pipeline.load(dir);
        List<String> warnings = cn.paiban.typeset.CoverPdf.write(issue, Path.of(dir), templateDir, target);
        out.println(Msg.get("cli.cover.done", file, warnings.size()));
        warnings.forEach(w -> out.println("  " + Msg.get("cli.cover.warning", w)));
        return 0;
    }
}
