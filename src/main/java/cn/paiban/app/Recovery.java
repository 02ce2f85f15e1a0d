package cn.paiban.app;

import cn.paiban.files.AtomicWrite;
import cn.paiban.io.IssueFormatException;
import cn.paiban.io.IssueStore;
import cn.paiban.model.Issue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The recovery copy: the open issue saved aside (every minute and when the window loses focus) into
 * {@code home}/recovery, with a note of the folder it belongs to. A clean exit removes it; if it is still
 * there at the next start, the editor crashed and offers it back.
 */
public final class Recovery {
    private final Path dir;

    public Recovery(Path home) {
        this.dir = home.resolve("recovery");
    }

    /** A recovered issue and the folder it was opened from (null for a never-saved issue). */
    public record Found(Issue issue, Path origin) {}

    public void save(Issue issue, Path origin) throws IOException {
        Files.createDirectories(dir);
        IssueStore.save(issue, dir.resolve("issue"));
        Path note = dir.resolve("origin.txt");
        AtomicWrite.writeString(note, origin == null ? "" : origin.toAbsolutePath().toString());
    }

    /** The recovery copy left by a crash, if any (an unreadable one is reported, not hidden). */
    public Optional<Found> pending() throws IOException, IssueFormatException {
        Path note = dir.resolve("origin.txt");
        if (!Files.isRegularFile(note)) return Optional.empty();
        String origin = Files.readString(note, StandardCharsets.UTF_8).strip();
        Issue issue = IssueStore.load(dir.resolve("issue"));
        return Optional.of(new Found(issue, origin.isEmpty() ? null : Path.of(origin)));
    }

    /** Removes the recovery copy (after a save or a clean exit). */
    public void clear() throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
