package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueFormatException;
import cn.paiban.io.ProofRounds;
import cn.paiban.proof.RoundNames;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code paiban proof DIR}: the current round; {@code --close N}: closes round N (the editor's 结束本校次 runs the same
 * {@link ProofRounds#close}), keeping the issue's snapshot; {@code --round N -o FILE.pdf}: the proof PDF of round N.
 */
final class ProofCommand implements Command {
    @Override
    public String name() { return "proof"; }

    @Override
    public String summary() { return Msg.get("proof.cli.summary"); }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of(), Set.of("--close", "--round", "--reader", "-o", "--output", "--template"));
        String dir = args.one(Msg.get("proof.cli.folder"));
        Path issueDir = Path.of(dir);
        if (!java.nio.file.Files.isDirectory(issueDir)) throw new UsageException("no issue folder " + dir);
        if (args.value("--close") != null && args.value("--round") != null) throw new UsageException(Msg.get("proof.cli.close-and-round"));
        if (args.value("--close") != null) return close(issueDir, round(args, "--close"), out, err);
        ProofRounds.State state = rounds(issueDir);
        out.println(Msg.get("proof.cli.status", dir, RoundNames.round(state.round()), state.round()));
        if (!state.closed().isEmpty()) {
            out.println(Msg.get("proof.cli.closed-list", state.closed().stream()
                    .map(c -> RoundNames.round(c.round()) + " " + c.closedAt()).collect(Collectors.joining("，"))));
        }
        return 0;
    }

    private static int close(Path issueDir, int round, PrintStream out, PrintStream err) throws IOException {
        try {
            ProofRounds.State next = ProofRounds.close(issueDir, round, Instant.now());
            out.println(Msg.get("proof.cli.closed", issueDir, RoundNames.round(round), ProofRounds.snapshot(issueDir, round),
                    RoundNames.round(next.round())));
            return 0;
        } catch (ProofRounds.Refused e) {
            err.println("paiban proof: " + e.getMessage());
            return 1;
        } catch (IssueFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static ProofRounds.State rounds(Path issueDir) throws IOException {
        try {
            return ProofRounds.load(issueDir);
        } catch (IssueFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The round number an option names, 1 to 99. */
    static int round(Args args, String option) {
        String v = args.value(option);
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1 && n <= 99) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(Msg.get("proof.cli.bad-round", option, v));
    }
}
