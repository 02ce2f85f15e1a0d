package cn.paiban.cli;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueFormatException;
import cn.paiban.model.Issue;
import cn.paiban.proof.ProofImport;
import cn.paiban.proof.ProofImportJob;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

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
        if (args.value("--round") == null) throw new UsageException(Msg.get("cli.args.missing-option", "--round N"));
        int round = ProofCommand.round(args, "--round");
        String reader = args.value("--reader");
        if (reader != null && reader.isBlank()) throw new UsageException(Msg.get("proof.import.reader-empty"));
        if (reader != null) reader = reader.strip();
        Path issueDir = Path.of(dir);
        Issue issue = Pipeline.load(dir);
        byte[] bytes = ProofImportJob.read(pdf);   // before the typesetting: a wrong file name is said at once
        var doc = Pipeline.standard(args).typeset(issue, dir).document();
        ProofImportJob.Outcome done;
        try {
            done = ProofImportJob.run(issueDir, bytes, pdf, doc, issue, round, reader, Instant.now());
        } catch (IssueFormatException e) {
            throw new IOException(e.getMessage(), e);
        } catch (ProofImport.NoAuthor e) {
            throw new UsageException(e.getMessage());   // annotations with no author and no --reader: nothing written
        }
        done.report().forEach(out::println);
        return 0;
    }
}
