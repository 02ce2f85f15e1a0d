package cn.paiban.cli;

import cn.paiban.edit.EditCommand;
import cn.paiban.edit.IssueFacts;
import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Issue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code paiban info DIR [字段=值 …] [--json]}: the issue's own facts (本期信息: 期号, 出版日期, 版权页, 编委会) listed, or
 * changed and saved: the same fields, words and refusals as the editor's 文件 ▸ 本期信息… ({@link IssueFacts}).
 * A field of several lines (宣传语, 编辑委员会) takes them separated by |.
 */
final class InfoCommand implements Command {
    @Override
    public String name() { return "info"; }

    @Override
    public String summary() { return Msg.get("facts.cli.summary"); }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of("--json"), Set.of());
        if (args.positional().isEmpty()) throw new UsageException(Msg.get("cli.args.missing", Msg.get("facts.cli.folder")));
        String dir = args.positional().get(0);
        IssueStore.Read read = Pipeline.read(dir);
        Issue issue = read.issue();
        Map<String, String> changes = new LinkedHashMap<>();
        for (String a : args.positional().subList(1, args.positional().size())) {
            int eq = a.indexOf('=') >= 0 ? a.indexOf('=') : a.indexOf('＝');
            if (eq <= 0) throw new UsageException(Msg.get("facts.cli.not-assignment", a));
            String name = a.substring(0, eq);
            IssueFacts.Field f = IssueFacts.field(name).orElseThrow(() -> new UsageException(Msg.get("facts.cli.unknown", name, keys())));
            String value = a.substring(eq + 1);
            changes.put(f.key(), f.lines() ? value.replace('|', '\n') : value);
        }
        if (!changes.isEmpty()) {
            Optional<EditCommand> edit;
            try {
                edit = IssueFacts.edit(issue, changes);
            } catch (IssueFacts.Refused r) {
                throw new UsageException(r.getMessage());   // nothing is written
            }
            if (edit.isEmpty()) {
                out.println(Msg.get("facts.cli.unchanged"));
            } else {
                issue = edit.get().apply(issue);
                IssueStore.saveOver(issue, Path.of(dir), read);
                out.println(Msg.get("facts.cli.saved", Path.of(dir).resolve("issue.json")));
            }
        }
        Map<String, String> values = IssueFacts.values(issue);
        if (args.has("--json")) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(values));
            return 0;
        }
        for (IssueFacts.Field f : IssueFacts.fields()) {
            if (!changes.isEmpty() && !changes.containsKey(f.key())) continue;   // after a change: what it is now
            String v = values.get(f.key());
            String head = f.label() + "（" + f.key() + "）";
            if (f.lines() && v.contains("\n")) {
                out.println(head + "：");
                for (String line : v.split("\n")) out.println("    " + line);
            } else {
                out.println(head + "：" + v);
            }
        }
        return 0;
    }

    private static String keys() {
        return String.join(" ", IssueFacts.fields().stream().map(IssueFacts.Field::key).toList());
    }
}
