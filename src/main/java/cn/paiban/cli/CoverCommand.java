package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import cn.paiban.files.AtomicWrite;
import cn.paiban.front.FrontMatter;
import cn.paiban.layout.TemplateLoader;
import cn.paiban.model.Issue;
import cn.paiban.typeset.ExportTarget;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code paiban cover DIR -o cover.pdf}: the cover from the template's front/cover.xhtml, as a PDF of its own
 * (printers take the cover apart from the inner pages), at the template's trim size.
 */
final class CoverCommand implements Command {
    @Override
    public String name() { return "cover"; }

    @Override
    public String summary() { return Msg.get("cli.summary.cover"); }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of(), Set.of("-o", "--output", "--template"));
        String dir = args.one(Msg.get("cli.args.issue-folder"));
        String file = args.value("-o", args.value("--output"));
        if (file == null) throw new UsageException(Msg.get("cli.args.missing-option", "-o FILE.pdf"));
        Path target = ExportTarget.check(Path.of(file), Path.of(dir), false);
        Path templateDir = Pipeline.templateDir(args.value("--template"));
        Issue issue = Pipeline.load(dir);
        List<String> warnings = new ArrayList<>();
        byte[] pdf = new FrontMatter(templateDir).withIssueDir(Path.of(dir))
                .coverPdf(issue, TemplateLoader.load(templateDir).format(), warnings);
        // the cover's pictures and colours in CMYK through the output intent's profile, as the inner pages
        byte[] cmyk = cn.paiban.render.pdf.CmykImages.pdf(pdf, warnings);
        AtomicWrite.write(target, os -> { os.write(cmyk); return null; });
        out.printf("%s: cover, %d warning(s)%n", file, warnings.size());
        warnings.forEach(w -> out.println("  WARNING " + w));
        return 0;
    }
}
