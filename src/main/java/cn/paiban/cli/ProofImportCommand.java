package cn.paiban.cli;

import cn.paiban.i18n.WriteFailure;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueFormatException;
import cn.paiban.model.Issue;
import cn.paiban.proof.Mark;
import cn.paiban.proof.MarkKind;
import cn.paiban.proof.Marks;
import cn.paiban.proof.ProofImport;
import cn.paiban.proof.RoundNames;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code paiban proof-import DIR FILE.pdf --round N [--reader NAME]}: the annotations proofreaders made on a proof PDF
 * become their marks of round N, each anchored to the text under it in the issue as it stands; annotations that are
 * marks the issue has already (a proof's own) are not read twice. Each mark is its annotation's author's (the name
 * Acrobat or 福昕 writes with it), one file per author ({@code proofs/N/AUTHOR.json}); {@code --reader NAME} makes them
 * all NAME's instead (a PDF whose annotations carry a login name such as Administrator, or none), and is needed when
 * an annotation names no author.
 */
final class ProofImportCommand implements Command {
    @Override
    public String name() { return "proof-import"; }

    @Override
    public String summary() { return Msg.get("proof.import.summary"); }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(argList, Set.of(), Set.of("--round", "--reader", "--template"));
        if (args.positional().size() != 2) throw new UsageException(Msg.get("proof.import.folder"));
        String dir = args.positional().get(0);
        Path pdf = Path.of(args.positional().get(1));
        if (args.value("--round") == null) throw new UsageException("missing --round N");
        int round = ProofCommand.round(args, "--round");
        String reader = args.value("--reader");
        if (reader != null && reader.isBlank()) throw new UsageException(Msg.get("proof.import.reader-empty"));
        if (reader != null) reader = reader.strip();
        Path issueDir = Path.of(dir);
        Issue issue = Pipeline.load(dir);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new IOException(Msg.get("proof.import.no-pdf", pdf, WriteFailure.reason(e)), e);
        }
        Marks marks;
        try {
            marks = Marks.load(issueDir);
        } catch (IssueFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        Pipeline pipeline = Pipeline.standard(args);
        var doc = pipeline.typeset(issue, dir).document();
        ProofImport.Result r;
        try {
            r = ProofImport.read(bytes, doc, issue, marks, round, reader, Instant.now());
        } catch (IOException e) {
            throw new IOException(Msg.get("proof.import.no-pdf", pdf, e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());   // annotations with no author and no --reader: nothing written
        }
        Marks merged = marks;
        for (Mark m : r.marks()) merged = merged.with(m);
        Map<String, Map<MarkKind, Long>> byReader = new LinkedHashMap<>();
        r.marks().forEach(m -> byReader.computeIfAbsent(m.reader(), k -> new EnumMap<>(MarkKind.class)).merge(m.kind(), 1L, Long::sum));
        for (String who : byReader.keySet()) merged.save(issueDir, round, who);
        for (var e : byReader.entrySet()) {
            out.println(Msg.get("proof.import.done", Marks.relPath(round, e.getKey()), e.getValue().values().stream().mapToLong(n -> n).sum(),
                    RoundNames.round(round), e.getValue().entrySet().stream().map(k -> k.getKey().sign() + " " + k.getValue())
                            .collect(Collectors.joining("，"))));
        }
        out.println(Msg.get("proof.import.known", r.marks().size(), r.known()));
        for (String id : r.offText()) out.println(Msg.get("proof.import.off-text", id));
        return 0;
    }
}
