package cn.paiban.cli;

import cn.paiban.about.AboutText;
import cn.paiban.about.BuildInfo;
import cn.paiban.i18n.Msg;
import java.io.PrintStream;
import java.util.List;

/** {@code paiban version [--licences]} (also {@code paiban --version}): what to quote in a bug report. */
public final class VersionCommand implements Command {
    @Override
    public String name() { return "version"; }

    @Override
    public String summary() { return "[--licences]  " + Msg.get("package.version.summary"); }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = Args.parse(args, java.util.Set.of("--licences", "--licenses"), java.util.Set.of());   // --licence: did you mean
        if (!a.positional().isEmpty()) throw new UsageException(Msg.get("cli.args.unknown-option", a.positional().get(0)));
        boolean licences = a.has("--licences") || a.has("--licenses");
        BuildInfo b = BuildInfo.current();
        AboutText.summary(b).forEach(out::println);
        if (licences) AboutText.licences(b).forEach(out::println);
        return 0;
    }
}
