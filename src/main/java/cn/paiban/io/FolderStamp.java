package cn.paiban.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The issue's own files as they were on disk when the editor read or wrote them: size and time of issue.json and each
 * articles/*.json. Saving writes them all and sets aside article files the issue no longer names, so a change made
 * meanwhile by someone else (a colleague's editor on the shared drive, {@code paiban add} or {@code paiban info}) would
 * be overwritten, and an article they added would go to .backup: the editor compares stamps first and asks.
 */
public final class FolderStamp {
    private final Map<String, long[]> files;

    private FolderStamp(Map<String, long[]> files) { this.files = files; }

    /** The stamp of the issue folder {@code dir} now (files that cannot be read count as absent). */
    public static FolderStamp of(Path dir) {
        Map<String, long[]> files = new TreeMap<>();
        put(files, IssueLayout.ISSUE_FILE, IssueLayout.issueFile(dir));
        Path articles = dir.resolve(IssueLayout.ARTICLES);
        if (Files.isDirectory(articles)) {
            try (Stream<Path> s = Files.list(articles)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    String name = p.getFileName().toString();
                    if (!name.startsWith(".") && name.endsWith(".json")) put(files, IssueLayout.ARTICLES + "/" + name, p);
                }
            } catch (IOException e) {
                // an unreadable folder: its files count as absent, and the save says why it cannot write there
            }
        }
        return new FolderStamp(files);
    }

    private static void put(Map<String, long[]> files, String rel, Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (a.isRegularFile()) files.put(rel, new long[] {a.size(), a.lastModifiedTime().toMillis()});
        } catch (NoSuchFileException e) {
            // absent
        } catch (IOException e) {
            // unreadable: as absent
        }
    }

    /** The files (relative, with /) that were added, removed or rewritten since {@code before}, in name order. */
    public List<String> changedSince(FolderStamp before) {
        List<String> out = new ArrayList<>();
        TreeMap<String, long[]> all = new TreeMap<>(files);
        before.files.forEach(all::putIfAbsent);
        for (String rel : all.keySet()) {
            long[] now = files.get(rel), then = before.files.get(rel);
            if (now == null || then == null || now[0] != then[0] || now[1] != then[1]) out.add(rel);
        }
        return out;
    }
}
