package cn.paiban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.paiban.i18n.Msg;
import cn.paiban.io.IssueStore;
import cn.paiban.io.ProofRounds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proof rounds: the current round in proofs/round.json, closing keeps a snapshot, a wrong round is refused. */
class ProofRoundsTest {
    @TempDir
    Path tmp;

    @AfterEach
    void back() { Msg.use("zh"); }

    @Test
    void anIssueStartsInTheFirstRoundAndClosingKeepsItsFiles() throws Exception {
        Path dir = SampleCopy.copy(tmp.resolve("issue"));
        assertEquals(1, ProofRounds.load(dir).round());
        SampleCopy.Run status = SampleCopy.run("proof", dir.toString());
        assertEquals(0, status.code(), status.all());
        assertTrue(status.out().contains("本校次 一校"), status.out());

        SampleCopy.Run closed = SampleCopy.run("proof", dir.toString(), "--close", "1");
        assertEquals(0, closed.code(), closed.all());
        assertTrue(closed.out().contains("本校次为二校"), closed.out());
        ProofRounds.State s = ProofRounds.load(dir);
        assertEquals(2, s.round());
        assertEquals(List.of(1), s.closed().stream().map(ProofRounds.Closed::round).toList());
        SampleCopy.Run after = SampleCopy.run("proof", dir.toString());
        assertTrue(after.out().matches("(?s).*已结束：一校 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\s.*"), "the office's clock, not UTC: " + after.out());

        Path snap = ProofRounds.snapshot(dir, 1);
        assertEquals(dir.resolve("proofs/1/snapshot"), snap);
        assertArrayEquals(Files.readAllBytes(dir.resolve("issue.json")), Files.readAllBytes(snap.resolve("issue.json")));
        List<String> articles = names(dir.resolve("articles"));
        assertFalse(articles.isEmpty());
        assertEquals(articles, names(snap.resolve("articles")));
        for (String a : articles) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("articles").resolve(a)), Files.readAllBytes(snap.resolve("articles").resolve(a)), a);
        }
        // only the issue's files: no report, no round file, nothing left aside
        assertEquals(List.of("articles", "issue.json"), names(snap));
        assertEquals(List.of("snapshot"), names(dir.resolve("proofs/1")));
        assertEquals(IssueStore.load(dir), IssueStore.load(snap));

        // the snapshot stays as it was when the text changes afterwards
        SampleCopy.block(dir, articles.get(0).replace(".json", ""), 0, b -> b.put("text", "改过的第一段。"));
        assertFalse(Files.readString(snap.resolve("articles").resolve(articles.get(0))).contains("改过的第一段"));

        assertEquals(0, SampleCopy.run("proof", dir.toString(), "--close", "2").code());
        assertEquals(3, ProofRounds.load(dir).round());
        assertTrue(Files.readString(ProofRounds.snapshot(dir, 2).resolve("articles").resolve(articles.get(0))).contains("改过的第一段"));
    }

    /** A query left open in 一校 would not be shown on 二校样: closing the round says how many marks are still open. */
    @Test
    void closingSaysWhichMarksOfTheRoundAreStillOpen() throws Exception {
        Path dir = SampleCopy.copy(tmp.resolve("issue"));
        cn.paiban.model.Article a = IssueStore.load(dir).sections().get(1).articles().get(0);
        String t = cn.paiban.proof.Anchors.text(a, 0);
        java.time.Instant at = java.time.Instant.parse("2026-12-04T10:00:00Z");
        cn.paiban.proof.Marks.of(List.of(
                cn.paiban.proof.Mark.open("1-王五-1", 1, "王五", cn.paiban.proof.MarkKind.QUERY,
                        cn.paiban.proof.Anchor.in(a.id(), 0, t, 3, 5), null, "谁说的？", "#cc0000", at),
                cn.paiban.proof.Mark.open("1-王五-2", 1, "王五", cn.paiban.proof.MarkKind.DELETE,
                        cn.paiban.proof.Anchor.in(a.id(), 0, t, 8, 9), null, null, "#cc0000", at)))
                .save(dir, 1, "王五");
        SampleCopy.Run closed = SampleCopy.run("proof", dir.toString(), "--close", "1");
        assertEquals(0, closed.code(), closed.all());
        assertTrue(closed.out().contains("一校还有 2 处校对符号未处理（删 1，疑 1）：结束后它们不会标在二校样上"), closed.out());

        SampleCopy.Run quiet = SampleCopy.run("proof", dir.toString(), "--close", "2");
        assertEquals(0, quiet.code(), quiet.all());
        assertFalse(quiet.out().contains("未处理"), "二校 had no marks: " + quiet.out());
    }

    @Test
    void closingARoundThatIsNotTheCurrentOneIsRefusedWithAMessage() throws Exception {
        Path dir = SampleCopy.copy(tmp.resolve("issue"));
        SampleCopy.Run ahead = SampleCopy.run("proof", dir.toString(), "--close", "2");
        assertEquals(1, ahead.code(), ahead.all());
        assertTrue(ahead.err().contains("第 2 校次不是本校次（本校次是第 1 校次）"), ahead.err());
        assertFalse(Files.exists(dir.resolve("proofs")), "a refusal writes nothing");

        assertEquals(0, SampleCopy.run("proof", dir.toString(), "--close", "1").code());
        byte[] round = Files.readAllBytes(ProofRounds.file(dir));
        Msg.use("en");
        SampleCopy.Run again = SampleCopy.run("proof", dir.toString(), "--close", "1");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("round 1 is already closed (the current round is 2)"), again.err());
        assertArrayEquals(round, Files.readAllBytes(ProofRounds.file(dir)));

        SampleCopy.Run future = SampleCopy.run("proof", dir.toString(), "--round", "3", "-o", tmp.resolve("x.pdf").toString());
        assertEquals(2, future.code());
        assertTrue(future.err().contains("round 3 has not begun (the current round is 2)"), future.err());
        assertFalse(Files.exists(tmp.resolve("x.pdf")));

        SampleCopy.Run bad = SampleCopy.run("proof", dir.toString(), "--close", "zwei");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--close takes a round number"), bad.err());
    }

    @Test
    void aWrongRoundFileIsNamedWithLineAndField() throws Exception {
        Path dir = SampleCopy.copy(tmp.resolve("issue"));
        Files.createDirectories(dir.resolve("proofs"));
        Files.writeString(ProofRounds.file(dir), "{\n  \"schemaVersion\": 1,\n  \"round\": \"二\"\n}\n");
        SampleCopy.Run r = SampleCopy.run("proof", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("round.json:3:12: round: "), r.err());

        Files.writeString(ProofRounds.file(dir), "{\n  \"schemaVersion\": 1,\n  \"round\": 3,\n  \"closed\": [ {\"round\": 1, \"closedAt\": \"2026-12-04T09:00:00Z\"} ]\n}\n");
        r = SampleCopy.run("proof", dir.toString(), "--close", "3");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("round.json:3:12: round: 本校次是第 3 校次，已结束的校次却有 1 个"), r.err());

        Files.writeString(ProofRounds.file(dir), "{\"schemaVersion\": 1, \"round\": 2, \"closed\": [], \"reader\": \"x\"}");
        r = SampleCopy.run("proof", dir.toString());
        assertTrue(r.err().contains("round.json:1:") && r.err().contains("reader"), r.err());
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
