package cn.paiban.cli;

import cn.paiban.i18n.WriteFailure;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueFormatException;
import cn.paiban.io.ProofRounds;
import cn.paiban.display.Document;
import cn.paiban.files.AtomicWrite;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import cn.paiban.proof.Mark;
import cn.paiban.proof.Marks;
import cn.paiban.proof.ProofPdf;
import cn.paiban.proof.RoundNames;
import cn.paiban.render.pdf.PdfOptions;
import cn.paiban.render.pdf.PdfRenderer;
import cn.paiban.typeset.ExportTarget;
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
        if (!java.nio.file.Files.isDirectory(issueDir)) throw new UsageException(Msg.get("cli.no-issue-folder", dir));
        if (args.value("--close") != null && args.value("--round") != null) throw new UsageException(Msg.get("proof.cli.close-and-round"));
        if (args.value("--close") != null) return close(issueDir, round(args, "--close"), out, err);
        if (args.value("--round") != null) return proofPdf(args, dir, round(args, "--round"), out);
        if (args.value("-o", args.value("--output")) != null) throw new UsageException(Msg.get("proof.cli.needs-round"));
        ProofRounds.State state = rounds(issueDir);
        out.println(Msg.get("proof.cli.status", dir, RoundNames.round(state.round()), state.round()));
        if (!state.closed().isEmpty()) {
            out.println(Msg.get("proof.cli.closed-list", state.closed().stream()
                    .map(c -> RoundNames.round(c.round()) + " " + localTime(c.closedAt())).collect(Collectors.joining(cn.paiban.i18n.Msg.get("proof.list.sep")))));
        }
        return 0;
    }

    /** When a round was closed, in the office's own clock ("2026-12-04 16:42"), not the file's UTC instant. */
    static String localTime(String instant) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault())
                    .format(Instant.parse(instant));
        } catch (java.time.format.DateTimeParseException e) {
            return instant;   // read and checked by ProofRounds; shown as written if ever otherwise
        }
    }

    private static int close(Path issueDir, int round, PrintStream out, PrintStream err) throws IOException {
        try {
            String open = cn.paiban.proof.OpenMarks.atClose(cn.paiban.proof.Marks.load(issueDir), round);
            ProofRounds.State next = ProofRounds.close(issueDir, round, Instant.now());
            out.println(Msg.get("proof.cli.closed", issueDir, RoundNames.round(round), ProofRounds.snapshot(issueDir, round),
                    RoundNames.round(next.round())));
            if (open != null) out.println(open);
            return 0;
        } catch (ProofRounds.Refused e) {
            err.println("paiban proof: " + e.getMessage());
            return 1;
        } catch (IssueFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The proof PDF of round {@code round}: the issue typeset as it stands, the round in the margin, every open mark of the
     * round (of {@code --reader} only, when given) as an annotation. The editor's 输出校样 calls the same {@link ProofPdf}.
     */
    private static int proofPdf(Args args, String dir, int round, PrintStream out) throws Exception {
        String file = args.value("-o", args.value("--output"));
        if (file == null) throw new UsageException(Msg.get("cli.args.missing-option", "-o FILE.pdf"));
        Path issueDir = Path.of(dir);
        Path target = ExportTarget.check(Path.of(file), issueDir, false);
        String reader = args.value("--reader");
        int current = rounds(issueDir).round();
        if (round > current) throw new UsageException(Msg.get("proof.cli.future-round", round, current));
        Pipeline pipeline = Pipeline.writingPdf(args);
        Issue issue = Pipeline.load(dir);
        Marks marks;
        try {
            marks = Marks.load(issueDir);
        } catch (IssueFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        LayoutResult layout = pipeline.typeset(issue, dir);
        Document doc = layout.document();
        PdfRenderer renderer = new PdfRenderer(pipeline.fonts());
        ProofPdf.Written w = ProofPdf.make(doc, issue, marks, round, reader, pipeline.fonts(),
                d -> renderer.render(d, new PdfOptions(false, false, issueDir)));
        try {
            AtomicWrite.write(target, os -> {
                os.write(w.pdf());
                return null;
            });
        } catch (IOException e) {
            throw WriteFailure.of(target, e);
        }
        out.println(Msg.get("proof.cli.written", target, RoundNames.proof(round), doc.pages().size(), w.marks(), w.annotations()));
        for (Mark m : w.unplaced()) out.println(Msg.get("proof.cli.unplaced", m.id(), m.label(), m.anchor().quote()));
        return 0;
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
