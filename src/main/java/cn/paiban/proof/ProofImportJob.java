package cn.paiban.proof;

import cn.paiban.display.Document;
import cn.paiban.i18n.Msg;
import cn.paiban.i18n.WriteFailure;
import cn.paiban.io.IssueFormatException;
import cn.paiban.model.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A marked proof PDF read into the issue's marks: {@code paiban proof-import} and the editor's 校次 ▸ 导入校样批注… both
 * run this, with the same refusals. The annotations become marks of one round (see {@link ProofImport#read}); each
 * author's are written to their own file ({@code proofs/N/AUTHOR.json}), that file read again just before, so marks a
 * colleague added there meanwhile are kept.
 */
public final class ProofImportJob {
    private ProofImportJob() {}

    /** What was read: the new marks, how many were known already, and the report lines the user is shown. */
    public record Outcome(List<Mark> marks, int known, List<String> report) {}

    /** The proof PDF's bytes, or an error naming the file and why it cannot be read. */
    public static byte[] read(Path pdf) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new IOException(Msg.get("proof.import.no-pdf", pdf, WriteFailure.reason(e)), e);
        }
        // a PDF starts with %PDF- within its first kilobyte (readers allow that much before it); anything else (the issue's
        // issue.json, a .docx) got the parser's "Error: End-of-File, expected line at offset 4510"
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!head.contains("%PDF-")) throw new IOException(Msg.get("proof.import.no-pdf", pdf, Msg.get("proof.import.not-pdf")));
        return bytes;
    }

    /**
     * Reads the proof PDF {@code pdf} ({@code bytes}, from {@link #read})'s annotations as marks of {@code round} against {@code doc} (the issue's layout as it stands) and
     * saves them. {@code reader} non-null makes them all that proofreader's.
     *
     * @throws ProofImport.NoAuthor when {@code reader} is null and an annotation names no author (nothing is written)
     * @throws IOException when the PDF cannot be read or a marks file cannot be written (names the file)
     */
    public static Outcome run(Path issueDir, byte[] bytes, Path pdf, Document doc, Issue issue, int round, String reader,
            Instant now) throws IOException, IssueFormatException {
        Marks marks = Marks.load(issueDir);
        ProofImport.Result r;
        try {
            r = ProofImport.read(bytes, doc, issue, marks, round, reader, now);
        } catch (IOException e) {
            throw new IOException(Msg.get("proof.import.no-pdf", pdf, e.getMessage()), e);
        }
        Map<String, Map<MarkKind, Long>> byReader = new LinkedHashMap<>();
        for (Mark m : r.marks()) byReader.computeIfAbsent(m.reader(), k -> new EnumMap<>(MarkKind.class)).merge(m.kind(), 1L, Long::sum);
        for (String who : byReader.keySet()) {
            Marks file = Marks.of(Marks.loadFile(issueDir, round, who));
            for (Mark m : r.marks()) if (m.reader().equals(who)) file = file.with(m);
            file.save(issueDir, round, who);
        }
        List<String> report = new ArrayList<>();
        for (var e : byReader.entrySet()) {
            long n = e.getValue().values().stream().mapToLong(x -> x).sum();
            String kinds = e.getValue().entrySet().stream().map(k -> k.getKey().display() + " " + k.getValue()).collect(Collectors.joining(cn.paiban.i18n.Msg.get("proof.list.sep")));
            report.add(Msg.get("proof.import.done", Marks.relPath(round, e.getKey()), n, RoundNames.round(round), kinds));
        }
        report.add(Msg.get("proof.import.known", r.marks().size(), r.known()));
        for (String id : r.offText()) report.add(Msg.get("proof.import.off-text", id));
        return new Outcome(r.marks(), r.known(), report);
    }
}
