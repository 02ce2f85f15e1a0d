package cn.paiban.io;

import cn.paiban.i18n.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The proof rounds of an issue (一校, 二校, 三校 …): {@code proofs/round.json} holds the round being read now (1 when
 * there is no file) and the rounds closed so far. Closing round N keeps what the issue said at that moment in
 * {@code proofs/N/snapshot/} (issue.json and the article files, byte for byte; no PDFs, images or backups), so that
 * the next round can be compared with it, and makes N+1 the current round. The GUI's 结束本校次 and
 * {@code paiban proof DIR --close N} both call {@link #close}. Read strictly and written atomically like the issue
 * files; the previous round.json is kept under {@code .backup/proofs/}.
 */
public final class ProofRounds {
    public static final String PATH = "proofs/round.json";
    static final String PROOFS = "proofs";
    static final String SNAPSHOT = "snapshot";
    private static final int SCHEMA = 1;

    /** A closed round and when (UTC, to the second) it was closed. */
    public record Closed(int round, String closedAt) {}

    /** The current round and the closed ones, oldest first. */
    public record State(int round, List<Closed> closed) {
        public State {
            closed = List.copyOf(closed);
        }

        static final State FIRST = new State(1, List.of());

        public boolean isClosed(int n) { return closed.stream().anyMatch(c -> c.round() == n); }
    }

    /** Closing refused (not the current round, an issue that does not load): the message says why, in the user's language. */
    public static final class Refused extends Exception {
        public Refused(String message) { super(message); }
    }

    private ProofRounds() {}

    public static Path file(Path issueDir) { return issueDir.resolve(PATH); }

    /** {@code proofs/N/snapshot/} of the issue folder (whether or not it exists). */
    public static Path snapshot(Path issueDir, int round) {
        return issueDir.resolve(PROOFS).resolve(Integer.toString(round)).resolve(SNAPSHOT);
    }

    /** The rounds of the issue in {@code issueDir}: round 1, none closed, when there is no round.json. */
    public static State load(Path issueDir) throws IssueFormatException, IOException {
        Path file = file(issueDir);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return State.FIRST;
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IssueFormatException(file, 0, 0, null, Msg.get("limits.file.not-regular", PATH));
        }
        Located root = new Located(file, "", JsonTreeReader.read(file));
        Located.Fields f = root.fields("schemaVersion", "round", "closed");
        int version = f.integer("schemaVersion");
        if (version != SCHEMA) throw f.require("schemaVersion").error(Msg.get("io.schema.expected", SCHEMA, version));
        Located roundAt = f.require("round");
        int round = roundAt.integer();
        if (round < 1 || round > 99) throw roundAt.error(Msg.get("proof.round.bad-number", round));
        List<Closed> closed = new ArrayList<>();
        int expected = 1;
        for (Located item : f.list("closed")) {
            Located.Fields c = item.fields("round", "closedAt");
            Located n = c.require("round");
            // closed rounds are 1, 2, … in order, all before the current one
            if (n.integer() != expected) throw n.error(Msg.get("proof.round.closed-order", expected, n.integer()));
            String at = c.string("closedAt");
            try {
                Instant.parse(at);
            } catch (java.time.DateTimeException e) {
                throw c.require("closedAt").error(Msg.get("proof.round.bad-time", at));
            }
            closed.add(new Closed(n.integer(), at));
            expected++;
        }
        if (expected != round) throw roundAt.error(Msg.get("proof.round.closed-count", round, expected - 1));
        return new State(round, closed);
    }

    /** Writes {@code state} atomically; nothing changes when the bytes would be the same. */
    public static void save(Path issueDir, State state) throws IOException {
        Path file = file(issueDir);
        Files.createDirectories(file.getParent());
        List<Object> closed = new ArrayList<>();
        for (Closed c : state.closed()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("round", c.round());
            m.put("closedAt", c.closedAt());
            closed.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA);
        root.put("round", state.round());
        root.put("closed", closed);
        AtomicFiles.replace(file, AtomicFiles.utf8(JsonPrinter.print(root), file),
                issueDir.resolve(IssueLayout.BACKUP).resolve(PATH));
    }

    /**
     * Closes round {@code round}: refuses unless it is the current one and the issue loads; then keeps the issue's
     * files in {@code proofs/<round>/snapshot/} and makes {@code round + 1} current. The snapshot is written aside and
     * renamed into place before round.json changes, so an interruption leaves the round open (closing it again
     * replaces the half-made snapshot), never a closed round without its snapshot.
     */
    public static State close(Path issueDir, int round, Instant now) throws Refused, IssueFormatException, IOException {
        State state = load(issueDir);
        if (round != state.round()) {
            throw new Refused(state.isClosed(round) ? Msg.get("proof.round.already-closed", round, state.round())
                    : Msg.get("proof.round.not-current", round, state.round()));
        }
        if (round >= 99) throw new Refused(Msg.get("proof.round.bad-number", round + 1));
        IssueStore.load(issueDir);   // a snapshot of an issue that does not load could never be compared
        Path target = snapshot(issueDir, round);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve("." + SNAPSHOT + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        cn.paiban.files.PendingTemps.add(tmp);   // Ctrl-C half-way leaves no .snapshot….tmp folder behind
        try {
            copyIssueFiles(issueDir, tmp);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) deleteTree(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.syncDirectory(parent);
        } finally {
            if (Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) deleteTree(tmp);
            cn.paiban.files.PendingTemps.done(tmp);
        }
        List<Closed> closed = new ArrayList<>(state.closed());
        closed.add(new Closed(round, now.truncatedTo(ChronoUnit.SECONDS).toString()));
        State next = new State(round + 1, closed);
        save(issueDir, next);
        return next;
    }

    /**
     * Save As to another folder: the issue's {@code proofs/} (round.json, every round's marks files and snapshots,
     * dismissed findings) copied into {@code to}, written aside as a dot folder there and renamed into place by
     * {@link ProofsCopy#commit} once the issue itself is saved; closing a copy not committed deletes it. The source is
     * only read, so a failure at any step leaves it as it was, and leaves {@code to} without a half copy. Refused when
     * {@code to} has a proofs/ of its own (another issue's proofreading is never overwritten); null when {@code from}
     * has none. Links and dot files (temporary files of a save) are not copied.
     */
    public static ProofsCopy copyAside(Path from, Path to) throws Refused, IOException {
        Path source = from.resolve(PROOFS);
        if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) return null;
        Path target = to.resolve(PROOFS);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) throw new Refused(Msg.get("proof.copy.exists", target));
        Path tmp = to.resolve("." + PROOFS + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        ProofsCopy copy = new ProofsCopy(tmp, target);
        cn.paiban.files.PendingTemps.add(tmp);   // until committed or closed
        try {
            Files.createDirectory(tmp);
            try (Stream<Path> all = Files.walk(source)) {
                for (Path p : (Iterable<Path>) all.sorted()::iterator) {
                    if (p.equals(source)) continue;
                    Path rel = source.relativize(p);
                    boolean hidden = false;
                    for (Path part : rel) hidden |= part.toString().startsWith(".");
                    if (hidden) continue;
                    Path t = tmp.resolve(rel.toString());
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) Files.createDirectories(t);
                    else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) copy(p, t);
                }
            }
            return copy;
        } catch (IOException | RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    /** A copy of proofs/ written aside by {@link #copyAside}: {@link #commit} puts it in place, closing drops it if not. */
    public static final class ProofsCopy implements AutoCloseable {
        private final Path tmp;
        private final Path target;
        private boolean committed;

        private ProofsCopy(Path tmp, Path target) {
            this.tmp = tmp;
            this.target = target;
        }

        /** Renames the copy to proofs/ (one atomic rename: a failure leaves no proofs/ there). */
        public void commit() throws IOException {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            cn.paiban.files.PendingTemps.done(tmp);
            AtomicFiles.syncDirectory(target.getParent());
        }

        @Override
        public void close() throws IOException {
            if (!committed && Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) deleteTree(tmp);
            cn.paiban.files.PendingTemps.done(tmp);
        }
    }

    /** issue.json and articles/*.json (no dot files, no links), each copied and flushed. */
    private static void copyIssueFiles(Path issueDir, Path into) throws IOException {
        Files.createDirectories(into.resolve(IssueLayout.ARTICLES));
        copy(IssueLayout.issueFile(issueDir), IssueLayout.issueFile(into));
        Path articles = issueDir.resolve(IssueLayout.ARTICLES);
        if (!Files.isDirectory(articles)) return;
        try (Stream<Path> files = Files.list(articles)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !name.endsWith(".json") || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                copy(p, into.resolve(IssueLayout.ARTICLES).resolve(name));
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        byte[] bytes = Files.readAllBytes(from);
        try (var ch = java.nio.channels.FileChannel.open(to, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
