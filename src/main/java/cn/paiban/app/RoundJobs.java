package cn.paiban.app;

import cn.paiban.display.Document;
import cn.paiban.files.AtomicWrite;
import cn.paiban.font.FontBook;
import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueFormatException;
import cn.paiban.io.ProofRounds;
import cn.paiban.layout.LayoutResult;
import cn.paiban.model.Issue;
import cn.paiban.proof.Carried;
import cn.paiban.proof.DiffOverlay;
import cn.paiban.proof.Mark;
import cn.paiban.proof.Marks;
import cn.paiban.proof.ProofPdf;
import cn.paiban.proof.RoundDiff;
import cn.paiban.proof.RoundNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor's proof-round work without a window, on the worker thread: 输出校样 and 与上一校次比较 through the same
 * {@link ProofPdf}, {@link RoundDiff} and {@link Carried} as {@code paiban proof} and {@code paiban diff}; 结束本校次 is
 * {@link ProofRounds#close}, as {@code paiban proof --close}.
 */
final class RoundJobs {
    private RoundJobs() {}

    /** The current round of the issue in {@code dir}. */
    static int currentRound(Path dir) throws IOException, IssueFormatException { return ProofRounds.load(dir).round(); }

    /** Closes the current round; returns the message for the status line. */
    static String closeRound(Path dir, int round) throws ProofRounds.Refused, IOException, IssueFormatException {
        ProofRounds.State next = ProofRounds.close(dir, round, Instant.now());
        return Msg.get("proof.cli.closed", dir.getFileName(), RoundNames.round(round), ProofRounds.snapshot(dir, round),
                RoundNames.round(next.round()));
    }

    /** 输出校样: the proof PDF of {@code round} written to {@code target}; returns the message for the status line. */
    static String writeProof(Services services, Issue issue, LayoutResult known, Path dir, Marks marks, int round, Path target)
            throws IOException {
        cn.paiban.typeset.ExportTarget.check(target, dir, false);
        LayoutResult r = known != null ? known : services.typesetter().apply(issue);
        ProofPdf.Written w = ProofPdf.make(r.document(), issue, marks, round, null, FontBook.standard(), d -> pdf(services, d, dir));
        AtomicWrite.write(target, w.pdf());
        return Msg.get("proof.cli.written", target, RoundNames.proof(round), r.document().pages().size(), w.marks(), w.annotations());
    }

    /**
     * 与上一校次比较: the snapshot of round {@code from} against the issue now, the diff PDF written to {@code target};
     * returns the report the CLI prints (changed pages and lines, 核红 of the round's marks).
     */
    static String compare(Services services, Issue now, LayoutResult known, Path dir, Marks marks, int from, Path target)
            throws IOException, IssueFormatException {
        cn.paiban.typeset.ExportTarget.check(target, dir, false);
        Issue then = services.files().load(ProofRounds.snapshot(dir, from));
        LayoutResult a = services.typesetter().apply(then);
        LayoutResult b = known != null ? known : services.typesetter().apply(now);
        RoundDiff.Result diff = RoundDiff.compare(a.document(), b.document());
        String title = Msg.get("proof.diff.title", RoundNames.round(from), Msg.get("proof.diff.now"));
        Document drawn = DiffOverlay.draw(b.document(), diff, FontBook.standard(), title);
        AtomicWrite.write(target, pdf(services, drawn, dir));
        List<String> lines = new ArrayList<>();
        lines.add(diff.pages().isEmpty() ? Msg.get("proof.diff.none", dir.getFileName(), title)
                : Msg.get("proof.diff.head", dir.getFileName(), title, diff.pages().size()));
        for (RoundDiff.PageChange pc : diff.pages()) {
            long changed = pc.lines().stream().filter(l -> l.kind() == RoundDiff.Kind.CHANGED).count();
            lines.add(Msg.get("proof.diff.page", pc.folio(), changed, pc.lines().size() - changed,
                    pc.drawings() ? Msg.get("proof.diff.drawings") : ""));
        }
        List<Mark> round = marks.ofRound(from);
        if (!round.isEmpty()) {
            int carried = 0, queries = 0;
            for (Mark m : round) {
                Carried.Verdict v = Carried.check(m, then, now);
                if (v == Carried.Verdict.CARRIED) carried++;
                if (v == Carried.Verdict.QUERY) queries++;
            }
            lines.add(Msg.get("proof.diff.marks", RoundNames.round(from), round.size(), carried, round.size() - carried - queries, queries));
        }
        lines.add(Msg.get("proof.diff.written", target, drawn.pages().size()));
        return String.join("\n", lines);
    }

    private static byte[] pdf(Services services, Document doc, Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        services.pdf().write(doc, dir, out, new Services.Progress() {
            @Override
            public void update(int done, int total) { }

            @Override
            public boolean cancelled() { return false; }
        });
        return out.toByteArray();
    }
}
