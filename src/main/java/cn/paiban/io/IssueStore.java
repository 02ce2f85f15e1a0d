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
        if (!Files.isDirectory(dir)) throw new IssueFormatException(dir, 0, 0, null, cn.paiban.i18n.Msg.get("io.store.not-folder"));
        if (Files.isSymbolicLink(issueFile) || (Files.exists(issueFile) && !Files.isRegularFile(issueFile, java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
            throw new IssueFormatException(issueFile, 0, 0, null, cn.paiban.i18n.Msg.get("limits.file.not-regular", "issue.json"));
        }
        if (!Files.isRegularFile(issueFile)) {
            throw new IssueFormatException(issueFile, 0, 0, null, cn.paiban.i18n.Msg.get("io.store.no-issue-json", dir));
        }
        Located root = new Located(issueFile, "", JsonTreeReader.read(issueFile));
        return IssueDecoder.decode(dir, Migrations.upgrade(root));
    }

    /** Saves atomically (write aside, then move), keeping the previous version as a backup. */
    public static void save(Issue issue, Path dir) throws IOException {
        IssueEncoder.Texts texts = IssueEncoder.encode(issue);
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
