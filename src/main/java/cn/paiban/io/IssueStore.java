package cn.paiban.io;

import cn.paiban.model.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads and writes an issue folder (layout in {@link IssueLayout}): {@code issue.json} plus one
 * {@code articles/<id>.json} per article, so that editors can diff and merge articles one by one.
 *
 * <p>Loading validates everything and reports the first problem as an {@link IssueFormatException}
 * with file, line, column and field path; it never writes. Files of an older schema are upgraded in
 * memory by {@link Migrations}.
 *
 * <p>Saving writes only files whose bytes change, each atomically; the version a save replaces is
 * kept under {@code .backup/} with the same layout. Article files are written first and issue.json
 * last, so that issue.json never names an article file that is not there yet; article files of
 * deleted articles are moved to {@code .backup/articles/} only after the new issue.json is in place.
 * The output is canonical: save → load → save gives the same bytes. Temporary files that an
 * interrupted save left behind are removed by a later save once they are an hour old.
 */
public final class IssueStore {
    private IssueStore() {}

    /** Loads and validates the issue in {@code dir}; never writes. */
    public static Issue load(Path dir) throws IssueFormatException, IOException {
        Path issueFile = IssueLayout.issueFile(dir);
        if (!Files.isDirectory(dir)) throw new IssueFormatException(dir, 0, 0, null, notAFolder(dir));
        if (Files.isSymbolicLink(issueFile) || (Files.exists(issueFile) && !Files.isRegularFile(issueFile, java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
            throw new IssueFormatException(issueFile, 0, 0, null, cn.paiban.i18n.Msg.get("limits.file.not-regular", "issue.json"));
        }
        if (!Files.isRegularFile(issueFile)) {
            throw new IssueFormatException(issueFile, 0, 0, null, cn.paiban.i18n.Msg.get("io.store.no-issue-json", dir));
        }
        Located root = new Located(issueFile, "", JsonTreeReader.read(issueFile));
        return IssueDecoder.decode(dir, Migrations.upgrade(root));
    }

    /**
     * Why {@code path} is no issue folder, in words: the issue's own issue.json (dropped on the program, or typed with the
     * folder) names the folder to give instead; another file is said to be a file.
     */
    public static String notAFolder(Path path) {
        if (Files.isRegularFile(path)) {
            Path name = path.getFileName();
            Path parent = path.toAbsolutePath().getParent();
            if (name != null && name.toString().equalsIgnoreCase(IssueLayout.ISSUE_FILE) && parent != null) {
                return cn.paiban.i18n.Msg.get("io.store.is-issue-json", parent);
            }
            return cn.paiban.i18n.Msg.get("io.store.is-file");
        }
        return cn.paiban.i18n.Msg.get("io.store.not-folder");
    }

    /** The issue read from its folder, with the stamp of the folder's files taken just before: what {@link #saveOver} checks. */
    public record Read(Issue issue, FolderStamp stamp) {}

    /** Loads as {@link #load}, remembering how the files were: a command that changes the issue saves it with {@link #saveOver}. */
    public static Read read(Path dir) throws IssueFormatException, IOException {
        FolderStamp stamp = FolderStamp.of(dir);   // before reading: a save in between shows as a change, never as none
        return new Read(load(dir), stamp);
    }

    /**
     * Someone else saved the issue between {@link #read} and {@link #saveOver}: a colleague's editor, another paiban info
     * or add. Nothing was written, so their change is kept; the command is run again on the issue as it is now.
     */
    public static final class ChangedMeanwhile extends IOException {
        private final List<String> files;

        ChangedMeanwhile(Path dir, List<String> files) {
            super(cn.paiban.i18n.Msg.get("io.store.changed-meanwhile", dir, String.join("、", files)));
            this.files = List.copyOf(files);
        }

        /** The files (relative, with /) that changed. */
        public List<String> files() { return files; }
    }

    /**
     * Saves {@code issue}, changed from {@code read}, unless the folder's files changed since it was read: then throws
     * {@link ChangedMeanwhile} and writes nothing. Two commands that changed the same issue at once each said 已写入, and the
     * first one's change was gone (paiban info 印数=… and paiban info 电话=… run together: one of the two was lost, every time).
     */
    public static void saveOver(Issue issue, Path dir, Read read) throws IOException {
        IssueEncoder.Texts texts = IssueEncoder.encode(issue);
        try (SaveLock lock = SaveLock.take(dir)) {
            List<String> changed = FolderStamp.of(dir).changedSince(read.stamp());
            if (!changed.isEmpty()) throw new ChangedMeanwhile(dir, changed);
            write(texts, dir);
        }
    }

    /** Saves atomically (write aside, then move), keeping the previous version as a backup. */
    public static void save(Issue issue, Path dir) throws IOException {
        IssueEncoder.Texts texts = IssueEncoder.encode(issue);
        Files.createDirectories(dir);
        try (SaveLock lock = SaveLock.take(dir)) {
            write(texts, dir);
        }
    }

    private static void write(IssueEncoder.Texts texts, Path dir) throws IOException {
        Path articles = dir.resolve(IssueLayout.ARTICLES);
        Path backup = dir.resolve(IssueLayout.BACKUP);
        Files.createDirectories(articles);
        for (Map.Entry<String, String> e : texts.articles().entrySet()) {
            Path file = IssueLayout.articleFile(dir, e.getKey());
            replace(file, e.getValue(), IssueLayout.articleFile(backup, e.getKey()));
        }
        Path issueFile = IssueLayout.issueFile(dir);
        replace(issueFile, texts.issueJson(), IssueLayout.issueFile(backup));
        for (Path orphan : articleFilesNotIn(articles, texts.articles().keySet())) {
            AtomicFiles.moveToBackup(orphan, backup.resolve(IssueLayout.ARTICLES).resolve(orphan.getFileName()));
        }
        for (Path d : new Path[] {dir, articles, backup, backup.resolve(IssueLayout.ARTICLES)}) AtomicFiles.removeStaleTemps(d);
    }

    /**
     * One file of the save; a failure names it with the reason in the user's words (a full disk said only "No space left
     * on device", in English, naming no file). The file keeps its old content either way (AtomicFiles).
     */
    private static void replace(Path file, String text, Path backup) throws IOException {
        byte[] bytes = AtomicFiles.utf8(text, file);   // refuses half a surrogate pair in its own words
        try {
            AtomicFiles.replace(file, bytes, backup);
        } catch (java.nio.file.AccessDeniedException e) {
            throw e;   // WriteFailure.describe names the folder
        } catch (IOException e) {
            throw cn.paiban.i18n.WriteFailure.of(file, e);
        }
    }

    /** Article files the issue no longer names: deleted articles, or files left by hand. */
    private static List<Path> articleFilesNotIn(Path articles, java.util.Set<String> ids) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(articles)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !name.endsWith(".json") || !Files.isRegularFile(p)) continue;
                if (!ids.contains(name.substring(0, name.length() - ".json".length()))) out.add(p);
            }
        }
        out.sort(null);
        return out;
    }
}
