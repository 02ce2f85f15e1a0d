package cn.paiban.app;

import cn.paiban.files.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The recently opened issue folders, newest first, in {@code home}/recent.txt (one path a line). */
public final class RecentIssues {
    static final int MAX = 8;
    private final Path file;

    public RecentIssues(Path home) {
        this.file = home.resolve("recent.txt");
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        try {
            if (!Files.isRegularFile(file)) return out;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) out.add(Path.of(line.strip()));
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable list only costs the menu its entries.
        }
        return out;
    }

    /** The most recent folder that still exists. */
    public Path last() {
        return list().stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

    public void add(Path dir) {
        List<Path> l = new ArrayList<>(list());
        Path abs = dir.toAbsolutePath().normalize();
        l.remove(abs);
        l.add(0, abs);
        while (l.size() > MAX) l.remove(l.size() - 1);
        try {
            Files.createDirectories(file.getParent());
            AtomicWrite.writeString(file, String.join("\n", l.stream().map(Path::toString).toList()) + "\n");
        } catch (IOException e) {
            // Not worth a dialog: the issue itself is open and saved.
        }
    }
}
